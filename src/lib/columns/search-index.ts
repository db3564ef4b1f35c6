/**
 * The text search over columns. It answers exactly as `applyFilters` in filters/filters.ts
 * does — an event matches a word when its folded search text contains the word anywhere, even
 * inside another word — so it keeps that same text, but packed: the texts of 4,096 events
 * joined into one string, with each event's start offset in a typed array. 100,000 separate
 * strings would cost a header each and live as 100,000 heap objects; 25 chunk strings do not,
 * and V8 stores a chunk in one byte per character unless that chunk has a character beyond
 * Latin-1 (chunking keeps one Cyrillic name from doubling the whole index).
 *
 * A word is found with `indexOf` over each chunk, which the engine does far faster than a loop
 * over 100,000 strings; a hit counts for an event only when it lies wholly inside that event's
 * text, so the separator between texts can never create a match that the per-event search
 * would not have found.
 */

/** Events per chunk string. */
export const EVENTS_PER_CHUNK = 4096;

/** Between two events' texts in a chunk; any character would do (see above). */
const SEPARATOR = '\n';

export interface SearchIndex {
  readonly count: number;
  /** Chunk c holds events [c × EVENTS_PER_CHUNK, (c + 1) × EVENTS_PER_CHUNK). */
  readonly chunks: readonly string[];
  /** Where each event's text starts in its chunk; it ends one separator before the next's. */
  readonly starts: Uint32Array;
}

/**
 * Packs the folded search texts of `count` events (in column order); `textOf(i)` must return
 * what `eventSearchText` gives for event i.
 */
export function buildSearchIndex(count: number, textOf: (i: number) => string): SearchIndex {
  const starts = new Uint32Array(count);
  const chunks: string[] = [];
  for (let first = 0; first < count; first += EVENTS_PER_CHUNK) {
    const last = Math.min(count, first + EVENTS_PER_CHUNK);
    const texts: string[] = new Array(last - first);
    let offset = 0;
    for (let i = first; i < last; i++) {
      const text = textOf(i);
      texts[i - first] = text;
      starts[i] = offset;
      offset += text.length + SEPARATOR.length;
    }
    // join() writes one flat string: the 4,096 texts can then be collected.
    chunks.push(texts.join(SEPARATOR));
  }
  return { count, chunks, starts };
}

/**
 * Sets `hits[i]` to 1 for each event whose text contains `word` (already folded, not empty).
 * Events already hit are skipped over, so a word found everywhere costs one hit per event.
 * `indexOf` finds the hits of a chunk in order, so the event holding each is found by walking
 * on from the last one's, never back: one step per event in all, where a binary search per hit
 * cost more than the search itself for a common word.
 */
export function markEventsContaining(index: SearchIndex, word: string, hits: Uint8Array): void {
  const { chunks, starts, count } = index;
  for (let c = 0; c < chunks.length; c++) {
    const chunk = chunks[c] as string;
    const last = Math.min(count, (c + 1) * EVENTS_PER_CHUNK) - 1;
    let i = c * EVENTS_PER_CHUNK;
    let pos = chunk.indexOf(word);
    while (pos !== -1) {
      while (i < last && (starts[i + 1] as number) <= pos) i++;
      // Event i's text ends one separator before the next's starts (its chunk's end for the last).
      const end = i < last ? (starts[i + 1] as number) - SEPARATOR.length : chunk.length;
      if (pos + word.length <= end) {
        hits[i] = 1;
        // One hit per event is enough: go on from the next event's text.
        pos = chunk.indexOf(word, end + SEPARATOR.length);
      } else {
        pos = chunk.indexOf(word, pos + 1);
      }
    }
  }
}
