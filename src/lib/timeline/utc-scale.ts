/**
 * A linear time scale: milliseconds ↔ pixels, with the interface of d3-scale's `scaleUtc`
 * that Parley uses (call, domain, range, invert, copy), and d3's arithmetic to the last bit.
 *
 * Why not d3-scale: its time scale brings d3-time-format, d3-interpolate and d3-color for
 * tick formats and colour interpolation Parley never uses (its ticks are ./scale.ts's own):
 * about 9 KB gzipped of the first load, which has a budget of 110 KB.
 */

export interface TimeScale {
  /** The pixel for an instant (a Date or epoch milliseconds); beyond the domain, extrapolated. */
  (value: Date | number): number;
  /**
   * In milliseconds, not Dates: deep time (billions of years ago) is further back than a Date
   * can go, and the axis places it all the same.
   */
  domain(): number[];
  domain(domain: readonly (Date | number)[]): TimeScale;
  range(): number[];
  range(range: readonly number[]): TimeScale;
  /** The instant at a pixel, to the nearest millisecond. */
  invert(pixel: number): number;
  copy(): TimeScale;
}

/** d3-scale's `normalize`: where `x` sits between `a` and `b`, 0 to 1; 0.5 when a = b. */
function normalize(a: number, b: number, x: number): number {
  const span = b - a;
  return span ? (x - a) / span : isNaN(span) ? NaN : 0.5;
}

/** d3-interpolate's `interpolateNumber`. */
function interpolate(a: number, b: number, t: number): number {
  return a * (1 - t) + b * t;
}

/** `from` → `to` for two-point domains, as d3-scale's `bimap` does, a reversed domain included. */
function map(from: readonly number[], to: readonly number[], x: number): number {
  const [d0, d1] = from as [number, number];
  const [r0, r1] = to as [number, number];
  return d1 < d0
    ? interpolate(r1, r0, normalize(d1, d0, x))
    : interpolate(r0, r1, normalize(d0, d1, x));
}

export function scaleUtc(
  domain: readonly number[] = [Date.UTC(2000, 0, 1), Date.UTC(2000, 0, 2)],
  range: readonly number[] = [0, 1],
): TimeScale {
  let d = [...domain];
  let r = [...range];
  const scale = ((value: Date | number) => map(d, r, +value)) as TimeScale;
  scale.domain = ((next?: readonly (Date | number)[]) => {
    if (next === undefined) return [...d];
    d = next.map((v) => +v);
    return scale;
  }) as TimeScale['domain'];
  scale.range = ((next?: readonly number[]) => {
    if (next === undefined) return [...r];
    r = [...next];
    return scale;
  }) as TimeScale['range'];
  // d3's time scale rounds to the millisecond, as a Date would truncate (and never gives -0).
  scale.invert = (pixel) => Math.round(map(r, d, pixel)) + 0;
  scale.copy = () => scaleUtc(d, r);
  return scale;
}
