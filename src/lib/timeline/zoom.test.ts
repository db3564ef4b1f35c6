import { zoomIdentity } from 'd3-zoom';
import { describe, expect, it } from 'vitest';
import { createTimeScale } from './scale';
import {
  Debounce,
  fitsAll,
  GLIDE_FRAMES,
  glideRange,
  maxZoomFor,
  pannedBy,
  RANGE_DEBOUNCE_MS,
  rangeOf,
  rescaled,
  revealRange,
  sameView,
  scaledBy,
  TimelineZoom,
  transformFor,
  within,
  type Clock,
  type Range,
} from './zoom';

const DAY = 86_400_000;
const utc = (iso: string) => Date.parse(iso);
const EXTENT: Range = [utc('2025-01-01'), utc('2026-01-01')];
const WIDTH = 1000;
const base = createTimeScale(EXTENT, WIDTH);

describe('maxZoomFor', () => {
  it.each([
    { span: 365 * DAY, expected: (365 * 24) / 6 },
    { span: 6 * 3_600_000, expected: 2 },
    { span: 0, expected: 2 },
  ])('a dataset of $span ms zooms in at most $expected×', ({ span, expected }) => {
    expect(maxZoomFor([0, span])).toBeCloseTo(expected);
  });
});

describe('transformFor and rangeOf', () => {
  it.each([
    { name: 'everything', range: EXTENT, k: 1 },
    { name: 'the first half', range: [EXTENT[0], (EXTENT[0] + EXTENT[1]) / 2] as Range, k: 2 },
    { name: 'March', range: [utc('2025-03-01'), utc('2025-04-01')] as Range, k: 365 / 31 },
    { name: 'one day in June', range: [utc('2025-06-10'), utc('2025-06-11')] as Range, k: 365 },
  ])('show $name, and read back the same dates', ({ range, k }) => {
    const t = transformFor(range, base, WIDTH, maxZoomFor(EXTENT));
    expect(t.k).toBeCloseTo(k);
    const [a, b] = rangeOf(t, base);
    expect(Math.abs(a - range[0])).toBeLessThan(1000);
    expect(Math.abs(b - range[1])).toBeLessThan(1000);
  });

  it.each([
    {
      name: 'wider than the dataset',
      range: [utc('2024-01-01'), utc('2027-01-01')] as Range,
      k: 1,
    },
    { name: 'an hour (past the deepest zoom)', range: [0, 3_600_000] as Range, k: 4 },
  ])('clamp a range $name to the zoom limits', ({ range, k }) => {
    expect(transformFor(range, base, WIDTH, 4).k).toBeCloseTo(k);
  });

  it('read the unzoomed view as the whole extent', () => {
    expect(rangeOf(zoomIdentity, base)).toEqual(EXTENT);
  });
});

describe('fitsAll', () => {
  it.each([
    { t: zoomIdentity, expected: true },
    { t: zoomIdentity.translate(0.3, 0), expected: true },
    { t: zoomIdentity.translate(-2, 0), expected: false },
    { t: zoomIdentity.scale(1.5), expected: false },
  ])('k=$t.k x=$t.x → $expected', ({ t, expected }) => {
    expect(fitsAll(t)).toBe(expected);
  });
});

describe('rescaled (the scale that draws a view)', () => {
  it.each([
    { name: 'unzoomed', t: zoomIdentity },
    { name: 'twice, moved', t: zoomIdentity.translate(-300, 0).scale(2) },
    { name: 'deep', t: zoomIdentity.translate(-123_456, 0).scale(365) },
  ])("matches d3-zoom's rescaleX: $name", ({ t }) => {
    expect(rescaled(base, t).domain()).toEqual(t.rescaleX(base).domain());
  });
});

// d3-zoom's own maths for a chart that is its extent and translate extent (zoom-gestures.ts):
// the buttons, keys and URL move the view as a wheel or a drag would.
describe('within (no empty space beside the data)', () => {
  it.each([
    { name: 'inside', t: { k: 2, x: -300 }, x: -300 },
    { name: 'before the first date', t: { k: 2, x: 50 }, x: 0 },
    { name: 'after the last date', t: { k: 2, x: -1500 }, x: -1000 },
    { name: 'unzoomed, moved', t: { k: 1, x: -20 }, x: 0 },
  ])('$name → x=$x', ({ t, x }) => {
    expect(within(t, WIDTH)).toEqual({ k: t.k, x });
  });
});

describe('scaledBy (zoom about a point)', () => {
  it.each([
    {
      name: 'in about the middle',
      t: { k: 1, x: 0 },
      factor: 2,
      at: 500,
      expected: { k: 2, x: -500 },
    },
    {
      name: 'in about the left edge',
      t: { k: 1, x: 0 },
      factor: 2,
      at: 0,
      expected: { k: 2, x: 0 },
    },
    {
      name: 'out to everything',
      t: { k: 2, x: -500 },
      factor: 0.5,
      at: 500,
      expected: { k: 1, x: 0 },
    },
    {
      name: 'past the deepest zoom',
      t: { k: 3, x: -1000 },
      factor: 2,
      at: 500,
      expected: { k: 4, x: -1500 },
    },
    { name: 'out past 1×', t: { k: 1, x: 0 }, factor: 0.5, at: 200, expected: { k: 1, x: 0 } },
  ])('$name', ({ t, factor, at, expected }) => {
    const next = scaledBy(t, factor, at, WIDTH, 4);
    expect(next.k).toBeCloseTo(expected.k);
    expect(next.x).toBeCloseTo(expected.x);
  });

  it('keeps the date under the point', () => {
    const t = transformFor([utc('2025-03-01'), utc('2025-06-01')], base, WIDTH, 365);
    const at = 321;
    const before = rescaled(base, t).invert(at);
    const after = rescaled(base, scaledBy(t, 2, at, WIDTH, 365)).invert(at);
    expect(Math.abs(after - before)).toBeLessThan(1000);
  });
});

describe('pannedBy (move the view on screen)', () => {
  it.each([
    { name: 'to later dates', pixels: -200, x: -700 },
    { name: 'to earlier dates', pixels: 200, x: -300 },
    { name: 'past the first date', pixels: 800, x: 0 },
    { name: 'past the last date', pixels: -800, x: -1000 },
  ])('$name', ({ pixels, x }) => {
    expect(pannedBy({ k: 2, x: -500 }, pixels, WIDTH)).toEqual({ k: 2, x });
  });
});

describe('sameView (a range read back from the URL)', () => {
  const shown: Range = [utc('2025-03-01'), utc('2025-04-01')];
  const pixel = (shown[1] - shown[0]) / WIDTH;
  it.each([
    { name: 'identical', wanted: shown, expected: true },
    {
      name: 'a minute off',
      wanted: [shown[0] + 60_000, shown[1] - 60_000] as Range,
      expected: true,
    },
    {
      name: 'within a pixel and a minute',
      wanted: [shown[0] + 60_000 + pixel, shown[1]] as Range,
      expected: true,
    },
    {
      name: 'more than that',
      wanted: [shown[0] + 60_000 + pixel + 1, shown[1]] as Range,
      expected: false,
    },
    { name: 'a day later', wanted: [shown[0] + DAY, shown[1] + DAY] as Range, expected: false },
    { name: 'the end moved only', wanted: [shown[0], shown[1] + DAY] as Range, expected: false },
  ])('$name → $expected', ({ wanted, expected }) => {
    expect(sameView(shown, wanted, WIDTH)).toBe(expected);
  });
});

describe('revealRange (the keyboard focus moved off screen)', () => {
  const shown: Range = [100, 200];
  it.each([
    { name: 'inside: stay', span: [120, 130] as Range, expected: undefined },
    { name: 'touching both edges: stay', span: [100, 200] as Range, expected: undefined },
    { name: 'after: centre on it', span: [300, 310] as Range, expected: [255, 355] },
    { name: 'before: centre on it', span: [0, 20] as Range, expected: [-40, 60] },
    { name: 'half out: centre on it', span: [190, 230] as Range, expected: [160, 260] },
  ])('$name', ({ span, expected }) => {
    expect(revealRange(shown, span)).toEqual(expected);
  });
});

/** A clock whose time moves only when the test says so. */
function fakeClock() {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const clock: Clock = {
    setTimeout: (run, ms) => {
      timers.set(next, { at: now + ms, run });
      return next++;
    },
    clearTimeout: (handle) => void timers.delete(handle as number),
    requestAnimationFrame: (run) => clock.setTimeout(run, 16),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, timer] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
      if (timer.at > now) continue;
      timers.delete(id);
      timer.run();
    }
  };
  return { clock, advance };
}

describe('Debounce', () => {
  it.each([
    { name: 'one call runs after the wait', calls: [0], wait: 250, runs: ['c0'] },
    { name: 'not before', calls: [0], wait: 249, runs: [] },
    {
      name: 'calls in quick succession run once, the last',
      calls: [0, 100, 200],
      wait: 250,
      runs: ['c2'],
    },
    { name: 'calls far apart each run', calls: [0, 300], wait: 250, runs: ['c0', 'c1'] },
  ])('$name', ({ calls, wait, runs }) => {
    const { clock, advance } = fakeClock();
    const debounce = new Debounce(250, clock);
    const ran: string[] = [];
    let time = 0;
    calls.forEach((at, i) => {
      advance(at - time);
      time = at;
      debounce.call(() => ran.push(`c${i}`));
    });
    advance(wait);
    expect(ran).toEqual(runs);
  });
});

describe('glideRange: a story step moving the chart', () => {
  const from: Range = [0, 100];
  const to: Range = [1000, 1400];
  it.each([
    { t: 0, expected: from },
    { t: 1, expected: to },
    { t: -1, expected: from },
    { t: 2, expected: to },
  ])('at $t it is at its end', ({ t, expected }) => {
    expect(glideRange(from, to, t)).toEqual(expected);
  });

  it('is halfway across at the middle, its width the geometric mean', () => {
    const [a, b] = glideRange(from, to, 0.5);
    expect((a + b) / 2).toBeCloseTo(625);
    expect(b - a).toBeCloseTo(200);
  });

  it('moves one way only, never overshooting', () => {
    let last = glideRange(from, to, 0);
    for (let i = 1; i <= 20; i++) {
      const next = glideRange(from, to, i / 20);
      expect(next[0]).toBeGreaterThanOrEqual(last[0]);
      expect(next[0]).toBeLessThanOrEqual(to[0]);
      last = next;
    }
  });
});

describe('TimelineZoom follows a range smoothly when asked to glide', () => {
  function zoomOnClock() {
    const { clock, advance } = fakeClock();
    const drawn: Range[] = [];
    const zoom = new TimelineZoom(
      { ontransform: (t) => drawn.push(rangeOf(t, base)), onrange: () => undefined },
      clock,
    );
    zoom.attach({} as SVGSVGElement, { base, width: WIDTH, height: 100, maxZoom: 1e6 }, undefined);
    const frames = (n: number) => {
      for (let i = 0; i < n; i++) advance(16);
    };
    frames(1);
    return { zoom, frames, drawn };
  }
  const march: Range = [utc('2025-03-01'), utc('2025-04-01')];

  it('passes through ranges between, and ends on the one asked for', () => {
    const { zoom, frames, drawn } = zoomOnClock();
    zoom.follow(march, true);
    frames(5);
    const between = drawn.at(-1)!;
    expect(between[0]).toBeGreaterThan(EXTENT[0]);
    expect(between[0]).toBeLessThan(march[0]);
    frames(GLIDE_FRAMES + 2);
    expect(zoom.range[0]).toBeCloseTo(march[0], -4);
    expect(zoom.range[1]).toBeCloseTo(march[1], -4);
  });

  it('moves at once without the glide', () => {
    const { zoom } = zoomOnClock();
    zoom.follow(march);
    expect(zoom.range[0]).toBeCloseTo(march[0], -4);
  });

  it('stops where it is when the reader zooms meanwhile', () => {
    const { zoom, frames } = zoomOnClock();
    zoom.follow(march, true);
    frames(5);
    zoom.zoomBy(2);
    const after = zoom.range;
    frames(GLIDE_FRAMES + 2);
    expect(zoom.range).toEqual(after);
  });
});

describe('TimelineZoom says when the view moves and when it has come to rest', () => {
  function zoomWithEvents() {
    const { clock, advance } = fakeClock();
    const said: string[] = [];
    const zoom = new TimelineZoom(
      {
        ontransform: () => undefined,
        onrange: () => said.push('range'),
        onmoving: (moving) => said.push(moving ? 'moving' : 'at rest'),
      },
      clock,
    );
    zoom.attach({} as SVGSVGElement, { base, width: WIDTH, height: 100, maxZoom: 1e6 }, undefined);
    advance(16);
    return { zoom, advance, said };
  }

  it('a run of steps is one move, at rest once none came for the debounce', () => {
    const { zoom, advance, said } = zoomWithEvents();
    zoom.zoomBy(2);
    advance(100);
    zoom.zoomBy(2);
    advance(100);
    zoom.panBy(30);
    expect(said).toEqual(['moving']);
    advance(RANGE_DEBOUNCE_MS - 1);
    expect(said).toEqual(['moving']);
    advance(1);
    // At rest before the range is given: what follows the range sees the view still.
    expect(said).toEqual(['moving', 'at rest', 'range']);
    zoom.fitAll();
    advance(RANGE_DEBOUNCE_MS);
    expect(said).toEqual(['moving', 'at rest', 'range', 'moving', 'at rest', 'range']);
  });

  it('a range followed from the URL is not a move', () => {
    const { zoom, advance, said } = zoomWithEvents();
    zoom.follow([utc('2025-03-01'), utc('2025-04-01')]);
    zoom.follow([utc('2025-05-01'), utc('2025-06-01')], true);
    advance(GLIDE_FRAMES * 16 + RANGE_DEBOUNCE_MS);
    expect(said).toEqual([]);
  });
});
