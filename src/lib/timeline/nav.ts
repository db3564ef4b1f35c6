/**
 * Keyboard movement between events: ←/→ through time, ↑/↓ to the nearest event in the next
 * lane that has one. Pure: indices in, indices out.
 */
import type { EventView } from '../model/prepare';
import { lowerBound, spanOf, type LaneSet } from './lanes';

/** The lanes an event appears in (several when grouping by participant). */
export function lanesOf(set: LaneSet, event: number): number[] {
  const out: number[] = [];
  set.lanes.forEach((lane, i) => {
    if (lane.items.includes(event)) out.push(i);
  });
  return out;
}

/** The event in `lane` whose start is nearest to `ms`. */
export function nearestInLane(set: LaneSet, lane: number, ms: number): number | undefined {
  const l = set.lanes[lane];
  if (!l || l.items.length === 0) return undefined;
  const i = lowerBound(l.starts, ms);
  const before = i - 1;
  const pick =
    i >= l.starts.length
      ? before
      : before < 0
        ? i
        : ms - (l.starts[before] as number) <= (l.starts[i] as number) - ms
          ? before
          : i;
  return l.items[pick];
}

export interface Focus {
  event: number;
  lane: number;
}

/** Move focus one lane up (-1) or down (+1), skipping empty lanes; stays put at the edge. */
export function moveLane(set: LaneSet, focus: Focus, direction: 1 | -1): Focus {
  const view = set.events[focus.event];
  if (!view) return focus;
  for (let lane = focus.lane + direction; lane >= 0 && lane < set.lanes.length; lane += direction) {
    const event = nearestInLane(set, lane, view.start.startMs);
    if (event !== undefined) return { event, lane };
  }
  return focus;
}

/** Move focus to the previous (-1) or next (+1) event in time, in whichever lane it is. */
export function moveTime(set: LaneSet, focus: Focus, direction: 1 | -1): Focus {
  const event = Math.min(Math.max(focus.event + direction, 0), set.events.length - 1);
  if (event === focus.event) return focus;
  const lanes = lanesOf(set, event);
  return { event, lane: lanes.includes(focus.lane) ? focus.lane : (lanes[0] ?? 0) };
}

/** The event nearest the middle of the view, where keyboard focus starts. */
export function focusNear(set: LaneSet, ms: number): Focus | undefined {
  if (set.events.length === 0) return undefined;
  let best = 0;
  let bestDistance = Infinity;
  set.events.forEach((view, i) => {
    const d = Math.abs(view.start.startMs - ms);
    if (d < bestDistance) {
      best = i;
      bestDistance = d;
    }
  });
  return { event: best, lane: lanesOf(set, best)[0] ?? 0 };
}

/**
 * The first (+1) or last (-1) event, in time, that shows in [from, to]: the first arrow press
 * starts among the marks on screen, not at the dataset's first event (which may be years away).
 */
export function edgeInView(
  set: LaneSet,
  from: number,
  to: number,
  direction: 1 | -1,
): Focus | undefined {
  const n = set.events.length;
  for (let k = 0; k < n; k++) {
    const i = direction === 1 ? k : n - 1 - k;
    const [start, end] = spanOf(set.events[i] as EventView);
    if (end > from && start < to) return { event: i, lane: lanesOf(set, i)[0] ?? 0 };
  }
  return undefined;
}

/** Where the events are, seen from a view that shows none of them. */
export interface NearestEvent {
  /** Index into set.events. */
  event: number;
  /** Before the view (-1) or after it (+1). */
  direction: 1 | -1;
}

/**
 * The event nearest to [from, to] when none shows in it (a pinch or a pan landed in a gap), or
 * undefined when the view holds some or there are none at all.
 */
export function nearestOutside(set: LaneSet, from: number, to: number): NearestEvent | undefined {
  let best: NearestEvent | undefined;
  let bestDistance = Infinity;
  for (let i = 0; i < set.events.length; i++) {
    const [start, end] = spanOf(set.events[i] as EventView);
    if (end > from && start < to) return undefined;
    const before = end <= from;
    const distance = before ? from - end : start - to;
    if (distance < bestDistance) {
      best = { event: i, direction: before ? -1 : 1 };
      bestDistance = distance;
    }
  }
  return best;
}
