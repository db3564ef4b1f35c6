/**
 * Lanes: the rows of the timeline, one per negotiation channel (or kind, place, participant).
 * Built once per filter or grouping change, in typed arrays, so that finding what is visible
 * while zooming is a binary search and a short scan, even with 100,000 events.
 */
import { kindLabel, trackLabel } from '../format/labels';
import { HAS_END, isCoarse, type EventColumns } from '../columns/event-columns';
import type { EventSpans, EventView, FullEventView } from '../model/prepare';
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

function isCoarsePrecision(precision: string): boolean {
  return precision === 'month' || precision === 'year';
}

export function shapeOf(view: EventView): MarkShape {
  if (
    isCoarsePrecision(view.start.precision) ||
    (view.end && isCoarsePrecision(view.end.precision))
  )
    return 'band';
  return view.end ? 'bar' : 'point';
}

/** The time an event covers on the axis: a day-point covers its day, a band its month. */
export function spanOf(view: EventView): [number, number] {
  return [view.start.startMs, spanEndOf(view)];
}

/** Where `spanOf` ends, without making a pair: lanes and extents read it for every event. */
export function spanEndOf(view: EventView): number {
  return view.end ? view.end.endMs : view.start.endMs;
}

const NONE = '';

/** The one lane an event is in, grouped by channel, kind or place. */
function laneKeyOf(view: EventView, grouping: Exclude<Grouping, 'participant'>): string {
  const event = view.event;
  if (grouping === 'track') return event.track ?? NONE;
  if (grouping === 'kind') return event.kind ?? NONE;
  return event.location?.city ?? event.location?.country ?? NONE;
}

/**
 * The lanes of an event grouped by participant, one per person named. Read from the record in
 * memory: the app groups by participant from the columns (buildLanesFromColumns), which are
 * built before any record leaves memory (a released view has no participants left to read).
 */
function participantKeysOf(view: EventView): string[] {
  const participants = (view as FullEventView).participants;
  return participants.length ? [...new Set(participants.map((p) => p.name))] : [NONE];
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

/** Lanes in order: "none" last; channels and kinds in their known order; others busiest first. */
function sortLaneKeys(keys: string[], grouping: Grouping, size: (key: string) => number): string[] {
  const byRank = rank(grouping);
  return keys.sort((a, b) => {
    if ((a === NONE) !== (b === NONE)) return a === NONE ? 1 : -1;
    if (byRank) return byRank(a) - byRank(b) || a.localeCompare(b);
    return size(b) - size(a) || a.localeCompare(b);
  });
}

/**
 * The lanes of `events` (in time order). `spans`, when given, are their spans in the same
 * order (PreparedChronology.spans): read from typed arrays rather than from every event.
 */
export function buildLanes(
  events: readonly EventView[],
  grouping: Grouping,
  spans?: EventSpans,
): LaneSet {
  // Plain loops, no array per event: the first draw of 100,000 events waits on this.
  const members = new Map<string, number[]>();
  const add = (key: string, i: number) => {
    const list = members.get(key);
    if (list) list.push(i);
    else members.set(key, [i]);
  };
  const shapes: MarkShape[] = new Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const view = events[i] as EventView;
    shapes[i] = shapeOf(view);
    if (grouping === 'participant') for (const key of participantKeysOf(view)) add(key, i);
    else add(laneKeyOf(view, grouping), i);
  }
  const keys = sortLaneKeys([...members.keys()], grouping, (key) => members.get(key)?.length ?? 0);
  const lanes = keys.map((key): Lane => {
    const indices = members.get(key) ?? [];
    const starts = new Float64Array(indices.length);
    const ends = new Float64Array(indices.length);
    let maxSpan = 0;
    for (let j = 0; j < indices.length; j++) {
      const index = indices[j] as number;
      let s: number;
      let e: number;
      if (spans) {
        s = spans.starts[index] as number;
        e = spans.ends[index] as number;
      } else {
        const view = events[index] as EventView;
        s = view.start.startMs;
        e = spanEndOf(view);
      }
      starts[j] = s;
      ends[j] = e;
      if (e - s > maxSpan) maxSpan = e - s;
    }
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

/** Shape codes of lanes built from columns: `MARK_SHAPES[code]`. */
export const MARK_SHAPES: readonly MarkShape[] = ['point', 'bar', 'band'];
const POINT = 0;
const BAR = 1;
const BAND = 2;

/**
 * Lanes built from event columns: `buildLanes` without an object per event. Lane items index
 * into `rows`, the drawn selection of column rows.
 */
export interface ColumnLaneSet {
  grouping: Grouping;
  /** The column rows drawn (the filtered selection), in time order. */
  rows: Uint32Array;
  /** `MARK_SHAPES` code of each drawn row, parallel to `rows`. */
  shapes: Uint8Array;
  lanes: Lane[];
}

/**
 * The lanes of each selected row, as slots numbered in the order the lanes' keys are first seen
 * (`keys[slot]`). Row r's slots are `slots[offsets[r]]` up to `slots[offsets[r + 1]]`, each
 * once; with one lane per row (every grouping but participant) `offsets` is omitted and row r's
 * slot is `slots[r]`.
 */
interface RowSlots {
  keys: string[];
  slots: Int32Array;
  offsets?: Uint32Array;
}

function rowSlots(columns: EventColumns, rows: Uint32Array, grouping: Grouping): RowSlots {
  const keys: string[] = [];
  const slotOfKey = new Map<string, number>();
  const slotOf = (key: string): number => {
    let slot = slotOfKey.get(key);
    if (slot === undefined) {
      slot = keys.length;
      keys.push(key);
      slotOfKey.set(key, slot);
    }
    return slot;
  };
  const n = rows.length;
  if (grouping !== 'participant') {
    const column = columns[grouping];
    const slotOfCode = new Int32Array(column.table.values.length + 1).fill(-1);
    const slots = new Int32Array(n);
    for (let r = 0; r < n; r++) {
      const code = column.codes[rows[r] as number] as number;
      let slot = slotOfCode[code] as number;
      if (slot < 0) {
        const key = code === 0 ? NONE : (column.table.values[code - 1] as string);
        slot = slotOfCode[code] = slotOf(key);
      }
      slots[r] = slot;
    }
    return { keys, slots };
  }
  const people = columns.people;
  // Slot of each person code, by display name: two people with one name share a lane.
  const slotOfPerson = new Int32Array(people.table.values.length).fill(-1);
  // The row that last took each slot, so that a name listed twice counts once.
  const lastRow = new Int32Array(people.table.values.length + 1).fill(-1);
  const offsets = new Uint32Array(n + 1);
  let slots = new Int32Array(n + 16);
  let length = 0;
  const push = (slot: number, r: number) => {
    if (lastRow[slot] === r) return;
    lastRow[slot] = r;
    if (length === slots.length) {
      const grown = new Int32Array(slots.length * 2);
      grown.set(slots);
      slots = grown;
    }
    slots[length++] = slot;
  };
  for (let r = 0; r < n; r++) {
    const row = rows[r] as number;
    const from = people.offsets[row] as number;
    const to = people.offsets[row + 1] as number;
    if (from === to) push(slotOf(NONE), r);
    for (let j = from; j < to; j++) {
      const person = people.codes[j] as number;
      let slot = slotOfPerson[person] as number;
      if (slot < 0) slot = slotOfPerson[person] = slotOf(columns.personNames[person] as string);
      push(slot, r);
    }
    offsets[r + 1] = length;
  }
  return { keys, slots: slots.subarray(0, length), offsets };
}

/** The lanes of `rows` (a selection of column rows in time order), as `buildLanes` makes them. */
export function buildLanesFromColumns(
  columns: EventColumns,
  rows: Uint32Array,
  grouping: Grouping,
): ColumnLaneSet {
  const n = rows.length;
  const shapes = new Uint8Array(n);
  for (let r = 0; r < n; r++) {
    const row = rows[r] as number;
    if (isCoarse(columns, row)) shapes[r] = BAND;
    else shapes[r] = (columns.flags[row] as number) & HAS_END ? BAR : POINT;
  }
  const { keys, slots, offsets } = rowSlots(columns, rows, grouping);
  const sizes = new Uint32Array(keys.length);
  for (const slot of slots) sizes[slot] = (sizes[slot] as number) + 1;
  const lanes: Lane[] = keys.map((key, slot) => {
    const size = sizes[slot] as number;
    return {
      key,
      label: labelOf(key, grouping),
      starts: new Float64Array(size),
      ends: new Float64Array(size),
      items: new Int32Array(size),
      maxSpan: 0,
    };
  });
  const filled = new Uint32Array(keys.length);
  for (let r = 0; r < n; r++) {
    const row = rows[r] as number;
    const start = columns.startMs[row] as number;
    const end = columns.endMs[row] as number;
    const from = offsets ? (offsets[r] as number) : r;
    const to = offsets ? (offsets[r + 1] as number) : r + 1;
    for (let k = from; k < to; k++) {
      const slot = slots[k] as number;
      const lane = lanes[slot] as Lane;
      const j = filled[slot] as number;
      filled[slot] = j + 1;
      lane.starts[j] = start;
      lane.ends[j] = end;
      lane.items[j] = r;
      if (end - start > lane.maxSpan) lane.maxSpan = end - start;
    }
  }
  const slotOfKey = new Map(keys.map((key, slot) => [key, slot]));
  const sizeOf = (key: string) => sizes[slotOfKey.get(key) as number] as number;
  const sorted = sortLaneKeys([...keys], grouping, sizeOf);
  return {
    grouping,
    rows,
    shapes,
    lanes: sorted.map((key) => lanes[slotOfKey.get(key) as number] as Lane),
  };
}

/**
 * Lanes built from columns, as the renderers read them: `events` are the drawn rows' views, in
 * the order of `set.rows`, so a lane item indexes both.
 */
export function laneSetFromColumns(set: ColumnLaneSet, events: readonly EventView[]): LaneSet {
  return {
    grouping: set.grouping,
    events,
    shapes: Array.from(set.shapes, (code) => MARK_SHAPES[code] as MarkShape),
    lanes: set.lanes,
  };
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
