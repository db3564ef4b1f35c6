import { describe, expect, it } from 'vitest';
import {
  appLinkFor,
  appUrlBeside,
  DEFAULT_EMBED,
  heightMessage,
  isHeightMessage,
  parseEmbedOptions,
} from './options';
import { embedSnippet, serializeEmbedOptions } from './snippet';

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
