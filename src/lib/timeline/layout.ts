/**
 * Where every mark goes for one view of the timeline. Pure: lanes, a scale and a geometry in,
 * positions out, so the SVG and canvas renderers and the tests read the same layout.
 *
 * Per lane, visible events are packed into rows without overlap (greedy interval packing).
 * When a lane holds more than it can show (too many marks, or more overlaps than rows), it
 * shows counts per period instead: how much is there, not a smear.
 */
import type { TimeInterval } from 'd3-time';
import { candidates, type Lane, type LaneSet, type MarkShape } from './lanes';
import { binInterval, type TimeScale } from './scale';

export interface Geometry {
  /** Plot width in px. */
  width: number;
  /** Rows per lane. */
  rows: number;
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
  rowHeight: 20,
  labelHeight: 16,
  lanePadding: 4,
  pointRadius: 6,
  gap: 4,
  maxMarksPerLane: 150,
  minBinWidth: 18,
};

export function laneHeight(g: Geometry): number {
  return g.labelHeight + g.rows * g.rowHeight + g.lanePadding;
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
}

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
  top: number,
  from: number,
  to: number,
  t0: number,
): PlacedMark[] | undefined {
  const rowEnds = new Array<number>(g.rows).fill(-Infinity);
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
    const row = rowEnds.findIndex((end) => end + g.gap <= x0);
    if (row === -1) return undefined; // more overlaps than rows: show counts instead
    rowEnds[row] = x1;
    const y = top + g.labelHeight + row * g.rowHeight + g.rowHeight / 2;
    marks.push({ event, lane: laneIndex, row, shape, x0, x1, y });
  }
  return marks;
}

function binLane(
  lane: Lane,
  laneIndex: number,
  scale: TimeScale,
  interval: TimeInterval,
  from: number,
  to: number,
  t0: number,
  t1: number,
): PlacedBin[] {
  const edges = interval.range(interval.floor(new Date(t0)), new Date(t1)).map((d) => d.getTime());
  if (edges.length === 0 || (edges[0] as number) > t0)
    edges.unshift(interval.floor(new Date(t0)).getTime());
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
    const end =
      b + 1 < edges.length
        ? (edges[b + 1] as number)
        : interval.offset(new Date(start), 1).getTime();
    bins.push({ lane: laneIndex, t0: start, t1: end, x0: scale(start), x1: scale(end), count });
  }
  return bins;
}

export function layoutTimeline(set: LaneSet, scale: TimeScale, g: Geometry): TimelineLayout {
  const [d0, d1] = scale.domain() as [Date, Date];
  const t0 = d0.getTime();
  const t1 = d1.getTime();
  const height = laneHeight(g);
  const interval = binInterval(scale, g.minBinWidth);
  const layout: TimelineLayout = { marks: [], bins: [], modes: [], maxCount: 0 };
  set.lanes.forEach((lane, laneIndex) => {
    const [from, to] = candidates(lane, t0, t1);
    const top = laneIndex * height;
    const packed =
      to - from <= g.maxMarksPerLane
        ? packLane(set, lane, laneIndex, scale, g, top, from, to, t0)
        : undefined;
    if (packed) {
      layout.modes.push('marks');
      for (const mark of packed) layout.marks.push(mark);
      return;
    }
    layout.modes.push('bins');
    for (const bin of binLane(lane, laneIndex, scale, interval, from, to, t0, t1)) {
      if (bin.count > layout.maxCount) layout.maxCount = bin.count;
      layout.bins.push(bin);
    }
  });
  return layout;
}
