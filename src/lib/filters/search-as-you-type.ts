/**
 * A search box that answers as the reader types. Keys are folded into one answer per frame:
 * the latest text is applied in the next animation frame, and keys typed while an answer is
 * still being drawn wait for the frame after it. So a fast redraw answers each key, a slow one
 * (100,000 events) skips the keys it could not keep up with, and no fixed pause is added.
 *
 * A burst of typing is one history entry: its first answer is a 'push' (Back undoes the
 * search), the answers after it within `burstMs` of the last one are 'replace'.
 */
export type HistoryMode = 'push' | 'replace';

/** How long a pause in typing ends a burst, in ms. */
export const BURST_MS = 1000;

export interface SearchScheduling {
  /** Runs `task` before the next paint (requestAnimationFrame in a browser). */
  nextFrame: (task: () => void) => void;
  now: () => number;
}

const BROWSER: SearchScheduling = {
  nextFrame: (task) =>
    typeof requestAnimationFrame === 'function' ? requestAnimationFrame(task) : setTimeout(task),
  now: () => Date.now(),
};

export function searchAsYouType(
  apply: (q: string, mode: HistoryMode) => void,
  scheduling: SearchScheduling = BROWSER,
): (q: string) => void {
  let lastApplied = -Infinity;
  let latest = '';
  let scheduled = false;

  return (q) => {
    latest = q;
    if (scheduled) return;
    scheduled = true;
    scheduling.nextFrame(() => {
      scheduled = false;
      const at = scheduling.now();
      apply(latest, at - lastApplied > BURST_MS ? 'push' : 'replace');
      lastApplied = at;
    });
  };
}
