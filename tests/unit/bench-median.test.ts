// The bench reports each filter as the median over fresh loads (scripts/bench/median.mjs): a
// slow load or a timed-out try must move the figure as a median does, no more and no less.
import { describe, expect, it } from 'vitest';
import { median, medianOfLoads, medianOutcome } from '../../scripts/bench/median.mjs';
import type { FilterLoad } from '../../scripts/bench/median.mjs';

const timing = (ms: number, settledMs: number, views?: Record<string, number | null>) => ({
  ms,
  settledMs,
  eventsBefore: 100_000,
  eventsAfter: 6_250,
  ...(views ? { views } : {}),
});

describe('median', () => {
  it('is the middle value of an odd count and the mean of the middle two of an even one', () => {
    expect(median([154, 24, 69])).toBe(69);
    expect(median([40, 10, 30, 20])).toBe(25);
  });

  it('counts a value that never came as the slowest', () => {
    expect(median([50, Infinity, 60])).toBe(60);
    expect(median([Infinity, Infinity, 60])).toBe(Infinity);
  });

  it('refuses an empty list rather than report NaN', () => {
    expect(() => median([])).toThrow(RangeError);
  });
});

describe('medianOutcome', () => {
  it('reports the median redraw, not the slowest cold try', () => {
    const outcome = medianOutcome([timing(154, 300), timing(40, 90), timing(70, 120)]);
    expect(outcome).toMatchObject({ ms: 70, eventsBefore: 100_000, eventsAfter: 6_250 });
  });

  it('keeps "idle after the chart" a median of its own, added to the median redraw', () => {
    // After the chart: 146, 50 and 50 ms; median 50, so idle at 70 + 50.
    const outcome = medianOutcome([timing(154, 300), timing(40, 90), timing(70, 120)]);
    expect(outcome).toMatchObject({ settledMs: 120 });
  });

  it('gives each view its own median delay after the chart', () => {
    const outcome = medianOutcome([
      timing(100, 400, { map: 130, numbers: 300 }),
      timing(50, 300, { map: 60, numbers: 110 }),
      timing(80, 300, { map: 100, numbers: null }),
    ]);
    // map: 30, 10, 20 after the chart → 20; numbers: 200, 60, never → 200.
    expect(outcome).toMatchObject({ ms: 80, views: { map: 100, numbers: 280 } });
  });

  it('says a view did not follow when it did not in most loads', () => {
    const outcome = medianOutcome([
      timing(100, 400, { people: null }),
      timing(50, 300, { people: 70 }),
      timing(80, 300, { people: null }),
    ]);
    expect(outcome).toMatchObject({ views: { people: null } });
  });

  it('counts a timed-out try as the slowest, and times out when most did', () => {
    expect(medianOutcome(['timed out', timing(40, 90), timing(70, 120)])).toMatchObject({
      ms: 70,
    });
    expect(medianOutcome(['timed out', 'timed out', timing(70, 120)])).toBe('timed out');
  });

  it('leaves out tries that could not run, and is null when none could', () => {
    expect(medianOutcome([null, timing(40, 90), timing(70, 120)])).toMatchObject({ ms: 55 });
    expect(medianOutcome([null, null])).toBeNull();
  });
});

describe('medianOfLoads', () => {
  const load = (apply: number, clear: number): FilterLoad => ({
    filter: { word: 'summit', apply: timing(apply, apply + 10), clear: timing(clear, clear + 10) },
    facet: { facet: 'kind', apply: timing(30, 40), clear: timing(20, 30) },
    views: 'n/a',
  });

  it('combines each filter of every load, apply and clear apart', () => {
    const combined = medianOfLoads([load(69, 154), load(50, 40), load(60, 76)]);
    expect(combined.filter).toMatchObject({
      word: 'summit',
      apply: { ms: 60 },
      clear: { ms: 76 },
    });
    expect(combined.facet).toMatchObject({ facet: 'kind', apply: { ms: 30 }, clear: { ms: 20 } });
    expect(combined.views).toBe('n/a');
  });

  it('uses the loads that timed a filter when another load could not', () => {
    const combined = medianOfLoads([load(69, 154), { ...load(0, 0), filter: 'n/a' }]);
    expect(combined.filter).toMatchObject({ apply: { ms: 69 }, clear: { ms: 154 } });
  });
});
