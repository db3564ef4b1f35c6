/**
 * Where an event's record is stored, and a bounded memory of the records read: the pure half
 * of reading event bodies from IndexedDB (./event-bodies.svelte.ts is the reactive half).
 */

/**
 * The stored chunk that holds the event at `index` in the file, and its place in that chunk,
 * for chunks of `size` events (CHUNK_SIZE in ../db/db.ts, passed in so this module, loaded
 * after the first draw, does not share a chunk of code with the database's).
 */
export function chunkOf(index: number, size: number): { chunk: number; offset: number } {
  return { chunk: Math.floor(index / size), offset: index % size };
}

/** The chunks of `size` events that hold the events at `indexes`, each once, in order. */
export function chunksHolding(indexes: Iterable<number>, size: number): number[] {
  const chunks = new Set<number>();
  for (const index of indexes) chunks.add(chunkOf(index, size).chunk);
  return [...chunks].sort((a, b) => a - b);
}

/**
 * A map that keeps at most `limit` entries, forgetting the one used longest ago: the records of
 * the cards on screen stay, those scrolled past long ago go. (A Map iterates in insertion
 * order, so re-inserting on each use keeps the oldest first.) A `pinned` entry is never
 * forgotten, even over the limit: forgetting a card still on screen would only read it again.
 */
export class BoundedCache<K, V> {
  readonly #entries = new Map<K, V>();

  constructor(
    readonly limit: number,
    private readonly pinned: (key: K) => boolean = () => false,
  ) {}

  get size(): number {
    return this.#entries.size;
  }

  get(key: K): V | undefined {
    const value = this.#entries.get(key);
    if (value === undefined) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  has(key: K): boolean {
    return this.#entries.has(key);
  }

  set(key: K, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    for (const old of this.#entries.keys()) {
      if (this.#entries.size <= this.limit) break;
      if (old !== key && !this.pinned(old)) this.#entries.delete(old);
    }
  }

  keys(): K[] {
    return [...this.#entries.keys()];
  }
}

/**
 * Records asked for and not read yet, gathered so that one read serves every card that asked
 * in the same task, and never asked for twice while a read of them is on its way.
 */
export class PendingReads<T extends { readonly index: number }> {
  readonly #wanted = new Map<number, T>();
  readonly #reading = new Set<number>();

  /** Asks for `item`; true when it starts a new batch (the caller schedules its read). */
  want(item: T): boolean {
    if (this.#reading.has(item.index) || this.#wanted.has(item.index)) return false;
    this.#wanted.set(item.index, item);
    return this.#wanted.size === 1;
  }

  /** The batch to read now; its items count as being read until `done`. */
  take(): T[] {
    const batch = [...this.#wanted.values()];
    this.#wanted.clear();
    for (const item of batch) this.#reading.add(item.index);
    return batch;
  }

  done(batch: readonly T[]): void {
    for (const item of batch) this.#reading.delete(item.index);
  }
}
