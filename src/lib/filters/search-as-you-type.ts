/**
 * A search box that answers as the reader types. The first key of a burst applies at once
 * (nothing to wait for: the column search answers 100,000 events in milliseconds); keys that
 * follow within `throttleMs` of an answer are folded into one, so fast typing does not redraw
 * per key. A burst is one history entry: the first answer of a burst is a 'push' (Back undoes
 * the search), the answers after it within `burstMs` are 'replace' (no entry per key).
 */
export type HistoryMode = 'push' | 'replace';

export interface SearchTiming {
  throttleMs: number;
  burstMs: number;
}

export const SEARCH_TIMING: SearchTiming = { throttleMs: 120, burstMs: 1000 };

export function searchAsYouType(
  apply: (q: string, mode: HistoryMode) => void,
  timing: SearchTiming = SEARCH_TIMING,
  now: () => number = Date.now,
): (q: string) => void {
  let lastApplied = -Infinity;
  let pending = '';
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = (q: string) => {
    const at = now();
    apply(q, at - lastApplied > timing.burstMs ? 'push' : 'replace');
    lastApplied = at;
  };

  return (q) => {
    const wait = lastApplied + timing.throttleMs - now();
    if (wait <= 0 && timer === undefined) {
      run(q);
      return;
    }
    pending = q;
    timer ??= setTimeout(
      () => {
        timer = undefined;
        run(pending);
      },
      Math.max(0, wait),
    );
  };
}
