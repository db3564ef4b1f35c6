/**
 * The timeline's zoom: d3-zoom owns the gesture maths (wheel, drag, pinch, double-click); this
 * module owns what the app means by it. A view is a range of dates; the zoom transform is how
 * far the whole dataset's scale is stretched and moved to show it. The maths between the two
 * are pure functions (tested as tables in zoom.test.ts); `TimelineZoom` ties them to one SVG
 * element, draws at most once a frame, and tells the app the new range once the reader stops.
 */
import { select, zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3';
import type { TimeScale } from './scale';

export type Range = [number, number];

const HOUR = 3_600_000;
/** The reader stops moving for this long before the range goes to the URL. */
export const RANGE_DEBOUNCE_MS = 250;

/** The deepest zoom: six hours across the chart, or twice the dataset when it is shorter. */
export function maxZoomFor(extent: Range): number {
  return Math.max(2, (extent[1] - extent[0]) / (6 * HOUR));
}

/** The dates a transform shows, given the unzoomed scale. */
export function rangeOf(t: ZoomTransform, base: TimeScale): Range {
  const [a, b] = t.rescaleX(base).domain() as [Date, Date];
  return [a.getTime(), b.getTime()];
}

/** The transform that shows `range` (as near as the zoom limits allow). */
export function transformFor(
  range: Range,
  base: TimeScale,
  width: number,
  maxZoom: number,
): ZoomTransform {
  const x0 = base(range[0]);
  const x1 = base(range[1]);
  const k = Math.min(maxZoom, Math.max(1, width / Math.max(1e-9, x1 - x0)));
  return zoomIdentity.scale(k).translate(-x0, 0);
}

/** Does the transform show everything? (Then the URL carries no range.) */
export function fitsAll(t: ZoomTransform): boolean {
  return t.k === 1 && Math.abs(t.x) < 0.5;
}

/**
 * Is `shown` the same view as `wanted`, within a pixel and a minute? A range read back from
 * the URL is rounded, and snapping to it would jerk the view under the reader's hand.
 */
export function sameView(shown: Range, wanted: Range, width: number): boolean {
  const tolerance = 60_000 + (shown[1] - shown[0]) / Math.max(1, width);
  return Math.abs(shown[0] - wanted[0]) <= tolerance && Math.abs(shown[1] - wanted[1]) <= tolerance;
}

/**
 * The range to move to so that `span` is in view, keeping the zoom: centred on it; undefined
 * when it is in view already.
 */
export function revealRange(shown: Range, span: Range): Range | undefined {
  if (span[0] >= shown[0] && span[1] <= shown[1]) return undefined;
  const width = shown[1] - shown[0];
  const centre = (span[0] + span[1]) / 2;
  return [centre - width / 2, centre + width / 2];
}

/** setTimeout and requestAnimationFrame, injectable so tests control time. */
export interface Clock {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  requestAnimationFrame(run: () => void): unknown;
}

const browserClock: Clock = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  requestAnimationFrame: (run) => requestAnimationFrame(run),
};

/** Runs the last function given, once calls have stopped for `ms`. */
export class Debounce {
  #handle: unknown;
  constructor(
    private readonly ms: number,
    private readonly clock: Pick<Clock, 'setTimeout' | 'clearTimeout'> = browserClock,
  ) {}

  call(run: () => void): void {
    this.clock.clearTimeout(this.#handle);
    this.#handle = this.clock.setTimeout(run, this.ms);
  }
}

export interface ZoomView {
  /** The whole dataset's scale, unzoomed. */
  base: TimeScale;
  width: number;
  height: number;
  maxZoom: number;
}

export interface ZoomListener {
  /** The transform to draw, at most once a frame. */
  ontransform: (t: ZoomTransform) => void;
  /** The range after the reader moved the view, debounced; undefined when it fits all. */
  onrange: (range: Range | undefined) => void;
}

export class TimelineZoom {
  #behaviour: ZoomBehavior<SVGSVGElement, unknown> | undefined;
  #svg: SVGSVGElement | undefined;
  #view: ZoomView | undefined;
  /** The newest transform, which may not be drawn yet. */
  #latest: ZoomTransform = zoomIdentity;
  #frame: unknown;
  #rangeSoon: Debounce;

  constructor(
    private readonly listener: ZoomListener,
    private readonly clock: Clock = browserClock,
  ) {
    this.#rangeSoon = new Debounce(RANGE_DEBOUNCE_MS, clock);
  }

  get attached(): boolean {
    return this.#behaviour !== undefined;
  }

  /** The dates in view (the newest transform's). */
  get range(): Range {
    return this.#view ? rangeOf(this.#latest, this.#view.base) : [0, 0];
  }

  /**
   * Let the reader zoom and pan `svg` for this view, starting at `keep` (or everything).
   * Returns the detach function; attach again when the view's size or dataset changes.
   */
  attach(svg: SVGSVGElement, view: ZoomView, keep: Range | undefined): () => void {
    const area: [[number, number], [number, number]] = [
      [0, 0],
      [view.width, view.height],
    ];
    const behaviour = zoom<SVGSVGElement, unknown>()
      // No animated double-click zoom: it would need d3-transition, and reduced motion wants none.
      .duration(0)
      .scaleExtent([1, view.maxZoom])
      .extent(area)
      .translateExtent(area)
      .on('zoom', (event) => this.#moved(event.transform, Boolean(event.sourceEvent)));
    this.#svg = svg;
    this.#view = view;
    this.#behaviour = behaviour;
    const selection = select(svg);
    selection.call(behaviour);
    selection.call(behaviour.transform, keep ? this.#transformFor(keep) : zoomIdentity);
    return () => {
      selection.on('.zoom', null);
    };
  }

  /** A range from the URL (load, back/forward): move only if it differs from what shows. */
  follow(wanted: Range | undefined): void {
    const view = this.#view;
    if (!view || !this.attached) return;
    const target = wanted ?? rangeOf(zoomIdentity, view.base);
    if (!sameView(this.range, target, view.width))
      this.#apply(wanted ? this.#transformFor(wanted) : zoomIdentity);
  }

  zoomBy(factor: number, atX?: number): void {
    const view = this.#view;
    if (this.#svg && this.#behaviour && view)
      select(this.#svg).call(this.#behaviour.scaleBy, factor, [
        atX ?? view.width / 2,
        view.height / 2,
      ]);
    this.#emitRangeSoon();
  }

  panBy(pixels: number): void {
    if (this.#svg && this.#behaviour)
      select(this.#svg).call(this.#behaviour.translateBy, pixels / this.#latest.k, 0);
    this.#emitRangeSoon();
  }

  fitAll(): void {
    this.#apply(zoomIdentity);
    this.#emitRangeSoon();
  }

  showRange(range: Range): void {
    this.#apply(this.#transformFor(range));
    this.#emitRangeSoon();
  }

  /** Bring `span` into view if it is not (the keyboard's focus moved there). */
  reveal(span: Range): void {
    const target = revealRange(this.range, span);
    if (target) this.showRange(target);
  }

  #transformFor(range: Range): ZoomTransform {
    const view = this.#view as ZoomView;
    return transformFor(range, view.base, view.width, view.maxZoom);
  }

  #apply(t: ZoomTransform): void {
    if (this.#svg && this.#behaviour) select(this.#svg).call(this.#behaviour.transform, t);
  }

  #moved(next: ZoomTransform, byUser: boolean): void {
    this.#latest = next;
    // Wheel events come faster than frames: draw once per frame.
    if (this.#frame === undefined) {
      this.#frame = this.clock.requestAnimationFrame(() => {
        this.#frame = undefined;
        this.listener.ontransform(this.#latest);
      });
    }
    if (byUser) this.#emitRangeSoon();
  }

  #emitRangeSoon(): void {
    this.#rangeSoon.call(() =>
      this.listener.onrange(fitsAll(this.#latest) ? undefined : this.range),
    );
  }
}
