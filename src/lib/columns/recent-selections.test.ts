import { describe, expect, it } from 'vitest';
import type { EventColumns } from './event-columns';
import { forRecentSelections } from './recent-selections';

const columns = {} as EventColumns;

describe('counts kept for the recent selections', () => {
  it('counts a selection once while it is one of the last two, and again after', () => {
    let counted = 0;
    const total = forRecentSelections((_, rows) => {
      counted++;
      return Array.from(rows).reduce((a, b) => a + b, 0);
    });
    const every = Uint32Array.of(1, 2, 3);
    const filtered = Uint32Array.of(2);
    expect(total(columns, every)).toBe(6);
    expect(total(columns, filtered)).toBe(2);
    // The filter cleared: the rows of before, given back without counting.
    expect(total(columns, every)).toBe(6);
    expect(counted).toBe(2);
    // Two other selections later it is counted again.
    total(columns, Uint32Array.of(1));
    total(columns, Uint32Array.of(3));
    expect(total(columns, every)).toBe(6);
    expect(counted).toBe(5);
  });

  it('keeps the selection a reader keeps coming back to: filter, clear, another filter, clear', () => {
    let counted = 0;
    const size = forRecentSelections((_, rows) => (counted++, rows.length));
    const every = Uint32Array.of(1, 2, 3);
    size(columns, every);
    size(columns, Uint32Array.of(1));
    size(columns, every);
    size(columns, Uint32Array.of(2));
    expect(size(columns, every)).toBe(3);
    expect(counted).toBe(3);
  });

  it('never gives one dataset the counts of another with equal rows', () => {
    const rows = Uint32Array.of(0);
    const size = forRecentSelections((c) => (c as unknown as { n: number }).n);
    expect(size({ n: 1 } as unknown as EventColumns, rows)).toBe(1);
    expect(size({ n: 2 } as unknown as EventColumns, rows)).toBe(2);
  });
});
