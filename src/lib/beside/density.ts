/**
 * A dataset shown beside the talks as context (conflict events, most often): its columns
 * (columns.ts) counted per period of the axis and around a chosen talks event. Pure.
 *
 * Precision is honoured, never smeared: an event counts in a period only when its whole span
 * lies in it. An event known only to the month is in a month's bar, but in no day's or week's,
 * and the band says how many it left out; the same holds for the days before and after an event.
 *
 * The band is counted again at every frame of a zoom, over up to a million events: so the rows
 * are kept in time order, and for each kind of bar (days, weeks, months…) the counter works out
 * once which rows fit in one bar and sums them up in order. A frame then costs a binary search
 * per bar, not a look at every event.
 */
import { lowerBound } from '../timeline/lanes';
import type { Binning } from '../timeline/scale';
import type { BesideData } from './columns';

const DAY_MS = 86_400_000;

export { besideData, type BesideData } from './columns';

/** Which of the layer's events are shown: by lane, region and actor; all when not given. */
export interface BesideFilter {
  /** Lanes shown (indexes into `tracks`); null for all. */
  tracks?: ReadonlySet<number> | null;
  /** A region (index into `regions`). */
  region?: number;
  /** An actor (index into `actors`): events where it is the first or the second. */
  actor?: number;
}

/** The rows (indexes, in time order) the filter keeps. */
export function besideRows(data: BesideData, filter: BesideFilter = {}): Uint32Array {
  const { tracks, region, actor } = filter;
  const code = actor === undefined ? -1 : actor + 1;
  const kept = new Uint32Array(data.count);
  let n = 0;
  for (let i = 0; i < data.count; i++)
    if (
      (!tracks || tracks.has(data.track[i] as number)) &&
      (region === undefined || data.region[i] === region) &&
      (code === -1 || data.actor1[i] === code || data.actor2[i] === code)
    )
      kept[n++] = i;
  return kept.slice(0, n);
}

export interface DensityBin {
  t0: number;
  t1: number;
  events: number;
  fatalities: number;
}

export interface Density {
  bins: DensityBin[];
  /** Events in view known less exactly than a bar is wide: in no bar, and said. */
  coarse: number;
}

/** The bars of `binning` that cover t0 to t1, from the bar holding t0. */
function barsOf(binning: Binning, t0: number, t1: number): DensityBin[] {
  const starts = binning.range(binning.floor(t0), t1);
  if (starts.length === 0 || (starts[0] as number) > t0) starts.unshift(binning.floor(t0));
  return starts.map((start, i) => ({
    t0: start,
    t1: starts[i + 1] ?? binning.offset(start, 1),
    events: 0,
    fatalities: 0,
  }));
}

/** For one kind of bar: which rows fit in one bar, summed in time order. */
interface BarSums {
  /** Starts of the rows, in order (a copy, for binary search). */
  starts: Float64Array;
  /** fitting[k]: how many of rows 0..k-1 fit in the bar holding their start; fatalities likewise. */
  fitting: Uint32Array;
  fatalities: Float64Array;
  /** The rows that fit in no bar, their ends, and the latest end so far (for the view's left edge). */
  looseStarts: Float64Array;
  looseEnds: Float64Array;
  looseLatestEnd: Float64Array;
}

/** Counts `rows` of `data` per bar; made once per filter, asked at every frame. */
export class BandCounter {
  private readonly sums = new Map<string, BarSums>();
  private readonly starts: Float64Array;

  constructor(
    private readonly data: BesideData,
    private readonly rows: ArrayLike<number>,
  ) {
    // Loops, not Float64Array.from(rows, fn): a callback per row is several times slower at 1M.
    const starts = new Float64Array(rows.length);
    for (let k = 0; k < rows.length; k++) starts[k] = data.starts[rows[k] as number] as number;
    this.starts = starts;
  }

  /** Events (and their fatalities) per period of `binning` between t0 and t1. */
  count(binning: Binning, t0: number, t1: number): Density {
    const bins = barsOf(binning, t0, t1);
    const sums = this.sumsFor(binning);
    for (const bin of bins) {
      const lo = lowerBound(this.starts, bin.t0);
      const hi = lowerBound(this.starts, bin.t1);
      bin.events = (sums.fitting[hi] as number) - (sums.fitting[lo] as number);
      bin.fatalities = (sums.fatalities[hi] as number) - (sums.fatalities[lo] as number);
    }
    // The first and last bars reach past the view's edges: they count what they hold whole.
    const from = (bins[0] as DensityBin).t0;
    const to = (bins[bins.length - 1] as DensityBin).t1;
    // Left out: rows that fit no bar and touch the bars. Those starting inside do; of those
    // starting before, the ones still going on (walked back while any could be).
    const inside = lowerBound(sums.looseStarts, from);
    let coarse = lowerBound(sums.looseStarts, to) - inside;
    for (let k = inside - 1; k >= 0 && (sums.looseLatestEnd[k] as number) > from; k--)
      if ((sums.looseEnds[k] as number) > from) coarse++;
    return { bins, coarse };
  }

  /** Rows of the bar from t0 to t1 that the band counts in it (wholly inside). */
  rowsIn(t0: number, t1: number): number[] {
    const out: number[] = [];
    for (let k = lowerBound(this.starts, t0); k < this.starts.length; k++) {
      if ((this.starts[k] as number) >= t1) break;
      const row = this.rows[k] as number;
      if ((this.data.ends[row] as number) <= t1) out.push(row);
    }
    return out;
  }

  private sumsFor(binning: Binning): BarSums {
    const origin = binning.floor(0);
    const key = `${origin}:${binning.offset(origin, 1)}:${binning.offset(origin, 2)}`;
    let sums = this.sums.get(key);
    if (!sums) {
      sums = this.sum(binning);
      this.sums.set(key, sums);
    }
    return sums;
  }

  private sum(binning: Binning): BarSums {
    const { data, rows } = this;
    const n = rows.length;
    const fitting = new Uint32Array(n + 1);
    const fatalities = new Float64Array(n + 1);
    const looseStarts = new Float64Array(n);
    const looseEnds = new Float64Array(n);
    let loose = 0;
    // Rows are in start order and starts repeat (a day holds hundreds of events): the bar a
    // start falls in is worked out once per distinct start.
    let lastStart = NaN;
    let barEnd = 0;
    for (let k = 0; k < n; k++) {
      const row = rows[k] as number;
      const start = data.starts[row] as number;
      if (start !== lastStart) {
        lastStart = start;
        barEnd = binning.offset(binning.floor(start), 1);
      }
      const end = data.ends[row] as number;
      const fits = end <= barEnd;
      fitting[k + 1] = (fitting[k] as number) + (fits ? 1 : 0);
      const dead = data.fatalities[row] as number;
      fatalities[k + 1] = (fatalities[k] as number) + (fits && !Number.isNaN(dead) ? dead : 0);
      if (!fits) {
        looseStarts[loose] = start;
        looseEnds[loose++] = end;
      }
    }
    const looseLatestEnd = new Float64Array(loose);
    let latest = -Infinity;
    for (let k = 0; k < loose; k++) {
      latest = Math.max(latest, looseEnds[k] as number);
      looseLatestEnd[k] = latest;
    }
    return {
      starts: this.starts,
      fitting,
      fatalities,
      looseStarts: looseStarts.slice(0, loose),
      looseEnds: looseEnds.slice(0, loose),
      looseLatestEnd,
    };
  }
}

/** Events (and their fatalities) per period of `binning` between t0 and t1 (once; see BandCounter). */
export function densityBins(
  data: BesideData,
  rows: ArrayLike<number>,
  binning: Binning,
  t0: number,
  t1: number,
): Density {
  return new BandCounter(data, rows).count(binning, t0, t1);
}

export interface Window {
  events: number;
  fatalities: number;
  /** Events giving no fatality figure (counted as events, not as zero deaths). */
  withoutFigure: number;
}

export interface BeforeAfter {
  days: number;
  before: Window;
  after: Window;
  /** Events that touch a window but are known less exactly than it: not counted. */
  coarse: number;
}

/**
 * Events in the `days` before a talks event's start and after its end: those whose whole span
 * lies in the window. What overlaps a window's edge, or is known only to a longer period, is
 * left out and counted in `coarse`.
 */
export function beforeAfter(
  data: BesideData,
  rows: ArrayLike<number>,
  span: [number, number],
  days: number,
): BeforeAfter {
  const before: [number, number] = [span[0] - days * DAY_MS, span[0]];
  const after: [number, number] = [span[1], span[1] + days * DAY_MS];
  const result: BeforeAfter = {
    days,
    before: { events: 0, fatalities: 0, withoutFigure: 0 },
    after: { events: 0, fatalities: 0, withoutFigure: 0 },
    coarse: 0,
  };
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k] as number;
    const start = data.starts[row] as number;
    const end = data.ends[row] as number;
    const windows: [[number, number], Window][] = [
      [before, result.before],
      [after, result.after],
    ];
    let leftOut = false;
    for (const [[w0, w1], into] of windows) {
      if (end <= w0 || start >= w1) continue;
      if (start < w0 || end > w1) {
        leftOut = true;
        continue;
      }
      into.events++;
      const dead = data.fatalities[row] as number;
      if (Number.isNaN(dead)) into.withoutFigure++;
      else into.fatalities += dead;
    }
    // An event touching both windows is one event left out, not two.
    if (leftOut) result.coarse++;
  }
  return result;
}
