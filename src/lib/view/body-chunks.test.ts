import { describe, expect, it } from 'vitest';
import { BoundedCache, PendingReads, chunkOf, chunksHolding } from './body-chunks';

describe('where a record is stored', () => {
  it('is the chunk of its file index and its place in it', () => {
    expect(chunkOf(0, 1000)).toEqual({ chunk: 0, offset: 0 });
    expect(chunkOf(999, 1000)).toEqual({ chunk: 0, offset: 999 });
    expect(chunkOf(1000, 1000)).toEqual({ chunk: 1, offset: 0 });
    expect(chunkOf(25_431, 1000)).toEqual({ chunk: 25, offset: 431 });
  });

  it('a set of records needs each chunk that holds one, once, in order', () => {
    expect(chunksHolding([2500, 3, 999, 1000, 2501], 1000)).toEqual([0, 1, 2]);
    expect(chunksHolding([], 1000)).toEqual([]);
  });
});

describe('the records kept after reading', () => {
  it('forget the one used longest ago once over the limit', () => {
    const cache = new BoundedCache<number, string>(2);
    cache.set(1, 'a');
    cache.set(2, 'b');
    expect(cache.get(1)).toBe('a'); // 1 is now the most recently used
    cache.set(3, 'c');
    expect(cache.has(2)).toBe(false);
    expect(cache.keys()).toEqual([1, 3]);
    expect(cache.size).toBe(2);
  });

  it('never forget a pinned entry (a card on screen), even over the limit', () => {
    const onScreen = new Set([1, 2]);
    const cache = new BoundedCache<number, string>(2, (key) => onScreen.has(key));
    cache.set(1, 'a');
    cache.set(2, 'b');
    cache.set(3, 'c');
    expect(cache.keys()).toEqual([1, 2, 3]); // nothing could go but the newest
    cache.set(4, 'd');
    expect(cache.keys()).toEqual([1, 2, 4]); // 3 was not pinned
    onScreen.clear();
    cache.set(5, 'e');
    expect(cache.keys()).toEqual([4, 5]);
  });

  it('setting a kept key again keeps one entry, the new value', () => {
    const cache = new BoundedCache<string, number>(3);
    cache.set('x', 1);
    cache.set('x', 2);
    expect(cache.size).toBe(1);
    expect(cache.get('x')).toBe(2);
  });
});

describe('records asked for', () => {
  it('are read in one batch per task, and not asked for again while being read', () => {
    const pending = new PendingReads<{ index: number }>();
    const a = { index: 4 };
    const b = { index: 7 };
    expect(pending.want(a)).toBe(true); // starts a batch: the caller schedules a read
    expect(pending.want(b)).toBe(false); // joins it
    expect(pending.want(a)).toBe(false); // already asked for
    const batch = pending.take();
    expect(batch).toEqual([a, b]);
    expect(pending.want(a)).toBe(false); // being read
    pending.done(batch);
    expect(pending.want(a)).toBe(true); // asked again after the read (it failed or was dropped)
  });
});
