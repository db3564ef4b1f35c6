import { describe, expect, it } from 'vitest';
import { buildSearchIndex, EVENTS_PER_CHUNK, markEventsContaining } from './search-index';

/** The events whose text contains the word, as the per-event search finds them. */
function found(texts: string[], word: string): number[] {
  const index = buildSearchIndex(texts.length, (i) => texts[i] as string);
  const hits = new Uint8Array(texts.length);
  markEventsContaining(index, word, hits);
  return [...hits.keys()].filter((i) => hits[i] === 1);
}

const expected = (texts: string[], word: string) =>
  texts.flatMap((text, i) => (text.includes(word) ? [i] : []));

describe('search index', () => {
  it('finds a word inside an event’s text, even inside a longer word', () => {
    const texts = ['peace talks', 'istanbul', '', 'talkative'];
    expect(found(texts, 'talk')).toEqual([0, 3]);
    expect(found(texts, 'stan')).toEqual([1]);
    expect(found(texts, 'nothing')).toEqual([]);
  });

  it('never matches across two events’ texts, within a chunk or across chunks', () => {
    // Every text ends in "b" and starts with "a": "ba" spans a boundary everywhere.
    const count = EVENTS_PER_CHUNK * 2 + 10;
    const texts = Array.from({ length: count }, (_, i) => (i === 5000 ? 'xbay' : 'ab'));
    expect(found(texts, 'ba')).toEqual([5000]);
    expect(found(texts, 'b\na')).toEqual([]);
    expect(found(texts, 'ab')).toEqual(expected(texts, 'ab'));
  });

  it('finds each event once however often the word occurs, and the first and last events', () => {
    const count = EVENTS_PER_CHUNK + 3;
    const texts = Array.from({ length: count }, (_, i) =>
      i % 3 === 0 ? `ne ne ne ${i}` : `n${i}e`,
    );
    expect(found(texts, 'ne')).toEqual(expected(texts, 'ne'));
    expect(found(texts, `${count - 1}`)).toEqual(expected(texts, `${count - 1}`));
    expect(found(texts, 'ne ne ne 0')).toEqual([0]);
  });

  it('keeps a chunk of Latin text apart from one with Cyrillic', () => {
    const count = EVENTS_PER_CHUNK + 1;
    const texts = Array.from({ length: count }, (_, i) => (i === count - 1 ? 'київ' : 'kyiv'));
    const index = buildSearchIndex(count, (i) => texts[i] as string);
    expect(index.chunks).toHaveLength(2);
    expect(found(texts, 'київ')).toEqual([count - 1]);
  });
});
