import { scaleUtc as d3ScaleUtc } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scaleUtc } from './utc-scale';

const instant = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) });
const pixel = fc.double({ min: -5000, max: 5000, noNaN: true });

describe('the time scale', () => {
  it("places and inverts every instant exactly as d3-scale's scaleUtc does", () => {
    fc.assert(
      fc.property(instant, instant, pixel, pixel, instant, pixel, (d0, d1, r0, r1, at, px) => {
        const ours = scaleUtc().domain([d0, d1]).range([r0, r1]);
        const d3 = d3ScaleUtc()
          .domain([new Date(d0), new Date(d1)])
          .range([r0, r1]);
        expect(ours(at)).toBe(d3(at));
        expect(ours(new Date(at))).toBe(d3(new Date(at)));
        // Past what a Date holds d3 gives NaN; Parley's axis goes on into deep time (below).
        const expected = d3.invert(px).getTime();
        if (!Number.isNaN(expected)) expect(ours.invert(px)).toBe(expected);
        expect(ours.domain()).toEqual(d3.domain().map(Number));
        expect(ours.range()).toEqual(d3.range());
      }),
      { numRuns: 500, seed: 3 },
    );
  });

  it('keeps its copy apart from the original', () => {
    const scale = scaleUtc().domain([0, 1000]).range([0, 100]);
    const copy = scale.copy().domain([0, 2000]);
    expect(scale(1000)).toBe(100);
    expect(copy(1000)).toBe(50);
  });

  it('maps a one-instant domain to the middle of the range, as d3 does', () => {
    expect(scaleUtc().domain([5, 5]).range([0, 100])(5)).toBe(50);
  });

  it('goes on past what a JavaScript Date holds: 4.6 billion years ago is a place on the axis', () => {
    const billions = -4.6e9 * 31_556_952_000;
    const scale = scaleUtc([billions, 0], [0, 1000]);
    expect(scale(billions / 2)).toBeCloseTo(500, 6);
    expect(scale.invert(500)).toBeCloseTo(billions / 2, -6);
    expect(scale.domain()).toEqual([billions, 0]);
  });
});
