import { describe, expect, it } from 'vitest';
import { longestAndShortest } from './extremes';
import { counted } from './test-data';

describe('longestAndShortest', () => {
  const { longest, shortest, timed } = longestAndShortest(counted(), 3);

  it('ranks the longest by the largest figure reported, with every figure kept', () => {
    expect(longest.map((r) => [r.item.event.id, r.low, r.high])).toEqual([
      ['istanbul', 48, 48],
      ['riyadh', 4.5, 4.5],
      ['mar', 3, 4],
    ]);
    expect(longest[2]?.figures.map((f) => f.attribution)).toEqual(['Witkoff']);
  });

  it('ranks the shortest by the smallest figure reported', () => {
    expect(shortest.map((r) => r.item.event.id)).toEqual(['call', 'feb', 'mar']);
  });

  it('leaves out events nobody timed', () => {
    expect(timed).toBe(5);
    expect([...longest, ...shortest].map((r) => r.item.event.id)).not.toContain('jeddah');
  });
});
