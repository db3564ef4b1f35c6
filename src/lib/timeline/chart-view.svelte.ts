/**
 * The live chart's state, as runes: its width and zoom, what the pointer and the keyboard are
 * on, and from these and the component's inputs the view's layout (view-layout.ts), legend and
 * tooltips. Timeline.svelte composes the renderers over it; the decisions live in the pure
 * modules this calls (layout, labels, encoding, hit, zoom, nav).
 */
import { utcDayText } from '../model/dates';
import { untrack } from 'svelte';
import { AXIS_HEIGHT, viewGeometry } from './encoding';
import { binAt, binHolding, hitTest } from './hit';
import { ChartKeyboard, type KeyContext } from './keyboard.svelte';
import { spanOf, type LaneSet } from './lanes';
import type { Annotation } from './annotations';
import type { PlacedBin, PlacedMark } from './layout';
import { legendContent } from './legend';
import { lanesOf } from './nav';
import { createTimeScale, timeTicks } from './scale';
import { OpenEventReveal } from './reveal';
import { heightWhileMoving, lanesHeight } from './plot-height';
import { layoutView } from './view-layout';
import { IDENTITY, rangeOf, rescaled, TimelineZoom, type ViewTransform } from './zoom';

/** What the page gives the chart, read afresh at each use (the component's props). */
export interface ChartInputs {
  /** The events to draw, placed in lanes. */
  lanes: LaneSet;
  /** The whole dataset's span: the zoom is relative to it, so filtering does not move it. */
  extent: [number, number];
  /** The open event's id. */
  selectedId: string | null;
  /** Ids of the events the reader starred: their marks carry a ★. */
  starred?: ReadonlySet<string>;
  /** The visible range after the reader moved the view (debounced); undefined when it fits all. */
  onrange: (range: [number, number] | undefined) => void;
  /** Events an embed's author ringed, each with a short note beside its mark (`note=`, annotations.ts). */
  notes?: readonly Annotation[];
}

/**
 * Room kept under the lanes when notes have words: the tallest note (80 characters wrap to at
 * most three lines, annotations.ts) fits under a mark in the last row.
 */
const NOTE_ROOM = 64;

/** More marks than this are drawn on the canvas: no DOM element per event when dense. */
const SVG_MARK_LIMIT = 300;

/** A pointer position in the plot's own pixels (under the axis), and whether it is a finger. */
export interface PlotPoint {
  x: number;
  y: number;
  touch: boolean;
}

export class ChartView {
  width = $state(0);
  transform = $state.raw<ViewTransform>(IDENTITY);
  /** The mark under the pointer, and the count bar under it when no mark is. */
  hovered = $state.raw<PlacedMark | undefined>(undefined);
  hoveredBin = $state.raw<PlacedBin | undefined>(undefined);
  /** The chart has the keyboard focus: the focused mark then shows its title. */
  plotFocused = $state(false);
  /** The chart is one tab stop; keys move a focus between events (keyboard.svelte.ts). */
  readonly keyboard = new ChartKeyboard();
  readonly zoom: TimelineZoom;
  readonly #readInputs: () => ChartInputs;
  readonly #reveal = new OpenEventReveal();

  constructor(inputs: () => ChartInputs) {
    this.#readInputs = inputs;
    this.zoom = new TimelineZoom({
      ontransform: (t) => (this.transform = t),
      onrange: (r) => this.#inputs().onrange(r),
      onmoving: (moving) => (this.moving = moving),
    });
  }

  /** The inputs as they are now (a method: the deriveds below read it lazily, after construction). */
  #inputs(): ChartInputs {
    return this.#readInputs();
  }

  get lanes(): LaneSet {
    return this.#inputs().lanes;
  }

  readonly focus = $derived(this.keyboard.focus);
  readonly base = $derived(createTimeScale(this.#inputs().extent, Math.max(this.width, 1)));
  readonly x = $derived(rescaled(this.base, this.transform));
  /** The visible range as drawn. */
  readonly shown = $derived(rangeOf(this.transform, this.base));
  /** Marks, bins and labels; `geometry` is what the marks use after fitting (fit.ts). */
  readonly chart = $derived(
    layoutView(this.lanes, this.x, viewGeometry(this.width), this.#inputs().starred),
  );
  readonly geometry = $derived(this.chart.geometry);
  readonly layout = $derived(this.chart.layout);
  readonly labels = $derived(this.chart.labels);
  /** The view is being zoomed or panned and has not come to rest (zoom.ts). */
  moving = $state(false);
  /** The height last given: while the view moves, the chart does not shrink (plot-height.ts). */
  #drawnHeight = 0;
  /** Lanes are as tall as what they show, once the view is at rest. */
  readonly plotHeight = $derived.by(() => {
    const needed =
      AXIS_HEIGHT +
      lanesHeight(this.layout, this.geometry) +
      (this.#inputs().notes?.some((note) => note.text) ? NOTE_ROOM : 0);
    return (this.#drawnHeight = heightWhileMoving(needed, this.#drawnHeight, this.moving));
  });
  /** The author's notes (placed and drawn by the lazily loaded Annotations.svelte). */
  get notes(): readonly Annotation[] {
    return this.#inputs().notes ?? [];
  }
  readonly svgMode = $derived(this.layout.marks.length <= SVG_MARK_LIMIT);
  readonly ticks = $derived(timeTicks(this.x));
  readonly todayX = $derived(this.x(Date.now()));
  readonly legend = $derived(
    legendContent(this.layout, this.lanes, this.todayX >= 0 && this.todayX <= this.width),
  );
  readonly selectedIndex = $derived.by(() => {
    const id = this.#inputs().selectedId;
    return id ? this.lanes.events.findIndex((v) => v.event.id === id) : -1;
  });
  readonly focusedView = $derived(this.focus ? this.lanes.events[this.focus.event] : undefined);
  readonly focusedMark = $derived.by(() => {
    const focus = this.focus;
    return focus
      ? this.layout.marks.find((m) => m.event === focus.event && m.lane === focus.lane)
      : undefined;
  });
  /** A focused event drawn as a count (no mark of its own): its bar says what it holds. */
  readonly focusedBin = $derived.by(() => {
    const { focus, focusedView: view } = this;
    if (!focus || !view || this.focusedMark) return undefined;
    const t0 = this.x.domain()[0] as number;
    return binHolding(this.layout, focus.lane, Math.max(view.start.startMs, t0));
  });
  /** The tooltip: what the pointer is over, else the keyboard's mark while the chart has focus. */
  readonly tipMark = $derived(this.hovered ?? (this.plotFocused ? this.focusedMark : undefined));
  readonly tipView = $derived(this.tipMark ? this.lanes.events[this.tipMark.event] : undefined);
  readonly shownBin = $derived(this.hoveredBin ?? this.focusedBin);
  readonly visibleRangeText = $derived.by(() => {
    const [a, b] = this.x.domain() as [number, number];
    const fmt = utcDayText;
    return `${fmt(a)} to ${fmt(b)}`;
  });

  /** The mark at a point, with a touch's larger reach. */
  markAt(p: PlotPoint): PlacedMark | undefined {
    return hitTest(this.layout.marks, p.x, p.y, this.geometry.rowHeight / 2, p.touch ? 10 : 4);
  }

  pointerMoved(p: PlotPoint): void {
    this.hovered = this.markAt(p);
    this.hoveredBin = this.hovered ? undefined : binAt(this.layout, p.x, p.y);
  }

  pointerLeft(): void {
    this.hovered = undefined;
    this.hoveredBin = undefined;
  }

  /**
   * A click or tap: on a mark, the id of its event to open (the keyboard's focus moves there);
   * on a count bar, a zoom to its period, where its events can be told apart.
   */
  clicked(p: PlotPoint): string | undefined {
    const mark = this.markAt(p);
    const id = mark ? this.lanes.events[mark.event]?.event.id : undefined;
    if (mark && id) {
      this.keyboard.focus = { event: mark.event, lane: mark.lane };
      return id;
    }
    const bin = mark ? undefined : binAt(this.layout, p.x, p.y);
    if (bin) {
      this.hoveredBin = undefined;
      this.zoom.showRange([bin.t0, bin.t1]);
    }
    return undefined;
  }

  /** What a key press needs: the keyboard moves, zooms and opens through it. */
  keyContext(onselect: (id: string) => void): KeyContext {
    const mark = this.focusedMark;
    return {
      lanes: this.lanes,
      zoom: this.zoom,
      width: this.width,
      focusX: mark ? (mark.x0 + mark.x1) / 2 : this.width / 2,
      onselect,
    };
  }

  /**
   * One step of keeping the open event in view (reveal.ts): revealed in time when it opens,
   * zoomed in on while it is only part of a count. Call from an effect once the chart is drawn
   * and can zoom: it reads (and so tracks) the layout it judges. True when the page should then
   * scroll to the event's mark.
   */
  revealOpenEvent(): boolean {
    const id = this.#inputs().selectedId;
    if (!id) {
      this.#reveal.reset();
      return false;
    }
    const event = this.lanes.events[this.selectedIndex];
    if (!event) return false;
    const hasMark = this.layout.marks.some((m) => m.event === this.selectedIndex);
    const drawn = this.shown;
    const width = this.width;
    return untrack(() => {
      const { zoom } = this;
      const span = spanOf(event);
      let step = this.#reveal.next(id, span, hasMark, zoom.range, drawn, width);
      if (!step) return false;
      if (step.reveal) {
        const before = zoom.range;
        zoom.reveal(step.reveal);
        // Already in view, so nothing redraws to bring the next step: take it now.
        if (zoom.range[0] === before[0] && zoom.range[1] === before[1])
          step = this.#reveal.next(id, span, hasMark, zoom.range, drawn, width) ?? step;
      }
      if (step.zoomTo) zoom.showRange(step.zoomTo);
      return true;
    });
  }

  /** Where the open event's mark is, in the plot's pixels (top and bottom), if drawn. */
  openMarkRows(): [number, number] | undefined {
    const mark = this.layout.marks.find((m) => m.event === this.selectedIndex);
    if (!mark) return undefined;
    const top = AXIS_HEIGHT + mark.y - this.geometry.rowHeight / 2;
    return [top, top + this.geometry.rowHeight];
  }

  /** Put the keyboard's focus on `id`'s event (in its first lane), if it is drawn. */
  focusOn(id: string | undefined): void {
    const lanes = this.lanes;
    const event = id ? lanes.events.findIndex((v) => v.event.id === id) : -1;
    if (event >= 0 && this.keyboard.focus?.event !== event)
      this.keyboard.focus = { event, lane: lanesOf(lanes, event)[0] ?? 0 };
  }
}
