/**
 * A dataset shown beside the talks as context (conflict events, most often): its events as
 * columns, counted per period of the axis and around a chosen talks event. Pure.
 *
 * Precision is honoured, never smeared: an event counts in a period only when its whole span
 * lies in it. An event known only to the month is in a month's bar, but in no day's or week's,
 * and the band says how many it left out; the same holds for the days before and after an event.
 */
import { mustParseDate } from '../model/dates';
import type { Chronology, ChronologyEvent, Figure } from '../model/types';
import type { Binning } from '../timeline/scale';
import { createStringTable, intern } from '../columns/string-table';

const DAY_MS = 86_400_000;

export interface BesideData {
  title: string;
  count: number;
  ids: string[];
  titles: string[];
  /** Span on the axis, ms: the start date's first instant, the end date's (or start's) end. */
  starts: Float64Array;
  ends: Float64Array;
  /** Fatalities each event reports (its preferred figure); NaN when it gives none. */
  fatalities: Float64Array;
  /** Lane (type of violence, event type) as an index into `tracks`. */
  track: Uint16Array;
  tracks: string[];
  /** Region (admin1, adm_1) as an index into `regions`; events without one share "". */
  region: Uint16Array;
  regions: string[];
}

/** The number a figure of fatalities gives: its value, else nothing. */
function fatalitiesOf(figures: readonly Figure[] | undefined): number {
  const own = (figures ?? []).filter((f) => f.measure === 'fatalities' && f.value !== undefined);
  const chosen = own.find((f) => f.preferred) ?? own[0];
  return chosen?.value ?? NaN;
}

export function besideData(chronology: Chronology): BesideData {
  const events: readonly ChronologyEvent[] = chronology.events;
  const count = events.length;
  const data: BesideData = {
    title: chronology.title ?? 'Dataset',
    count,
    ids: [],
    titles: [],
    starts: new Float64Array(count),
    ends: new Float64Array(count),
    fatalities: new Float64Array(count),
    track: new Uint16Array(count),
    tracks: [],
    region: new Uint16Array(count),
    regions: [],
  };
  const tracks = createStringTable();
  const regions = createStringTable();
  events.forEach((event, i) => {
    const start = mustParseDate(event.start);
    const end = event.end ? mustParseDate(event.end) : start;
    data.ids.push(event.id);
    data.titles.push(event.title);
    // An approximate day (ACLED's "within a week") is not known to that day: it spans the
    // week around it, so a day's bar never claims it.
    const week = event.approximate && end === start && start.precision === 'day';
    data.starts[i] = week ? start.startMs - 3 * DAY_MS : start.startMs;
    data.ends[i] = week ? start.startMs + 4 * DAY_MS : end.endMs;
    data.fatalities[i] = fatalitiesOf(event.figures);
    data.track[i] = intern(tracks, event.track ?? 'Other');
    data.region[i] = intern(regions, event.location?.region ?? '');
  });
  data.tracks = [...tracks.values];
  data.regions = [...regions.values];
  return data;
}

/** The rows whose lane is among `tracks` (all when null), in `region` when one is given. */
export function besideRows(
  data: BesideData,
  tracks: ReadonlySet<number> | null,
  region?: number,
): number[] {
  const rows: number[] = [];
  for (let i = 0; i < data.count; i++)
    if (
      (!tracks || tracks.has(data.track[i] as number)) &&
      (region === undefined || data.region[i] === region)
    )
      rows.push(i);
  return rows;
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

/** Events (and their fatalities) per period of `binning` between t0 and t1. */
export function densityBins(
  data: BesideData,
  rows: readonly number[],
  binning: Binning,
  t0: number,
  t1: number,
): Density {
  const starts = binning.range(binning.floor(t0), t1);
  if (starts.length === 0 || (starts[0] as number) > t0) starts.unshift(binning.floor(t0));
  const bins: DensityBin[] = starts.map((start, i) => ({
    t0: start,
    t1: starts[i + 1] ?? binning.offset(start, 1),
    events: 0,
    fatalities: 0,
  }));
  // The first and last bars reach past the view's edges: they count what they hold whole.
  const from = (bins[0] as DensityBin).t0;
  const to = (bins[bins.length - 1] as DensityBin).t1;
  let coarse = 0;
  for (const row of rows) {
    const start = data.starts[row] as number;
    const end = data.ends[row] as number;
    if (end <= from || start >= to) continue;
    const bin = binHolding(bins, start);
    if (!bin || end > bin.t1) {
      coarse++;
      continue;
    }
    bin.events++;
    const dead = data.fatalities[row] as number;
    if (!Number.isNaN(dead)) bin.fatalities += dead;
  }
  return { bins, coarse };
}

function binHolding(bins: readonly DensityBin[], ms: number): DensityBin | undefined {
  let lo = 0;
  let hi = bins.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const bin = bins[mid] as DensityBin;
    if (ms < bin.t0) hi = mid - 1;
    else if (ms >= bin.t1) lo = mid + 1;
    else return bin;
  }
  return undefined;
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
  rows: readonly number[],
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
  for (const row of rows) {
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
