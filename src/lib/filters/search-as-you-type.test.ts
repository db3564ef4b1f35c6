import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { searchAsYouType, type HistoryMode } from './search-as-you-type';

describe('search as you type', () => {
  let applied: [string, HistoryMode][];
  let type: (q: string) => void;

  beforeEach(() => {
    vi.useFakeTimers();
    applied = [];
    type = searchAsYouType((q, mode) => applied.push([q, mode]), {
      throttleMs: 100,
      burstMs: 1000,
    });
  });
  afterEach(() => vi.useRealTimers());

  it('answers the first key at once, as a history entry', () => {
    type('w');
    expect(applied).toEqual([['w', 'push']]);
  });

  it('folds fast keys into one answer with the latest text, replacing the entry', () => {
    type('w');
    vi.advanceTimersByTime(20);
    type('wi');
    vi.advanceTimersByTime(20);
    type('wit');
    expect(applied).toEqual([['w', 'push']]);
    vi.advanceTimersByTime(60);
    expect(applied).toEqual([
      ['w', 'push'],
      ['wit', 'replace'],
    ]);
  });

  it('never drops the last key typed', () => {
    for (const q of ['p', 'pu', 'put', 'puti', 'putin']) {
      type(q);
      vi.advanceTimersByTime(30);
    }
    vi.runAllTimers();
    expect(applied.at(-1)).toEqual(['putin', 'replace']);
  });

  it('starts a new history entry after a pause in typing', () => {
    type('geneva');
    vi.advanceTimersByTime(1500);
    type('riyadh');
    expect(applied).toEqual([
      ['geneva', 'push'],
      ['riyadh', 'push'],
    ]);
  });
});
