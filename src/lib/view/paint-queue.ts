/**
 * What runs after the browser has painted (./after-paint.svelte.ts), one job to a task, the
 * urgent ones first: after a filter at 100,000 events the views under the chart (map, numbers,
 * people) come before the list's cards, which take longer to build and which the reader
 * scrolls to. Once the urgent jobs have run, the others wait for the page to paint them: the
 * browser does not always paint between two tasks, and the views would wait for the cards.
 */
export interface PaintQueue {
  /** Queues `job`; the function returned takes it out again if it has not run yet. */
  add(job: () => void, urgent: boolean): () => void;
}

/**
 * A queue whose jobs run through `later` (a new task each: setTimeout in the browser), or
 * through `afterPaint` (a new task after the next paint) when urgent jobs have just run.
 */
export function paintQueue(
  later: (run: () => void) => void = (run) => setTimeout(run),
  afterPaint: (run: () => void) => void = (run) => requestAnimationFrame(() => setTimeout(run)),
): PaintQueue {
  const jobs: { job: () => void; urgent: boolean }[] = [];
  let scheduled = false;
  function runOne() {
    scheduled = false;
    const urgent = jobs.findIndex((entry) => entry.urgent);
    const [next] = jobs.splice(Math.max(0, urgent), 1);
    if (jobs.length) schedule(urgent !== -1 && !jobs.some((entry) => entry.urgent));
    next?.job();
  }
  function schedule(paintFirst = false) {
    if (scheduled) return;
    scheduled = true;
    (paintFirst ? afterPaint : later)(runOne);
  }
  return {
    add(job, urgent) {
      const entry = { job, urgent };
      jobs.push(entry);
      schedule();
      return () => {
        const at = jobs.indexOf(entry);
        if (at !== -1) jobs.splice(at, 1);
      };
    },
  };
}
