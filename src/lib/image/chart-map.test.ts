import { describe, expect, it } from 'vitest';
import { worldBasemap } from '../map/basemap';
import { BASEMAP_CREDIT, placeSymbols } from '../map/map-encoding';
import { placed } from '../map/test-places';
import { fittedProjection, largestRadius, mapHeight, symbolRadius } from '../map/projection';
import { CHANNEL_COLORS } from '../theme/channel-colors';
import { DARK_PALETTE, LIGHT_PALETTE } from '../theme/tokens';
import { buildLanes } from '../timeline/lanes';
import { views } from '../timeline/test-data';
import type { ChronologyEvent } from '../model/types';
import { placeLabels } from './chart-map';
import { chartSvg, CHART_IMAGE_WIDTH, type ChartImageInput } from './chart-svg';
import { checkWellFormed } from './test-xml';

const MOSCOW = { city: 'Moscow', country: 'Russia', lat: 55.7558, lon: 37.6173 };
const ISTANBUL = { city: 'Istanbul', country: 'Türkiye', lat: 41.0082, lon: 28.9784 };
const RIYADH = { city: 'Riyadh', country: 'Saudi Arabia', lat: 24.7136, lon: 46.6753 };
const GENEVA = { city: 'Geneva', country: 'Switzerland', lat: 46.2044, lon: 6.1432 };

const EVENTS: Partial<ChronologyEvent>[] = [
  { start: '2025-02-11', location: MOSCOW, track: 'us-russia', kind: 'envoy-meeting' },
  { start: '2025-03-13', location: MOSCOW, track: 'us-russia', kind: 'envoy-meeting' },
  { start: '2025-04-11', location: MOSCOW, track: 'us-russia', kind: 'envoy-meeting' },
  { start: '2025-02-18', location: RIYADH, track: 'us-russia', kind: 'negotiation-round' },
  { start: '2025-05-16', location: ISTANBUL, track: 'russia-ukraine', kind: 'negotiation-round' },
  { start: '2025-06-02', location: ISTANBUL, track: 'russia-ukraine', kind: 'negotiation-round' },
  { start: '2025-11-23', location: GENEVA, track: 'us-ukraine', kind: 'negotiation-round' },
  { start: '2025-03-18', kind: 'phone-call', track: 'us-russia' },
];

const events = views(EVENTS);
const places = placed(EVENTS);

function input(map = true, chosen: string[] = []): ChartImageInput {
  return {
    title: 'Talks',
    lanes: buildLanes(events, 'track'),
    range: [Date.parse('2025-01-01'), Date.parse('2026-01-01')],
    link: 'https://parley.example/?show=map',
    palette: LIGHT_PALETTE,
    ...(map ? { map: { places, chosen, scheme: 'light', basemap: worldBasemap() } } : {}),
  };
}

/** Every `<circle class="place" …>`'s attributes. */
function placeCircles(svg: string): Record<string, string>[] {
  return [...svg.matchAll(/<circle class="place"([^>]*)>/g)].map((m) =>
    Object.fromEntries([...(m[1] ?? '').matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
  );
}

describe('the venue map in a chart image', () => {
  it('is left out when the map is not shown', () => {
    const { svg } = chartSvg(input(false));
    expect(svg).not.toContain('class="map"');
    expect(placeCircles(svg)).toEqual([]);
    expect(svg).not.toContain('Natural Earth');
  });

  it('draws one circle per place with coordinates, sized as on screen', () => {
    const without = chartSvg(input(false));
    const image = chartSvg(input());
    checkWellFormed(image.svg);
    const circles = placeCircles(image.svg);
    // The phone call has no place: it is counted in the summary, never drawn.
    expect(circles.map((c) => c['data-place']).sort()).toEqual(
      ['Geneva', 'Istanbul', 'Moscow', 'Riyadh'].sort(),
    );
    const plotWidth = CHART_IMAGE_WIDTH - 48;
    for (const c of circles) {
      const count = Number(c['data-count']);
      const expected = symbolRadius(count, 3, largestRadius(plotWidth));
      expect(Number(c.r)).toBeCloseTo(expected, 1);
    }
    expect(Number(circles.find((c) => c['data-place'] === 'Moscow')?.r)).toBeGreaterThan(
      Number(circles.find((c) => c['data-place'] === 'Geneva')?.r),
    );
    // Under the timeline: the image grows by the map's height and more.
    expect(image.height - without.height).toBeGreaterThan(mapHeight(plotWidth));
  });

  it('colours each place by its main channel, with the scheme’s channel colours', () => {
    const circles = placeCircles(chartSvg(input()).svg);
    const fill = (key: string) => circles.find((c) => c['data-place'] === key)?.fill;
    expect(fill('Moscow')).toBe(CHANNEL_COLORS.light['us-russia']);
    expect(fill('Istanbul')).toBe(CHANNEL_COLORS.light['russia-ukraine']);
    const dark = chartSvg({
      ...input(),
      palette: DARK_PALETTE,
      map: { places, chosen: [], scheme: 'dark', basemap: worldBasemap() },
    });
    expect(placeCircles(dark.svg).find((c) => c['data-place'] === 'Geneva')?.fill).toBe(
      CHANNEL_COLORS.dark['us-ukraine'],
    );
    expect(dark.svg).toContain(`fill="${DARK_PALETTE.badgeBg}"`);
  });

  it('marks the chosen place and dims the others, as the live map does', () => {
    const circles = placeCircles(chartSvg(input(true, ['Istanbul'])).svg);
    const istanbul = circles.find((c) => c['data-place'] === 'Istanbul');
    expect(istanbul?.['fill-opacity']).toBe('1');
    expect(istanbul?.stroke).toBe(LIGHT_PALETTE.text);
    for (const c of circles.filter((c) => c['data-place'] !== 'Istanbul'))
      expect(c['fill-opacity']).toBe('0.3');
    // Drawn last, so nothing covers it.
    expect(circles.at(-1)?.['data-place']).toBe('Istanbul');
  });

  it('names the places with their counts, says what is not on the map, and credits the basemap', () => {
    const { svg } = chartSvg(input());
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts).toContain('Places');
    expect(texts).toContain('Moscow 3');
    expect(texts).toContain('8 events in view: 7 at 4 places on the map, 1 without a place.');
    expect(texts).toContain(BASEMAP_CREDIT);
    expect(texts).toContain('US–Russia');
    expect(texts).toContain('Circle area: events in view');
    // The basemap is drawn: land and borders as paths.
    expect(svg).toMatch(/<path class="land" d="M[^"]{1000,}"/);
    expect(svg).toContain('and map of places');
  });
});

describe('placeLabels', () => {
  const width = 600;
  const height = mapHeight(width);
  const projection = fittedProjection(
    places.filter((p) => p.coordinates).map((p) => p.coordinates as [number, number]),
    width,
    height,
  );
  const symbols = placeSymbols(places, projection, width, 'light', new Set());

  it('keeps every name inside the map and clear of the other names', () => {
    const labels = placeLabels(symbols, width, height);
    expect(labels.length).toBeGreaterThan(0);
    const boxes = labels.map((l) => {
      const w = l.text.length * 6.6;
      const x0 = l.anchor === 'start' ? l.x : l.x - w;
      return { x0, x1: x0 + w, y0: l.y - 6, y1: l.y + 6 };
    });
    for (const [i, a] of boxes.entries()) {
      expect(a.x0).toBeGreaterThanOrEqual(0);
      expect(a.x1).toBeLessThanOrEqual(width);
      for (const b of boxes.slice(i + 1))
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
    }
  });

  it('leaves a name out rather than letting it run off the map', () => {
    expect(placeLabels(symbols, 40, 40)).toEqual([]);
  });
});
