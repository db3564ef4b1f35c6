/**
 * A dataset beside the talks as columns: what the band counts, one typed array per field, in
 * time order (by start). Built event by event — from a chronology in memory, or from a file
 * streamed a thousand rows at a time (conflict/stream-import.ts) — and stored as it is, so a
 * million conflict events reopen without a million objects.
 */
import { createStringTable, intern, type StringTable } from '../columns/string-table';
import { mustParseDate } from '../model/dates';
import type { Chronology, ChronologyEvent, Figure } from '../model/types';

const DAY_MS = 86_400_000;

/**
 * Many strings as one: item i is `text.slice(ends[i - 1] ?? 0, ends[i])`. A million ids and
 * titles held as two million strings made every full garbage collection walk them all, a
 * frame of most of a second in the middle of a zoom; as two strings it walks two.
 */
export interface TextColumn {
  text: string;
  ends: Uint32Array;
}

export function textAt(column: TextColumn, i: number): string {
  return column.text.slice(i === 0 ? 0 : (column.ends[i - 1] as number), column.ends[i]);
}

/** Strings per piece of text the builder keeps while events arrive. */
const PIECE = 8192;

/**
 * Strings added one by one and kept as a few long ones — a piece per PIECE strings, joined
 * when full — so a million titles held while a file streams in are a hundred strings, not a
 * million. `column(order)` gives them back as one TextColumn in the order asked.
 */
class TextBuilder {
  private pieces: string[] = [];
  private pending: string[] = [];
  /** Where each string ends in its piece. */
  private ends = new Uint32Array(1024);
  private count = 0;
  private at = 0;

  add(value: string): void {
    if (this.count === this.ends.length) {
      const grown = new Uint32Array(this.ends.length * 2);
      grown.set(this.ends);
      this.ends = grown;
    }
    this.pending.push(value);
    this.at += value.length;
    this.ends[this.count++] = this.at;
    if (this.pending.length === PIECE) this.seal();
  }

  private seal(): void {
    this.pieces.push(this.pending.join(''));
    this.pending = [];
    this.at = 0;
  }

  column(order: ArrayLike<number>): TextColumn {
    if (this.pending.length) this.seal();
    const get = (i: number) => {
      const piece = this.pieces[Math.floor(i / PIECE)] as string;
      const start = i % PIECE === 0 ? 0 : (this.ends[i - 1] as number);
      return piece.slice(start, this.ends[i]);
    };
    const ends = new Uint32Array(order.length);
    const parts = new Array<string>(order.length);
    let at = 0;
    for (let k = 0; k < order.length; k++) {
      const value = get(order[k] as number);
      parts[k] = value;
      at += value.length;
      ends[k] = at;
    }
    return { text: parts.join(''), ends };
  }
}

export interface BesideData {
  title: string;
  count: number;
  /** The events' ids and titles (textAt). */
  ids: TextColumn;
  titles: TextColumn;
  /** Span on the axis, ms: the start date's first instant, the end date's (or start's) end. */
  starts: Float64Array;
  ends: Float64Array;
  /** Fatalities each event reports (its preferred figure); NaN when it gives none. */
  fatalities: Float64Array;
  /** Lane (type of violence, event type) as an index into `tracks`. */
  track: Uint32Array;
  tracks: string[];
  /** Region (admin1, adm_1) as an index into `regions`; events without one share "". */
  region: Uint32Array;
  regions: string[];
  /**
   * The event's first two actors (ACLED actor1 and actor2, GED side_a and side_b: its
   * participants), each as an index into `actors` plus one; 0 when there is none.
   */
  actor1: Uint32Array;
  actor2: Uint32Array;
  actors: string[];
}

/** The number a figure of fatalities gives: its value, else nothing. */
function fatalitiesOf(figures: readonly Figure[] | undefined): number {
  let chosen: number | undefined;
  for (const figure of figures ?? []) {
    if (figure.measure !== 'fatalities' || figure.value === undefined) continue;
    if (figure.preferred) return figure.value;
    chosen ??= figure.value;
  }
  return chosen ?? NaN;
}

function nameOf(participant: NonNullable<ChronologyEvent['participants']>[number]): string {
  return typeof participant === 'string' ? participant : participant.person;
}

/** Growable columns: one `add` per event, in any order; `finish` sorts them by start. */
export class BesideBuilder {
  private n = 0;
  private capacity = 1024;
  private readonly ids = new TextBuilder();
  private readonly titles = new TextBuilder();
  private starts = new Float64Array(this.capacity);
  private ends = new Float64Array(this.capacity);
  private fatalities = new Float64Array(this.capacity);
  // 32 bits: with 16, a region or lane past the 65,536th would wrap round to another, silently.
  private track = new Uint32Array(this.capacity);
  private region = new Uint32Array(this.capacity);
  private actor1 = new Uint32Array(this.capacity);
  private actor2 = new Uint32Array(this.capacity);
  private readonly tracks: StringTable = createStringTable();
  private readonly regions: StringTable = createStringTable();
  private readonly actors: StringTable = createStringTable();

  constructor(private readonly title: string) {}

  get count(): number {
    return this.n;
  }

  add(event: ChronologyEvent): void {
    if (this.n === this.capacity) this.grow();
    const i = this.n++;
    const start = mustParseDate(event.start);
    const end = event.end ? mustParseDate(event.end) : start;
    this.ids.add(event.id);
    this.titles.add(event.title);
    // An approximate day (ACLED's "within a week") is not known to that day: it spans the
    // week around it, so a day's bar never claims it.
    const week = event.approximate && end === start && start.precision === 'day';
    this.starts[i] = week ? start.startMs - 3 * DAY_MS : start.startMs;
    this.ends[i] = week ? start.startMs + 4 * DAY_MS : end.endMs;
    this.fatalities[i] = fatalitiesOf(event.figures);
    this.track[i] = intern(this.tracks, event.track ?? 'Other');
    this.region[i] = intern(this.regions, event.location?.region ?? '');
    const [first, second] = event.participants ?? [];
    this.actor1[i] = first === undefined ? 0 : intern(this.actors, nameOf(first)) + 1;
    this.actor2[i] = second === undefined ? 0 : intern(this.actors, nameOf(second)) + 1;
  }

  private grow(): void {
    this.capacity *= 2;
    const grown = <T extends Float64Array | Uint16Array | Uint32Array>(old: T): T => {
      const next = new (old.constructor as new (n: number) => T)(this.capacity);
      next.set(old);
      return next;
    };
    this.starts = grown(this.starts);
    this.ends = grown(this.ends);
    this.fatalities = grown(this.fatalities);
    this.track = grown(this.track);
    this.region = grown(this.region);
    this.actor1 = grown(this.actor1);
    this.actor2 = grown(this.actor2);
  }

  /** The columns in time order (start, then end, then file order). */
  finish(): BesideData {
    const n = this.n;
    const order = timeOrder(this.starts.subarray(0, n), this.ends.subarray(0, n));
    const pick = <T extends Float64Array | Uint16Array | Uint32Array>(column: T): T => {
      const out = new (column.constructor as new (n: number) => T)(n);
      for (let k = 0; k < n; k++) out[k] = column[order[k] as number] as number;
      return out;
    };
    return {
      title: this.title,
      count: n,
      ids: this.ids.column(order),
      titles: this.titles.column(order),
      starts: pick(this.starts),
      ends: pick(this.ends),
      fatalities: pick(this.fatalities),
      track: pick(this.track),
      tracks: [...this.tracks.values],
      region: pick(this.region),
      regions: [...this.regions.values],
      actor1: pick(this.actor1),
      actor2: pick(this.actor2),
      actors: [...this.actors.values],
    };
  }
}

/**
 * Indexes in time order. Exports are mostly sorted already (ACLED newest first, GED by id),
 * so a run that is already in order, either way, is not sorted again.
 */
function timeOrder(starts: Float64Array, ends: Float64Array): Uint32Array {
  const n = starts.length;
  const order = new Uint32Array(n);
  let ascending = true;
  let descending = true;
  for (let i = 0; i < n; i++) {
    order[i] = i;
    if (i > 0) {
      const a = starts[i - 1] as number;
      const b = starts[i] as number;
      if (b < a || (b === a && (ends[i] as number) < (ends[i - 1] as number))) ascending = false;
      if (b > a || (b === a && (ends[i] as number) > (ends[i - 1] as number))) descending = false;
    }
  }
  if (ascending) return order;
  if (descending) {
    // Reversed, but events that tie keep their file order.
    order.reverse();
    let i = 0;
    while (i < n) {
      let j = i + 1;
      const s = starts[order[i] as number];
      const e = ends[order[i] as number];
      while (j < n && starts[order[j] as number] === s && ends[order[j] as number] === e) j++;
      order.subarray(i, j).reverse();
      i = j;
    }
    return order;
  }
  return order.sort(
    (a, b) =>
      (starts[a] as number) - (starts[b] as number) ||
      (ends[a] as number) - (ends[b] as number) ||
      a - b,
  );
}

export function besideData(chronology: Chronology): BesideData {
  const builder = new BesideBuilder(chronology.title ?? 'Dataset');
  for (const event of chronology.events) builder.add(event);
  return builder.finish();
}

/** Stored columns (a streamed import), as against a chronology's events. */
export function isBesideData(value: Chronology | BesideData): value is BesideData {
  return (value as Partial<BesideData>).starts instanceof Float64Array;
}
