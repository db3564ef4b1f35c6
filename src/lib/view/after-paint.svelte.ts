/**
 * A value that follows its inputs once the browser has painted: for what may come a frame
 * after the chart (the list's cards, the filter panel's counts) rather than hold its redraw
 * back. `inputs` is read (and tracked) at once, cheaply; `compute` runs after the paint, so
 * the work it does is not in the frame that redraws the chart. Each value follows in a task of
 * its own (./paint-queue.ts), the `urgent` ones first. Create it while a component initialises
 * (it owns an effect).
 */
import { paintQueue } from './paint-queue';

const afterPaint = paintQueue();

export class AfterPaint<T> {
  current = $state.raw<T>() as T;

  constructor(inputs: () => unknown, compute: () => T, initial: T, urgent = false) {
    this.current = initial;
    $effect(() => {
      inputs();
      let dequeue: (() => void) | undefined;
      const frame = requestAnimationFrame(() => {
        dequeue = afterPaint.add(() => (this.current = compute()), urgent);
      });
      return () => {
        cancelAnimationFrame(frame);
        dequeue?.();
      };
    });
  }
}
