/**
 * A history kept in memory, for tests: the entries, where Back and Forward stand, and how
 * many times the page was reloaded, all readable.
 */
import type { ViewHistory } from './history';

export interface MemoryHistory extends ViewHistory {
  /** Every entry's query string, oldest first. */
  readonly entries: readonly string[];
  /** Which entry is current. */
  readonly index: number;
  readonly reloads: number;
  back(): void;
  forward(): void;
}

/** Starts at `address` (e.g. "https://p.test/app/?kind=summit"), one entry. */
export function memoryHistory(address: string): MemoryHistory {
  const url = new URL(address);
  const base = `${url.origin}${url.pathname}`;
  const entries = [url.search];
  let index = 0;
  let reloads = 0;
  const listeners = new Set<() => void>();
  const go = (step: number) => {
    const next = index + step;
    if (next < 0 || next >= entries.length) return;
    index = next;
    for (const listener of listeners) listener();
  };
  return {
    get entries() {
      return entries;
    },
    get index() {
      return index;
    },
    get reloads() {
      return reloads;
    },
    read: () => entries[index] ?? '',
    href: () => `${base}${entries[index] ?? ''}`,
    push(search) {
      entries.splice(index + 1, entries.length, search);
      index = entries.length - 1;
    },
    replace(search) {
      entries[index] = search;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reload: () => {
      reloads += 1;
    },
    back: () => go(-1),
    forward: () => go(1),
  };
}
