import { describe, expect, it } from 'vitest';
import {
  appLinkFor,
  appUrlBeside,
  cleanEmbedText,
  DEFAULT_EMBED,
  EMBED_TEXT_FIELDS,
  heightMessage,
  isHeightMessage,
  MAX_PICKED,
  parseEmbedOptions,
  MAX_NOTE_LENGTH,
  MAX_NOTES,
  parseNote,
} from './options';
import { embedSnippet, serializeEmbedOptions } from './snippet';

describe('the words around an embedded chart', () => {
  it('round-trip: headline, subtitle, caption, credit and source line', () => {
    const text = {
      headline: 'Six meetings with Putin',
      subtitle: 'Witkoff’s visits to Moscow and St Petersburg, 2025',
      caption: 'Each mark is a meeting; the ring marks disputed durations.',
      credit: 'Graphic: J. Doe',
      source: 'Source: Kremlin readouts, Reuters, Kyiv Independent',
    };
    const search = serializeEmbedOptions({ ...DEFAULT_EMBED, text });
    expect(parseEmbedOptions(search).text).toEqual(text);
  });

  it('is plain text on one line: markup is kept as written, control characters become spaces', () => {
    const options = parseEmbedOptions(
      '?headline=' + encodeURIComponent('<img src=x onerror=alert(1)>\n  Talks\u0000 resumed  '),
    );
    expect(options.text.headline).toBe('<img src=x onerror=alert(1)> Talks resumed');
  });

  it('leaves out empty fields and cuts one that is too long, at a character', () => {
    const long = '🕊'.repeat(130);
    const options = parseEmbedOptions(`?subtitle=%20%20&headline=${encodeURIComponent(long)}`);
    expect(options.text.subtitle).toBeUndefined();
    expect([...options.text.headline!]).toHaveLength(EMBED_TEXT_FIELDS.headline);
    expect(options.text.headline!.endsWith('🕊…')).toBe(true);
    expect(cleanEmbedText('a'.repeat(10), 10)).toBe('a'.repeat(10));
  });

  it('cuts at a character a reader sees, never inside a flag or an accented letter', () => {
    expect(cleanEmbedText('🇺🇦'.repeat(5), 3)).toBe('🇺🇦🇺🇦…');
    expect(cleanEmbedText('e\u0301'.repeat(5), 3)).toBe('e\u0301e\u0301…');
  });

  it('drops direction overrides, which could make a line read backwards', () => {
    expect(cleanEmbedText('Talks \u202eended\u202c in Geneva\u2066', 100)).toBe(
      'Talks ended in Geneva',
    );
  });
});

describe('embed options in the URL', () => {
  it('default to an auto theme, 480 px, the overview shown and the filter bar hidden', () => {
    expect(parseEmbedOptions('')).toEqual(DEFAULT_EMBED);
    expect(serializeEmbedOptions(DEFAULT_EMBED)).toBe('');
  });

  it('round-trip with a view: range, filters, grouping, event, data', () => {
    const search =
      '?data=https%3A%2F%2Fx.org%2Fd.json&group=kind&from=2025-03-01&to=2025-06-30&kind=summit&event=e1&theme=dark&height=600&overview=0&filters=1&frame=talks-1';
    const options = parseEmbedOptions(search);
    expect(options).toMatchObject({
      theme: 'dark',
      height: 600,
      overview: false,
      filters: true,
      frame: 'talks-1',
      view: { data: 'https://x.org/d.json', group: 'kind', event: 'e1' },
    });
    expect(options.view.filters.kind).toEqual(['summit']);
    expect(parseEmbedOptions(serializeEmbedOptions(options))).toEqual(options);
  });

  it.each([
    ['?theme=neon', { theme: 'auto' }],
    ['?height=12', { height: 240 }],
    ['?height=99999', { height: 2000 }],
    ['?height=tall', { height: 480 }],
    ['?frame=%3Cscript%3E', {}],
  ])('drops or clamps what does not fit: %s', (search, expected) => {
    const options = parseEmbedOptions(search);
    expect(options).toMatchObject(expected);
    expect(options.frame).toBeUndefined();
  });

  it('shows the venue map alone or under the timeline with view=, and nothing else', () => {
    expect(parseEmbedOptions('?view=map').layout).toBe('map');
    expect(parseEmbedOptions('?view=timeline%2Bmap').layout).toBe('timeline+map');
    expect(parseEmbedOptions('?view=globe').layout).toBe('timeline');
    const both = parseEmbedOptions('?kind=summit&view=timeline%2Bmap');
    expect(serializeEmbedOptions(both)).toBe('?kind=summit&view=timeline%2Bmap');
    expect(parseEmbedOptions(serializeEmbedOptions(both))).toEqual(both);
    // The app's own view has no frame layout: "Open in Parley" leaves it out.
    expect(appLinkFor(both.view, 'https://parley.example/')).toBe(
      'https://parley.example/?kind=summit',
    );
  });

  it('finds the full app beside the embed page, whatever the embed’s query', () => {
    expect(appUrlBeside('https://parley.example/app/embed.html?event=e1#x')).toBe(
      'https://parley.example/app/',
    );
  });

  it('links to the same view in the full app', () => {
    const options = parseEmbedOptions('?kind=summit&theme=dark&height=600');
    expect(appLinkFor(options.view, 'https://parley.example/app/')).toBe(
      'https://parley.example/app/?kind=summit',
    );
  });
});

describe('the height message', () => {
  it('carries the rounded-up height and the frame name', () => {
    expect(heightMessage(512.2, 'a')).toEqual({ type: 'parley:height', height: 513, frame: 'a' });
    expect(isHeightMessage(heightMessage(300))).toBe(true);
  });

  it.each([
    null,
    'parley:height',
    { type: 'parley:height' },
    { type: 'x', height: 3 },
    {
      type: 'parley:height',
      height: Number.NaN,
    },
  ])('a host ignores anything else: %j', (data) => {
    expect(isHeightMessage(data)).toBe(false);
  });
});

describe('the snippet', () => {
  it('is an escaped, titled, lazy, sandboxed iframe under 2 KB', () => {
    const snippet = embedSnippet(
      'https://parley.example/embed.html?kind=summit&q="x"',
      'Talks <2025> & "more"',
      480,
    );
    expect(snippet).toMatch(
      /^<iframe src="https:\/\/parley\.example\/embed\.html\?kind=summit&amp;q=&quot;x&quot;"/,
    );
    expect(snippet).toContain('title="Talks &lt;2025&gt; &amp; &quot;more&quot;"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('sandbox="allow-scripts');
    expect(new TextEncoder().encode(snippet).length).toBeLessThan(2048);
  });
});

describe('the events a frame’s author picked (only=)', () => {
  it('round-trip through the snippet, each once, in the order picked', () => {
    const options = { ...DEFAULT_EMBED, only: ['b-2', 'a-1'] };
    const search = serializeEmbedOptions(options);
    expect(search).toBe('?only=b-2&only=a-1');
    expect(parseEmbedOptions(search).only).toEqual(['b-2', 'a-1']);
  });

  it('drop ids with spaces or markup, repeats, and anything past the most a list may hold', () => {
    expect(parseEmbedOptions('?only=a&only=a&only=%3Cb%3E&only=x%20y&only=').only).toEqual(['a']);
    const many = Array.from({ length: MAX_PICKED + 5 }, (_, i) => `only=e${i}`).join('&');
    expect(parseEmbedOptions(`?${many}`).only).toHaveLength(MAX_PICKED);
    expect(parseEmbedOptions('?theme=dark')).not.toHaveProperty('only');
  });
});

describe('the events a frame’s author ringed and annotated (note=)', () => {
  it('round-trip through the snippet: a note with words, and a ring without', () => {
    const notes = [
      { id: 'alaska', text: 'The summit that ended without a deal' },
      { id: 'riyadh' },
    ];
    const search = serializeEmbedOptions({ ...DEFAULT_EMBED, notes });
    expect(search).toBe('?note=alaska+The+summit+that+ended+without+a+deal&note=riyadh');
    expect(parseEmbedOptions(search).notes).toEqual(notes);
  });

  it('are plain text: markup stays words, control and direction characters go, a long note is cut', () => {
    const hostile = `x <img src=x onerror=alert(1)>\u202e\u0007 ${'long '.repeat(30)}`;
    const [note] = parseEmbedOptions(`?note=${encodeURIComponent(hostile)}`).notes!;
    expect(note!.id).toBe('x');
    expect(note!.text).toMatch(/^<img src=x onerror=alert\(1\)> long/);
    expect(note!.text!.includes('\u202e') || note!.text!.includes('\u0007')).toBe(false);
    expect([...note!.text!].length).toBeLessThanOrEqual(MAX_NOTE_LENGTH);
    expect(note!.text!.endsWith('…')).toBe(true);
  });

  it('drop bad ids and repeats (the first note on an event wins), and keep at most twelve', () => {
    expect(parseNote('<b> hi')).toBeUndefined();
    expect(parseNote('')).toBeUndefined();
    expect(parseNote('a   ')).toEqual({ id: 'a' });
    expect(parseEmbedOptions('?note=a+first&note=a+second').notes).toEqual([
      { id: 'a', text: 'first' },
    ]);
    const many = Array.from({ length: MAX_NOTES + 3 }, (_, i) => `note=e${i}`).join('&');
    expect(parseEmbedOptions(`?${many}`).notes).toHaveLength(MAX_NOTES);
    expect(parseEmbedOptions('?theme=dark')).not.toHaveProperty('notes');
  });
});
