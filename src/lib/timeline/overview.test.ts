import { describe, expect, it } from 'vitest';
import { histogram } from './overview';
import { views } from './test-data';

describe('overview histogram', () => {
  it('counts every event once, in the bin of its start', () => {
    const events = views([
      { start: '2025-01-10' },
      { start: '2025-01-20' },
      { start: '2025-12-20' },
    ]);
    const counts = histogram(events, [Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)], 12);
    expect(Array.from(counts)).toEqual([2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('clamps events at the edges into the first and last bins', () => {
    const events = views([{ start: '2024-06-01' }, { start: '2027-01-01' }]);
    const counts = histogram(events, [Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)], 4);
    expect(Array.from(counts)).toEqual([1, 0, 0, 1]);
  });
});
