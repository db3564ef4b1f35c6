/**
 * Where every mark goes for one view of the timeline. Pure: lanes, a scale and a geometry in,
 * positions out, so the SVG and canvas renderers and the tests read the same layout.
 *
 * Per lane, visible events are packed into rows without overlap (greedy interval packing),
 * keeping room after each mark for its title when a row has it, so titles get rows of their own
 * instead of being cut by the next mark. A lane is as tall as the rows it uses; with `minRows`
 * 0, a lane with nothing in view takes no room at all. When a lane holds more than it can show
 * (too many marks, or more overlaps than rows), it shows counts per period instead: how much is
 * there, not a smear.
 */
import { candidates, type Lane, type LaneSet, type MarkShape } from './lanes';
import { binInterval, type Binning, type TimeScale } from './scale';

export interface Geometry {
  /** Plot width in px. */
  width: number;
  /** The most rows a lane may use. */
  rows: number;
  /**
   * The least rows a lane takes, used or not: `rows` gives every lane the same height; 0 sizes
   * each lane to its content, and a lane with nothing in view takes no room.
   */
  minRows: number;
  /** The most rows all lanes together may use: many lanes in view get fewer rows each. */
  rowBudget: number;
  rowHeight: number;
  /** Room at the top of each lane for its name. */
  labelHeight: number;
  /** Vertical padding below each lane's rows. */
  lanePadding: number;
  /** Radius of a point mark; also the least width of a bar. */
  pointRadius: number;
  /** Least horizontal room between two marks in a row. */
  gap: number;
  /** More candidate marks than this in one lane and it shows counts. */
  maxMarksPerLane: number;
  /** Least width of a count bin in px. */
  minBinWidth: number;
}

export const DEFAULT_GEOMETRY: Geometry = {
  width: 800,
  rows: 3,
  minRows: 3,
  rowBudget: Infinity,
  rowHeight: 20,
  labelHeight: 16,
  lanePadding: 4,
  pointRadius: 6,
  gap: 4,
  maxMarksPerLane: 150,
  minBinWidth: 18,
};

/** Rows a lane shows while it shows counts: room for the bars and their numbers. */
const BIN_ROWS = 2;

/** The height of a lane using `rows` rows (0: no room, not even for its name). */
export function laneHeight(g: Geometry, rows = g.rows): number {
  return rows === 0 ? 0 : g.labelHeight + rows * g.rowHeight + g.lanePadding;
}

export interface PlacedMark {
  /** Index into LaneSet.events. */
  event: number;
  lane: number;
  row: number;
  shape: MarkShape;
  x0: number;
  x1: number;
  /** Vertical centre of the row. */
  y: number;
}

export interface PlacedBin {
  lane: number;
  t0: number;
  t1: number;
  x0: number;
  x1: number;
  count: number;
}

export interface TimelineLayout {
  marks: PlacedMark[];
  bins: PlacedBin[];
  /** Per lane: 'marks' or 'bins'. */
  modes: ('marks' | 'bins')[];
  /** The largest bin count, for shading. */
  maxCount: number;
  /** Where each lane begins (px below the axis), and last, where the lanes end. */
  laneTops: number[];
}

/** Top and height of lane `i` in a layout. */
export function laneBox(layout: TimelineLayout, i: number): { top: number; height: number } {
  const top = layout.laneTops[i] ?? 0;
  return { top, height: (layout.laneTops[i + 1] ?? top) - top };
}

/**
 * Room in px to keep free after an event's mark for its title: packing then prefers a row where
 * the title fits over the first row where the mark does.
 */
export type LabelRoom = (event: number) => number;

/** Horizontal extent of a mark at this zoom: points are circles, bars at least a point wide. */
function extentOf(shape: MarkShape, x0: number, x1: number, r: number): [number, number] {
  if (shape === 'point') {
    const cx = (x0 + x1) / 2;
    return [cx - r, cx + r];
  }
  return [x0, Math.max(x1, x0 + r)];
}

function packLane(
  set: LaneSet,
  lane: Lane,
  laneIndex: number,
  scale: TimeScale,
  g: Geometry,
  rows: number,
  from: number,
  to: number,
  t0: number,
  room: LabelRoom | undefined,
): PlacedMark[] | undefined {
  // Where each row's last mark ends, and where its title (the room kept for it) ends.
  const markEnds = new Array<number>(rows).fill(-Infinity);
  const titleEnds = new Array<number>(rows).fill(-Infinity);
  const marks: PlacedMark[] = [];
  for (let i = from; i < to; i++) {
    if ((lane.ends[i] as number) <= t0) continue;
    const event = lane.items[i] as number;
    const shape = set.shapes[event] as MarkShape;
    const [x0, x1] = extentOf(
      shape,
      scale(lane.starts[i] as number),
      scale(lane.ends[i] as number),
      g.pointRadius,
    );
    let row = room ? titleEnds.findIndex((end) => end + g.gap <= x0) : -1;
    if (row === -1) row = markEnds.findIndex((end) => end + g.gap <= x0);
    if (row === -1) return undefined; // more overlaps than rows: show counts instead
    markEnds[row] = x1;
    titleEnds[row] = Math.max(titleEnds[row] as number, x1 + (room ? room(event) : 0));
    marks.push({ event, lane: laneIndex, row, shape, x0, x1, y: 0 });
  }
  return marks;
}

function binLane(
  lane: Lane,
  laneIndex: number,
  scale: TimeScale,
  interval: Binning,
  from: number,
  to: number,
  t0: number,
  t1: number,
): PlacedBin[] {
  const edges = interval.range(interval.floor(t0), t1);
  if (edges.length === 0 || (edges[0] as number) > t0) edges.unshift(interval.floor(t0));
  const counts = new Uint32Array(edges.length);
  let bin = 0;
  for (let i = from; i < to; i++) {
    if ((lane.ends[i] as number) <= t0) continue;
    const start = Math.max(lane.starts[i] as number, t0);
    while (bin + 1 < edges.length && (edges[bin + 1] as number) <= start) bin++;
    counts[bin] = (counts[bin] as number) + 1;
  }
  const bins: PlacedBin[] = [];
  for (let b = 0; b < edges.length; b++) {
    const count = counts[b] as number;
    if (count === 0) continue;
    const start = edges[b] as number;
    const end = b + 1 < edges.length ? (edges[b + 1] as number) : interval.offset(start, 1);
    bins.push({ lane: laneIndex, t0: start, t1: end, x0: scale(start), x1: scale(end), count });
  }
  return bins;
}

/** Whether anything in `lane` shows between t0 and t1. */
function showsAny(lane: Lane, t0: number, t1: number): boolean {
  const [from, to] = candidates(lane, t0, t1);
  for (let i = from; i < to; i++) if ((lane.ends[i] as number) > t0) return true;
  return false;
}

/**
 * Lay out one view. `room`, when given, is the room each event's title wants after its mark
 * (labels.ts's labelRoom): rows are then filled so that titles fit, not only marks.
 */
export function layoutTimeline(
  set: LaneSet,
  scale: TimeScale,
  g: Geometry,
  room?: LabelRoom,
): TimelineLayout {
  const [t0, t1] = scale.domain() as [number, number];
  const interval = binInterval(scale, g.minBinWidth);
  const layout: TimelineLayout = { marks: [], bins: [], modes: [], maxCount: 0, laneTops: [0] };
  const shown = set.lanes.map((lane) => showsAny(lane, t0, t1));
  const shownCount = shown.filter(Boolean).length;
  const rows = Math.max(1, Math.min(g.rows, Math.floor(g.rowBudget / Math.max(1, shownCount))));
  let top = 0;
  set.lanes.forEach((lane, laneIndex) => {
    const [from, to] = candidates(lane, t0, t1);
    const packed =
      to - from <= g.maxMarksPerLane
        ? packLane(set, lane, laneIndex, scale, g, rows, from, to, t0, room)
        : undefined;
    let used: number;
    if (packed) {
      layout.modes.push('marks');
      used = packed.reduce((n, mark) => Math.max(n, mark.row + 1), 0);
      for (const mark of packed) {
        mark.y = top + g.labelHeight + mark.row * g.rowHeight + g.rowHeight / 2;
        layout.marks.push(mark);
      }
    } else {
      layout.modes.push('bins');
      used = BIN_ROWS;
      for (const bin of binLane(lane, laneIndex, scale, interval, from, to, t0, t1)) {
        if (bin.count > layout.maxCount) layout.maxCount = bin.count;
        layout.bins.push(bin);
      }
    }
    const laneRows = shown[laneIndex] ? Math.max(g.minRows, used, 1) : g.minRows;
    top += laneHeight(g, laneRows);
    layout.laneTops.push(top);
  });
  return layout;
}
