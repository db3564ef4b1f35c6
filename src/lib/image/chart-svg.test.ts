import { describe, expect, it } from 'vitest';
import { buildLanes } from '../timeline/lanes';
import { views } from '../timeline/test-data';
import type { ChronologyEvent } from '../model/types';
import { chartSvg, type ChartImageInput } from './chart-svg';
import { EDITORIAL_SIZES, inFrame } from './editorial';
import { DARK_PALETTE, LIGHT_PALETTE } from '../theme/tokens';
import { checkWellFormed } from './test-xml';
import { mustParseDate } from '../model/dates';

const utc = (iso: string) => Date.parse(iso);
const LINK = 'https://parley.example/?from=2025-02-11&to=2025-12-03&kind=summit';

const EVENTS: Partial<ChronologyEvent>[] = [
  {
    id: 'witkoff-putin',
    title: 'Witkoff meets Putin',
    start: '2025-02-11',
    kind: 'envoy-meeting',
    track: 'us-russia',
  },
  {
    id: 'riyadh',
    title: 'Riyadh talks',
    start: '2025-03-23',
    end: '2025-03-25',
    kind: 'negotiation-round',
    track: 'us-russia',
  },
  {
    id: 'alaska',
    title: 'Alaska summit',
    start: '2025-08-15',
    kind: 'summit',
    track: 'us-russia',
    status: 'partly',
  },
  {
    id: 'istanbul',
    title: 'Istanbul round',
    start: '2025-05',
    kind: 'negotiation-round',
    track: 'russia-ukraine',
  },
  {
    id: 'rumoured-call',
    title: 'A call nobody confirmed',
    start: '2025-06-10',
    kind: 'phone-call',
    track: 'us-ukraine',
    status: 'unconfirmed',
  },
  { id: 'later', title: 'After the view', start: '2026-03-01', track: 'us-russia' },
];

function input(overrides: Partial<ChartImageInput> = {}, events = EVENTS): ChartImageInput {
  return {
    title: 'US–Russia–Ukraine talks, 2025–2026',
    lanes: buildLanes(views(events), 'track'),
    range: [utc('2025-02-01'), utc('2025-12-03')],
    link: LINK,
    palette: LIGHT_PALETTE,
    ...overrides,
  };
}

/** The text content of every <text> element, entities decoded. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    (m[1] as string)
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

function markOf(svg: string, id: string): string {
  const match = new RegExp(`<g class="mark [a-z]+" data-event-id="${id}">.*?</g>`).exec(svg);
  if (!match) throw new Error(`no mark for ${id}`);
  return match[0];
}

describe('chartSvg', () => {
  it('is a standalone, well-formed SVG with its size, viewBox and a generic font stack', () => {
    const { svg, width, height } = chartSvg(input());
    expect(checkWellFormed(svg)).toBeGreaterThan(20);
    expect(svg).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" /,
    );
    expect(width).toBe(1200);
    expect(svg).toContain(`width="1200" height="${height}" viewBox="0 0 1200 ${height}"`);
    expect(svg).toContain('font-family="system-ui,');
    expect(svg).toMatch(/sans-serif"/);
    expect(svg).not.toContain('var(--');
  });

  it('heads the image with the dataset’s title, the dates in view, the count and the lanes', () => {
    const all = texts(chartSvg(input()).svg);
    expect(all[0]).toBe('US–Russia–Ukraine talks, 2025–2026');
    expect(all[1]).toBe('1 Feb 2025 – 2 Dec 2025 · 5 events · lanes by channel');
  });

  it('names every lane', () => {
    const all = texts(chartSvg(input()).svg);
    for (const lane of ['US–Russia', 'US–Ukraine', 'Russia–Ukraine']) expect(all).toContain(lane);
  });

  it('draws one element per event in view, carrying its id, and none for events outside it', () => {
    const { svg } = chartSvg(input());
    const ids = [...svg.matchAll(/data-event-id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.sort()).toEqual(['alaska', 'istanbul', 'riyadh', 'rumoured-call', 'witkoff-putin']);
  });

  it('marks how well each date is known and how well each event is confirmed, as the app does', () => {
    const { svg } = chartSvg(input());
    expect(markOf(svg, 'witkoff-putin')).toMatch(/<circle [^>]*fill="#1f5fa8"/);
    expect(markOf(svg, 'riyadh')).toMatch(/<rect [^>]*fill="#0f766e"/);
    expect(markOf(svg, 'istanbul')).toMatch(/class="mark band"/);
    expect(markOf(svg, 'istanbul')).toMatch(/fill-opacity="0\.22"[^>]*stroke-dasharray="4 2"/);
    expect(markOf(svg, 'alaska')).toMatch(/fill-opacity="0\.45"/);
    expect(markOf(svg, 'rumoured-call')).toMatch(
      /fill="#ffffff"[^>]*stroke="#7048a8"[^>]*stroke-dasharray="3 2"/,
    );
    expect(markOf(svg, 'riyadh')).toContain('<title>Riyadh talks, 23–25 Mar 2025</title>');
  });

  it('writes event titles as text beside their marks', () => {
    const all = texts(chartSvg(input()).svg);
    expect(all).toContain('Witkoff meets Putin');
    expect(all).toContain('Alaska summit');
    expect(all).not.toContain('After the view');
  });

  it('explains the shapes and the kinds in view in a legend', () => {
    const all = texts(chartSvg(input()).svg);
    for (const entry of [
      'One day',
      'Several days',
      'Known only to the month or year',
      'Partly confirmed',
      'Unconfirmed',
      'Envoy meeting',
      'Negotiation round',
      'Summit',
      'Phone call',
      'Other',
    ])
      expect(all).toContain(entry);
    expect(all).not.toContain('Document');
    expect(all).not.toContain('Today');
  });

  it('explains the cue that sources disagree when a mark in it carries the cue, and only then', () => {
    expect(texts(chartSvg(input()).svg)).not.toContain('Sources disagree');
    const disputed = EVENTS.map((event) =>
      event.id === 'riyadh'
        ? { ...event, notes: [{ text: 'Reports disagree on who attended.' }] }
        : event,
    );
    const { svg } = chartSvg(input({}, disputed));
    expect(markOf(svg, 'riyadh')).toContain(`fill="${LIGHT_PALETTE.warnBorder}"`);
    expect(texts(svg)).toContain('Sources disagree');
    // Its sample is the cue itself: a dot in the warning colour, edged in the surface colour.
    const item =
      /<g class="legend-item"[^>]*>((?:(?!<g class="legend-item").)*?Sources disagree)/.exec(
        svg,
      )?.[1];
    expect(item).toContain(
      `r="2.5" fill="${LIGHT_PALETTE.warnBorder}" stroke="${LIGHT_PALETTE.surface}" stroke-width="1"`,
    );
  });

  it('ends with the credit line and the view’s link', () => {
    const all = texts(chartSvg(input()).svg);
    expect(all).toContain('Data: US–Russia–Ukraine talks, 2025–2026, via Parley');
    expect(all).toContain(LINK);
  });

  it('keeps a long link whole, over several lines', () => {
    const link = 'https://parley.example/?' + 'q=prisoner+swap&'.repeat(20) + 'end=1';
    const { svg } = chartSvg(input({ link }));
    const lines = [...svg.matchAll(/<text class="link"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('').replace(/&amp;/g, '&')).toBe(link);
  });

  it('keeps a hostile title and hostile event titles as text, never markup', () => {
    const hostile = `<script>alert(1)</script>&"'`;
    const { svg } = chartSvg(
      input({ title: hostile, link: `https://x.example/?q="><script>` }, [
        { id: 'x"y', title: `<img src=x onerror=alert(1)> & 'co'`, start: '2025-03-01' },
      ]),
    );
    checkWellFormed(svg);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;&#39;');
    expect(svg).toContain('data-event-id="x&quot;y"');
    const all = texts(svg);
    expect(all).toContain(hostile);
    expect(all).toContain(`Data: ${hostile}, via Parley`);
    expect(all).toContain(`<img src=x onerror=alert(1)> & 'co'`);
  });

  it('shows counts, not thousands of marks, when a lane is too dense', () => {
    const many = Array.from({ length: 400 }, (_, i) => ({
      start: new Date(utc('2025-03-01') + (i % 200) * 86_400_000).toISOString().slice(0, 10),
      kind: 'phone-call' as const,
    }));
    const { svg } = chartSvg(input({}, many));
    checkWellFormed(svg);
    expect(svg.match(/data-event-id=/g)).toBeNull();
    expect(svg.match(/class="bin"/g)?.length).toBeGreaterThan(5);
    expect(texts(svg)).toContain('Count of events (too many to draw)');
  });

  it('marks today only when today is in view', () => {
    const inView = texts(chartSvg(input({ today: utc('2025-06-01T12:00Z') })).svg);
    expect(inView).toContain('today');
    expect(inView).toContain('Today');
    const after = texts(chartSvg(input({ today: utc('2026-06-01') })).svg);
    expect(after).not.toContain('today');
  });

  it('says so when no event matches', () => {
    const { svg } = chartSvg(input({}, []));
    checkWellFormed(svg);
    expect(texts(svg)).toContain('No events match the filters.');
  });

  it('draws in the dark palette when asked', () => {
    const { svg } = chartSvg(input({ palette: DARK_PALETTE }));
    expect(svg).toContain('fill="#1e2125"');
    expect(markOf(svg, 'witkoff-putin')).toContain('fill="#7fb2ee"');
  });

  it('gives the same bytes for the same view', () => {
    expect(chartSvg(input()).svg).toBe(chartSvg(input()).svg);
  });
});

describe('chart images in the editorial frame', () => {
  const words = {
    headline: 'Six meetings, no ceasefire',
    subtitle: 'Witkoff and Putin in 2025',
    caption:
      'Each mark is a meeting or a round of talks; the Alaska summit was only partly confirmed by its sources, and the caption runs long enough to wrap onto another line.',
    credit: 'Graphic: A. Reporter',
  };

  it('carries the journalist’s headline, subtitle, caption and credit', () => {
    const { svg } = chartSvg(input({ text: words }));
    const all = texts(svg);
    expect(all[0]).toBe('Six meetings, no ceasefire');
    expect(all[1]).toBe('Witkoff and Putin in 2025');
    expect(all[2]).toBe('1 Feb 2025 – 2 Dec 2025 · 5 events · lanes by channel');
    const caption = [...svg.matchAll(/<text class="caption"[^>]*>([^<]*)<\/text>/g)].map(
      (m) => m[1],
    );
    expect(caption.length).toBeGreaterThan(1);
    expect(caption.join(' ')).toBe(words.caption);
    expect(all).toContain(
      'Graphic: A. Reporter · Data: US–Russia–Ukraine talks, 2025–2026, via Parley',
    );
  });

  it.each(Object.entries(EDITORIAL_SIZES))(
    '%s: exactly its size, the chart scaled down whole if taller, never cropped',
    (_key, size) => {
      const natural = chartSvg(input({ width: size.width, text: words }));
      const framed = inFrame(natural, size, LIGHT_PALETTE.surface);
      expect(checkWellFormed(framed.svg)).toBeGreaterThan(20);
      expect(framed.svg).toContain(
        `width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}"`,
      );
      expect(framed.scale).toBe(Math.min(1, size.height / natural.height));
      // Every word of the chart is in the framed image: labels of the events shown included.
      expect(texts(framed.svg)).toEqual(texts(natural.svg));
      // The chart keeps its own proportions inside the frame.
      expect(framed.svg).toContain(`viewBox="0 0 ${natural.width} ${natural.height}"`);
    },
  );

  it('scales a chart taller than the frame to the frame’s height, centred across', () => {
    const tall = chartSvg(
      input({ width: 1200 }, [
        ...EVENTS,
        ...Array.from({ length: 40 }, (_, i) => ({
          id: `e${i}`,
          title: `Event ${i}`,
          start: '2025-06-01',
          track: `lane-${i}`,
        })),
      ]),
    );
    expect(tall.height).toBeGreaterThan(675);
    const framed = inFrame(tall, EDITORIAL_SIZES['16:9'], LIGHT_PALETTE.surface);
    const scale = 675 / tall.height;
    expect(framed.scale).toBeCloseTo(scale);
    const x = (1200 - 1200 * scale) / 2;
    expect(framed.svg).toContain(`<svg x="${Math.round(x * 100) / 100}" y="0"`);
  });
});

describe('an image of a cosmological timeline', () => {
  it('draws the Big Bang and the Solar System on an axis of billions of years ago, with the range in words', () => {
    const deep = [
      { id: 'big-bang', title: 'The Big Bang', start: '-13800000000' },
      { id: 'sun', title: 'The Sun ignites', start: '-4600000000' },
      { id: 'moon', title: 'Apollo 11', start: '1969-07-20' },
    ];
    const at = (text: string) => mustParseDate(text).startMs;
    const image = chartSvg(input({ range: [at('-14500000000'), at('2000')] }, deep));
    checkWellFormed(image.svg);
    const words = texts(image.svg);
    expect(words.some((t) => /billion years ago$/.test(t))).toBe(true);
    expect(image.svg).toContain('data-event-id="big-bang"');
    expect(image.svg).toContain('data-event-id="sun"');
    expect(image.svg).not.toContain('NaN');
    expect(image.svg).not.toContain('Invalid');
  });
});
