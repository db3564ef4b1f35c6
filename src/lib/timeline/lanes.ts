/**
 * Lanes: the rows of the timeline, one per negotiation channel (or kind, place, participant).
 * Built once per filter or grouping change, in typed arrays, so that finding what is visible
 * while zooming is a binary search and a short scan, even with 100,000 events.
 */
import { kindLabel, trackLabel } from '../format/labels';
import type { EventView } from '../model/prepare';
import { EVENT_KINDS } from '../model/types';

export const GROUPINGS = ['track', 'kind', 'place', 'participant'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export const GROUPING_LABELS: Record<Grouping, string> = {
  track: 'Channel',
  kind: 'Kind',
  place: 'Place',
  participant: 'Participant',
};

/**
 * point: one day (or one instant); bar: a range of days; band: a date known only to the month
 * or year, drawn as a soft band over the whole span rather than a false point.
 */
export type MarkShape = 'point' | 'bar' | 'band';

export interface Lane {
  key: string;
  label: string;
  /** Visual span of each item, in ms, sorted by start. */
  starts: Float64Array;
  ends: Float64Array;
  /** Index of each item's event in LaneSet.events. */
  items: Int32Array;
  /** The longest span in the lane: how far before the view an item can start and still show. */
  maxSpan: number;
}

export interface LaneSet {
  grouping: Grouping;
  /** The events drawn, in time order (the filtered selection). */
  events: readonly EventView[];
  shapes: MarkShape[];
  lanes: Lane[];
}

export function shapeOf(view: EventView): MarkShape {
  const coarse = (p: string) => p === 'month' || p === 'year';
  if (coarse(view.start.precision) || (view.end && coarse(view.end.precision))) return 'band';
  return view.end ? 'bar' : 'point';
}

/** The time an event covers on the axis: a day-point covers its day, a band its month. */
export function spanOf(view: EventView): [number, number] {
  return [view.start.startMs, view.end ? view.end.endMs : view.start.endMs];
}

const NONE = '';

function keysOf(view: EventView, grouping: Grouping): string[] {
  const event = view.event;
  switch (grouping) {
    case 'track':
      return [event.track ?? NONE];
    case 'kind':
      return [event.kind ?? NONE];
    case 'place':
      return [event.location?.city ?? event.location?.country ?? NONE];
    case 'participant':
      return view.participants.length ? [...new Set(view.participants.map((p) => p.name))] : [NONE];
  }
}

const TRACK_ORDER = ['us-russia', 'us-ukraine', 'russia-ukraine', 'us-russia-ukraine', 'europe'];
const NONE_LABEL: Record<Grouping, string> = {
  track: 'No channel',
  kind: 'No kind',
  place: 'No place (calls, documents)',
  participant: 'No participants named',
};

function labelOf(key: string, grouping: Grouping): string {
  if (key === NONE) return NONE_LABEL[grouping];
  if (grouping === 'track') return trackLabel(key) ?? key;
  if (grouping === 'kind') return kindLabel(key) ?? key;
  return key;
}

/** Lane order: the known order for channels and kinds, the busiest first otherwise. */
function rank(grouping: Grouping): ((key: string) => number) | undefined {
  if (grouping === 'track') return (k) => (TRACK_ORDER.includes(k) ? TRACK_ORDER.indexOf(k) : 99);
  if (grouping === 'kind') {
    const kinds: readonly string[] = EVENT_KINDS;
    return (k) => (kinds.includes(k) ? kinds.indexOf(k) : 99);
  }
  return undefined;
}

export function buildLanes(events: readonly EventView[], grouping: Grouping): LaneSet {
  const members = new Map<string, number[]>();
  const shapes: MarkShape[] = new Array(events.length);
  events.forEach((view, i) => {
    shapes[i] = shapeOf(view);
    for (const key of keysOf(view, grouping)) {
      let list = members.get(key);
      if (!list) members.set(key, (list = []));
      list.push(i);
    }
  });
  const byRank = rank(grouping);
  const keys = [...members.keys()].sort((a, b) => {
    if ((a === NONE) !== (b === NONE)) return a === NONE ? 1 : -1;
    if (byRank) return byRank(a) - byRank(b) || a.localeCompare(b);
    return (members.get(b)?.length ?? 0) - (members.get(a)?.length ?? 0) || a.localeCompare(b);
  });
  const lanes = keys.map((key): Lane => {
    const indices = members.get(key) ?? [];
    const starts = new Float64Array(indices.length);
    const ends = new Float64Array(indices.length);
    let maxSpan = 0;
    indices.forEach((eventIndex, j) => {
      const [s, e] = spanOf(events[eventIndex] as EventView);
      starts[j] = s;
      ends[j] = e;
      if (e - s > maxSpan) maxSpan = e - s;
    });
    return {
      key,
      label: labelOf(key, grouping),
      starts,
      ends,
      items: Int32Array.from(indices),
      maxSpan,
    };
  });
  return { grouping, events, shapes, lanes };
}

/** First index whose value is >= target, in a sorted array. */
export function lowerBound(values: Float64Array, target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index range [from, to) of items that may overlap [t0, t1); callers skip those ending before t0. */
export function candidates(lane: Lane, t0: number, t1: number): [number, number] {
  return [lowerBound(lane.starts, t0 - lane.maxSpan), lowerBound(lane.starts, t1)];
}
