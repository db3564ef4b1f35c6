import { describe, expect, it } from 'vitest';
import { longestAndShortest, rowsToRead, timedEvent } from './extremes';
import { selection } from './test-data';

const { columns, rows: all, views, records } = selection();
const id = (r: { row: number }) => columns.ids[r.row];

describe('longestAndShortest', () => {
  const { longest, shortest, timed } = longestAndShortest(columns, all, 3);

  it('ranks the longest by the largest figure reported, with every figure kept', () => {
    expect(longest.map((r) => [id(r), r.low, r.high])).toEqual([
      ['istanbul', 48, 48],
      ['riyadh', 4.5, 4.5],
      ['mar', 3, 4],
    ]);
    const third = longest[2]?.row ?? -1;
    const shown = timedEvent(views[third]!, records[third]!);
    expect(shown?.figures.map((f) => f.attribution)).toEqual(['Witkoff']);
    expect([shown?.low, shown?.high]).toEqual([3, 4]);
  });

  it('ranks the shortest by the smallest figure reported', () => {
    expect(shortest.map(id)).toEqual(['call', 'feb', 'mar']);
  });

  it('leaves out events nobody timed', () => {
    expect(timed).toBe(5);
    expect([...longest, ...shortest].map(id)).not.toContain('jeddah');
  });
});

describe('rowsToRead', () => {
  it('reads each shown event once, and only those', () => {
    const extremes = longestAndShortest(columns, all, 3);
    expect(rowsToRead(extremes).map((row) => columns.ids[row])).toEqual([
      'istanbul',
      'riyadh',
      'mar',
      'call',
      'feb',
    ]);
  });
});
