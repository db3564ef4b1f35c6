/**
 * The chart's keyboard: it is one tab stop, and keys move a focus between events (←/→ in time,
 * ↑/↓ across lanes, Home/End), zoom (+/−), pan (Page Up/Down) and open the focused event
 * (Enter/Space). The focus and what a screen reader hears about it are state here; moving is
 * nav.ts's pure maths, the zoom is zoom.ts's.
 */
import { formatDateRange } from '../format/dates';
import type { LaneSet } from './lanes';
import { edgeInView, focusNear, lanesOf, moveLane, moveTime, type Focus } from './nav';
import type { TimelineZoom } from './zoom';

/** What the chart needs to know, at the moment a key is pressed. */
export interface KeyContext {
  lanes: LaneSet;
  zoom: TimelineZoom;
  width: number;
  /** Where zooming centres: the focused mark, or the middle. */
  focusX: number;
  onselect: (id: string) => void;
}

export class ChartKeyboard {
  focus = $state.raw<Focus | undefined>(undefined);
  /** Read out by a live region: the focused event's title and dates. */
  announcement = $state('');

  /** Focus an event (and its lane), bring it into view and announce it. */
  set(next: Focus | undefined, lanes: LaneSet, zoom: TimelineZoom): void {
    this.focus = next;
    const view = next ? lanes.events[next.event] : undefined;
    if (!view) return;
    zoom.reveal([view.start.startMs, view.end ? view.end.endMs : view.start.endMs]);
    this.announcement = `${view.event.title}, ${formatDateRange(view.start, view.end, view.event.approximate)}`;
  }

  /** Forget a focus whose event the filters took away. */
  keepWithin(lanes: LaneSet): void {
    if (this.focus && this.focus.event >= lanes.events.length) this.focus = undefined;
  }

  /** Open an event; the focus stays on the chart, so say how to reach its detail. */
  open(id: string, c: KeyContext): void {
    c.onselect(id);
    this.announcement = 'Opened: Tab to read it, Escape to close it.';
  }

  onkey(event: KeyboardEvent, c: KeyContext): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const { lanes, zoom } = c;
    const [a, b] = zoom.range;
    const focus = this.focus;
    // The first arrow press starts among the marks on screen: → and ↓ at the first event in
    // view, ← and ↑ at the last; with none in view, at the one nearest the middle.
    const startAt = (direction: 1 | -1) =>
      edgeInView(lanes, a, b, direction) ?? focusNear(lanes, (a + b) / 2);
    const move = (to: (f: Focus) => Focus, direction: 1 | -1) =>
      this.set(focus ? to(focus) : startAt(direction), lanes, zoom);
    const edge = (e: number) => {
      if (lanes.events.length) this.set({ event: e, lane: lanesOf(lanes, e)[0] ?? 0 }, lanes, zoom);
    };
    const id = focus ? lanes.events[focus.event]?.event.id : undefined;
    const keys: Record<string, (() => void) | undefined> = {
      ArrowRight: () => move((f) => moveTime(lanes, f, 1), 1),
      ArrowLeft: () => move((f) => moveTime(lanes, f, -1), -1),
      ArrowDown: () => move((f) => moveLane(lanes, f, 1), 1),
      ArrowUp: () => move((f) => moveLane(lanes, f, -1), -1),
      '+': () => zoom.zoomBy(2, c.focusX),
      '=': () => zoom.zoomBy(2, c.focusX),
      '-': () => zoom.zoomBy(0.5, c.focusX),
      _: () => zoom.zoomBy(0.5, c.focusX),
      PageUp: () => zoom.panBy(c.width * 0.8),
      PageDown: () => zoom.panBy(-c.width * 0.8),
      Home: () => edge(0),
      End: () => edge(lanes.events.length - 1),
      // Enter and Space open the focused event; with none focused they do what they would.
      Enter: id ? () => this.open(id, c) : undefined,
      ' ': id ? () => this.open(id, c) : undefined,
    };
    const action = keys[event.key];
    if (!action) return;
    action();
    event.preventDefault();
  }
}
