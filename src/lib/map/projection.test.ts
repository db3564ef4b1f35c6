import { describe, expect, it } from 'vitest';
import {
  fittedProjection,
  fitTarget,
  largestRadius,
  mapHeight,
  centralMeridian,
  MAX_RADIUS,
  MIN_RADIUS,
  symbolRadius,
  worldProjection,
  worldTransform,
} from './projection';

const MOSCOW: [number, number] = [37.6173, 55.7558];
const ANCHORAGE: [number, number] = [-149.9003, 61.2181];
const ABU_DHABI: [number, number] = [54.3773, 24.4539];
const MIAMI: [number, number] = [-80.1918, 25.7617];
const HALLANDALE: [number, number] = [-80.1484, 25.9812];

function inside([x, y]: [number, number], width: number, height: number, margin: number) {
  return (
    x >= margin - 0.5 &&
    x <= width - margin + 0.5 &&
    y >= margin - 0.5 &&
    y <= height - margin + 0.5
  );
}

describe('fittedProjection', () => {
  it('puts every place inside the map, clear of its margin', () => {
    const places = [MOSCOW, ANCHORAGE, ABU_DHABI, MIAMI];
    const projection = fittedProjection(places, 800, 400, 26);
    for (const place of places) {
      const point = projection(place) as [number, number];
      expect(inside(point, 800, 400, 26), String(place)).toBe(true);
    }
  });

  it('shows one place in its region, in the middle, rather than zoomed without end', () => {
    const projection = fittedProjection([MOSCOW], 600, 300, 20);
    const [x, y] = projection(MOSCOW) as [number, number];
    expect(Math.abs(x - 300)).toBeLessThan(2);
    expect(Math.abs(y - 150)).toBeLessThan(20);
    // Berlin, about 1,600 km away, is on the map too.
    const berlin = projection([13.405, 52.52]) as [number, number];
    expect(inside(berlin, 600, 300, 0)).toBe(true);
    expect(Number.isFinite(projection.scale())).toBe(true);
  });

  it('keeps two places a few km apart in a region, not a street', () => {
    const projection = fittedProjection([MIAMI, HALLANDALE], 600, 300);
    const [a, b] = [projection(MIAMI), projection(HALLANDALE)] as [number, number][];
    expect(Math.hypot(a![0] - b![0], a![1] - b![1])).toBeLessThan(MAX_RADIUS);
  });

  it('shows the whole world when no place has coordinates', () => {
    expect(fitTarget([])).toEqual({ type: 'Sphere' });
    const projection = fittedProjection([], 800, 400);
    for (const corner of [
      [-179, 0],
      [179, 0],
      [0, 89],
      [0, -89],
    ] as [number, number][]) {
      expect(inside(projection(corner) as [number, number], 800, 400, 0)).toBe(true);
    }
  });

  it('fits at 360 px wide too', () => {
    const places = [MOSCOW, ANCHORAGE, ABU_DHABI];
    const projection = fittedProjection(places, 360, mapHeight(360));
    for (const place of places)
      expect(inside(projection(place) as [number, number], 360, mapHeight(360), 0)).toBe(true);
  });
});

/** Where `transform` (as worldTransform writes it: translate, then scale) puts `point`. */
function applyTransform(transform: string, [x, y]: [number, number]): [number, number] {
  const match = /^translate\(([^,]+),([^)]+)\) scale\(([^)]+)\)$/.exec(transform);
  if (!match) throw new Error(`not a translate and scale: ${transform}`);
  const [tx, ty, k] = match.slice(1).map(Number) as [number, number, number];
  return [tx + k * x, ty + k * y];
}

describe('the world projected once per central meridian', () => {
  const LANDMARKS: [number, number][] = [
    [0, 0],
    [-122.42, 37.77],
    [151.21, -33.87],
    [139.69, 35.69],
    [-58.38, -34.6],
    [30.52, 50.45],
  ];

  it.each([
    { name: 'Moscow to Anchorage', places: [MOSCOW, ANCHORAGE, ABU_DHABI, MIAMI], width: 800 },
    { name: 'Moscow alone', places: [MOSCOW], width: 600 },
    { name: 'Miami and Hallandale Beach', places: [MIAMI, HALLANDALE], width: 360 },
    { name: 'no place', places: [], width: 1280 },
  ])('moved into the fit of $name, lands where the fit draws it', ({ places, width }) => {
    const fitted = fittedProjection(places, width, mapHeight(width));
    const world = worldProjection(centralMeridian(places));
    const transform = worldTransform(fitted);
    for (const point of [...places, ...LANDMARKS]) {
      const [x, y] = applyTransform(transform, world(point) as [number, number]);
      const [fx, fy] = fitted(point) as [number, number];
      expect(Math.abs(x - fx), String(point)).toBeLessThan(1e-6);
      expect(Math.abs(y - fy), String(point)).toBeLessThan(1e-6);
    }
  });
});

describe('symbolRadius', () => {
  it.each([
    { count: 16, max: 16, expected: MAX_RADIUS },
    { count: 4, max: 16, expected: MAX_RADIUS / 2 },
    { count: 1, max: 1000, expected: MIN_RADIUS },
    { count: 0, max: 16, expected: 0 },
  ])('gives $expected px for $count of at most $max events', ({ count, max, expected }) => {
    expect(symbolRadius(count, max)).toBeCloseTo(expected, 6);
  });

  it('makes areas, not radii, proportional to counts', () => {
    const ratio = (symbolRadius(9, 9) / symbolRadius(4, 9)) ** 2;
    expect(ratio).toBeCloseTo(9 / 4, 6);
  });
});

describe('largestRadius', () => {
  it.each([
    [360, 10],
    [600, 15],
    [1280, MAX_RADIUS],
  ])('is, on a map %i px wide, %i px', (width, radius) => {
    expect(largestRadius(width)).toBe(radius);
  });

  it('scales every symbol with it', () => {
    expect(symbolRadius(4, 16, 10)).toBe(MIN_RADIUS);
    expect(symbolRadius(16, 16, 10)).toBe(10);
  });
});

describe('mapHeight', () => {
  it.each([
    [360, 220],
    [800, 400],
    [1400, 460],
  ])('is %i px wide → %i px tall', (width, height) => {
    expect(mapHeight(width)).toBe(height);
  });
});
