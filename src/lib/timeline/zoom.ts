/**
 * The timeline's zoom: this module owns what the app means by it; d3-zoom only reads the
 * reader's gestures (wheel, drag, pinch, double-click, zoom-gestures.ts). A view is a range of
 * dates; the transform is how far the whole dataset's scale is stretched and moved to show it.
 * The maths between the two are pure functions (tested as tables in zoom.test.ts);
 * `TimelineZoom` ties them to one SVG element, draws at most once a frame, and tells the app
 * the new range once the reader stops.
 *
 * The gestures load after the page has drawn (d3-zoom, d3-selection and d3-transition are a
 * tenth of the first load): the first paint, the buttons, the keys and a range from the URL
 * need only the maths here, which are d3-zoom's own (scale about a point, kept inside the
 * chart), so a view moves the same whichever way it was asked for.
 */
import { pageLoaded } from '../app/lazy';
import type { TimeScale } from './scale';
import type { Gestures } from './zoom-gestures';

export type Range = [number, number];

const HOUR = 3_600_000;
/** The reader stops moving for this long before the range goes to the URL. */
export const RANGE_DEBOUNCE_MS = 250;

/** The deepest zoom: six hours across the chart, or twice the dataset when it is shorter. */
export function maxZoomFor(extent: Range): number {
  return Math.max(2, (extent[1] - extent[0]) / (6 * HOUR));
}

/**
 * How far the unzoomed scale is stretched (`k`, 1 shows everything) and moved (`x`, pixels):
 * d3-zoom's transform, read across only (the timeline never moves up or down).
 */
export interface ViewTransform {
  readonly k: number;
  readonly x: number;
}

export const IDENTITY: ViewTransform = { k: 1, x: 0 };

/** The scale that draws the view `t`: d3-zoom's `transform.rescaleX`. */
export function rescaled(base: TimeScale, t: ViewTransform): TimeScale {
  return base.copy().domain(base.range().map((px) => base.invert((px - t.x) / t.k)));
}

/** The dates a transform shows, given the unzoomed scale. */
export function rangeOf(t: ViewTransform, base: TimeScale): Range {
  const [a, b] = rescaled(base, t).domain() as [number, number];
  return [a, b];
}

/** The transform that shows `range` (as near as the zoom limits allow). */
export function transformFor(
  range: Range,
  base: TimeScale,
  width: number,
  maxZoom: number,
): ViewTransform {
  const x0 = base(range[0]);
  const x1 = base(range[1]);
  const k = Math.min(maxZoom, Math.max(1, width / Math.max(1e-9, x1 - x0)));
  return { k, x: -x0 * k };
}

/**
 * Keep the dataset across the whole chart, as d3-zoom does with the chart as its extent and
 * translate extent: no empty space before the first date or after the last.
 */
export function within(t: ViewTransform, width: number): ViewTransform {
  return { k: t.k, x: Math.min(0, Math.max(width - width * t.k, t.x)) };
}

/**
 * Zoom by `factor` about the pixel `at`, which keeps its date (d3-zoom's `scaleBy`), within
 * 1× and `maxZoom`.
 */
export function scaledBy(
  t: ViewTransform,
  factor: number,
  at: number,
  width: number,
  maxZoom: number,
): ViewTransform {
  const k = Math.min(maxZoom, Math.max(1, t.k * factor));
  return within({ k, x: at - ((at - t.x) / t.k) * k }, width);
}

/** Move the view by `pixels` on screen (d3-zoom's `translateBy`, in screen pixels). */
export function pannedBy(t: ViewTransform, pixels: number, width: number): ViewTransform {
  return within({ k: t.k, x: t.x + pixels }, width);
}

/** Does the transform show everything? (Then the URL carries no range.) */
export function fitsAll(t: ViewTransform): boolean {
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

/** Frames a glide takes (about 0.6 s at 60 frames a second): a story's step moving the chart. */
export const GLIDE_FRAMES = 36;

/**
 * The range `t` (0 to 1) of the way from `from` to `to`, eased in and out: the centre moves
 * evenly and the width by a constant ratio per step, so zooming out feels as even as zooming in.
 */
export function glideRange(from: Range, to: Range, t: number): Range {
  if (t >= 1) return to;
  if (t <= 0) return from;
  const eased = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
  const centre = (from[0] + from[1]) / 2 + ((to[0] + to[1]) / 2 - (from[0] + from[1]) / 2) * eased;
  const width = (from[1] - from[0]) * ((to[1] - to[0]) / (from[1] - from[0])) ** eased;
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
  ontransform: (t: ViewTransform) => void;
  /** The range after the reader moved the view, debounced; undefined when it fits all. */
  onrange: (range: Range | undefined) => void;
  /**
   * The view started moving (true) or came to rest (false: no move for RANGE_DEBOUNCE_MS,
   * just before `onrange`). Whatever moves the view for the reader starts it: a gesture, a
   * button or key, a click on the axis or a count, the overview's brush, the view brought to
   * an opened or focused event. A range followed from the URL or a story's glide does not.
   */
  onmoving?: (moving: boolean) => void;
}

/** d3-zoom, fetched once, after the page's load event: only the reader's gestures need it. */
let gesturesModule: Promise<typeof import('./zoom-gestures')> | undefined;
export const loadGestures = () =>
  (gesturesModule ??= pageLoaded()
    .then(() => import('./zoom-gestures'))
    .catch((error) => {
      // Offline before the code was cached: buttons and keys still zoom; try again next time.
      gesturesModule = undefined;
      throw error;
    }));

export class TimelineZoom {
  #view: ZoomView | undefined;
  /** The newest transform, which may not be drawn yet. */
  #latest: ViewTransform = IDENTITY;
  #frame: unknown;
  #rangeSoon: Debounce;
  #moving = false;
  /** Wheel, drag, pinch and double-click, once their code has come. */
  #gestures: Gestures | undefined;

  constructor(
    private readonly listener: ZoomListener,
    private readonly clock: Clock = browserClock,
  ) {
    this.#rangeSoon = new Debounce(RANGE_DEBOUNCE_MS, clock);
  }

  get attached(): boolean {
    return this.#view !== undefined;
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
    this.#view = view;
    this.#moved(keep ? this.#transformFor(keep) : IDENTITY, false);
    let detached = false;
    void loadGestures().then(
      (gestures) => {
        if (detached) return;
        this.#gestures = gestures.attachGestures(svg, view, this.#latest, (t, byUser) =>
          this.#moved(t, byUser),
        );
      },
      () => undefined,
    );
    return () => {
      detached = true;
      this.#gestures?.detach();
      this.#gestures = undefined;
    };
  }

  /**
   * A range from the URL (load, back/forward): move only if it is another range than the one
   * last followed, and differs from what shows. The same range given again (the page worked it
   * out afresh, say after a dataset update) must not undo what the reader or the open event's
   * reveal did since.
   */
  follow(wanted: Range | undefined, glide = false): void {
    const view = this.#view;
    if (!view) return;
    const last = this.#followed;
    if (last !== NOT_YET && sameWanted(last, wanted)) return;
    this.#followed = wanted;
    const target = wanted ?? rangeOf(IDENTITY, view.base);
    if (sameView(this.range, target, view.width)) return;
    if (glide) this.#glide(this.range, target, wanted === undefined);
    else this.#apply(wanted ? this.#transformFor(wanted) : IDENTITY);
  }

  /** A glide under way stops at the frame it reached: the reader or a new range took over. */
  #glideRun = 0;

  /** Move to `to` over GLIDE_FRAMES frames; `all`: it ends showing everything. */
  #glide(from: Range, to: Range, all: boolean): void {
    const run = ++this.#glideRun;
    let frame = 0;
    const step = () => {
      if (run !== this.#glideRun || !this.#view) return;
      frame++;
      const done = frame >= GLIDE_FRAMES;
      this.#apply(
        done && all ? IDENTITY : this.#transformFor(glideRange(from, to, frame / GLIDE_FRAMES)),
        false,
      );
      if (!done) this.clock.requestAnimationFrame(step);
    };
    this.clock.requestAnimationFrame(step);
  }

  #followed: Range | undefined | typeof NOT_YET = NOT_YET;

  zoomBy(factor: number, atX?: number): void {
    const view = this.#view;
    if (view)
      this.#apply(scaledBy(this.#latest, factor, atX ?? view.width / 2, view.width, view.maxZoom));
    this.#emitRangeSoon();
  }

  panBy(pixels: number): void {
    const view = this.#view;
    if (view) this.#apply(pannedBy(this.#latest, pixels, view.width));
    this.#emitRangeSoon();
  }

  fitAll(): void {
    this.#apply(IDENTITY);
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

  #transformFor(range: Range): ViewTransform {
    const view = this.#view as ZoomView;
    return transformFor(range, view.base, view.width, view.maxZoom);
  }

  /** Move to `t`: through d3-zoom once it is there, so its own state follows. */
  #apply(t: ViewTransform, stopsGlide = true): void {
    if (!this.#view) return;
    if (stopsGlide) this.#glideRun++;
    if (this.#gestures) this.#gestures.moveTo(t);
    else this.#moved(t, false);
  }

  #moved(next: ViewTransform, byUser: boolean): void {
    if (byUser) this.#glideRun++;
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
    if (!this.#moving) {
      this.#moving = true;
      this.listener.onmoving?.(true);
    }
    this.#rangeSoon.call(() => {
      this.#moving = false;
      this.listener.onmoving?.(false);
      this.listener.onrange(fitsAll(this.#latest) ? undefined : this.range);
    });
  }
}

/** No range followed yet. */
const NOT_YET = Symbol('not yet');

function sameWanted(a: Range | undefined, b: Range | undefined): boolean {
  return a === b || (!!a && !!b && a[0] === b[0] && a[1] === b[1]);
}
