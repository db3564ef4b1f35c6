/**
 * What runs after the browser has painted (./after-paint.svelte.ts), one job to a task so the
 * page can paint between them, the urgent ones first: after a filter at 100,000 events the
 * views under the chart (map, numbers, people) come before the list's cards, which take longer
 * to build and which the reader scrolls to.
 */
export interface PaintQueue {
  /** Queues `job`; the function returned takes it out again if it has not run yet. */
  add(job: () => void, urgent: boolean): () => void;
}

/** A queue whose jobs run through `later` (a new task each: setTimeout in the browser). */
export function paintQueue(
  later: (run: () => void) => void = (run) => setTimeout(run),
): PaintQueue {
  const jobs: { job: () => void; urgent: boolean }[] = [];
  let scheduled = false;
  function runOne() {
    scheduled = false;
    const at = Math.max(
      0,
      jobs.findIndex((entry) => entry.urgent),
    );
    const [next] = jobs.splice(at, 1);
    if (jobs.length) schedule();
    next?.job();
  }
  function schedule() {
    if (scheduled) return;
    scheduled = true;
    later(runOne);
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
