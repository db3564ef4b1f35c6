/**
 * What runs after the browser has painted (./after-paint.svelte.ts): the urgent jobs first, all
 * in one task, then the others one to a task. After a filter at 100,000 events the views under
 * the chart (map, numbers, people) come before the list's cards, which take longer to build and
 * which the reader scrolls to. The views run together so that one frame draws all three: run a
 * task each, with the page's layout and paint between them, the last came 140 ms after the
 * chart instead of 60. Once the urgent jobs have run, the others wait for the page to paint
 * them: the browser does not always paint between two tasks, and the views would wait for the
 * cards.
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
  function runNext() {
    scheduled = false;
    const urgent = jobs.filter((entry) => entry.urgent);
    const now = urgent.length ? urgent : jobs.slice(0, 1);
    for (const entry of now) jobs.splice(jobs.indexOf(entry), 1);
    if (jobs.length) schedule(urgent.length > 0);
    for (const entry of now) entry.job();
  }
  function schedule(paintFirst = false) {
    if (scheduled) return;
    scheduled = true;
    (paintFirst ? afterPaint : later)(runNext);
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
