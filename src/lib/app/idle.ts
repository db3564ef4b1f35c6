/**
 * Runs `task` when the browser has nothing else to do, and at the latest after `timeoutMs` on
 * a page that is never idle; where the browser cannot tell (no requestIdleCallback, as in
 * Safari), soon.
 */
export function whenIdle(task: () => void, timeoutMs = 5000): void {
  if (typeof requestIdleCallback === 'function')
    requestIdleCallback(() => task(), { timeout: timeoutMs });
  else setTimeout(task, 200);
}

/** `whenIdle` as a promise. */
export function idle(timeoutMs?: number): Promise<void> {
  return new Promise((resolve) => whenIdle(resolve, timeoutMs));
}
