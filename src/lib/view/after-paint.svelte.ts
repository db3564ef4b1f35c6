/**
 * A value that follows its inputs once the browser has painted: for what may come a frame
 * after the chart (the list's cards, the filter panel's counts) rather than hold its redraw
 * back. `inputs` is read (and tracked) at once, cheaply; `compute` runs after the paint, so
 * the work it does is not in the frame that redraws the chart. Create it while a component
 * initialises (it owns an effect).
 */
export class AfterPaint<T> {
  current = $state.raw<T>() as T;

  constructor(inputs: () => unknown, compute: () => T, initial: T) {
    this.current = initial;
    $effect(() => {
      inputs();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const frame = requestAnimationFrame(() => {
        timer = setTimeout(() => (this.current = compute()));
      });
      return () => {
        cancelAnimationFrame(frame);
        clearTimeout(timer);
      };
    });
  }
}
