/**
 * Eras: the named periods a chronology may divide its history into ("Minsk process,
 * 2014–2022"), drawn as bands over the axis and used as quick ranges and as a filter.
 *
 * Pure. An era's dates are civil dates like every other date in Parley (model/dates.ts): a day
 * is the whole calendar day at UTC on the floating axis, in every reader's zone. An era without
 * an `end` is still open: it runs to the end the caller gives (the data's end, or today).
 */
import { parseDate, type PartialDate } from '../model/dates';
import type { Era as EraRecord } from '../model/types';

/** One era as the data file states it (model/types.ts, data/README.md "Eras"), read
 * defensively: its sources are always a list. */
export type Era = EraRecord & { sources: string[] };

/** An era placed on the axis: ms from the start of its first day to the end of its last. */
export interface EraSpan {
  readonly era: Era;
  readonly startDate: PartialDate;
  /** Undefined while the era is open. */
  readonly endDate?: PartialDate;
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
}

const DAY = 86_400_000;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * The eras of a loaded chronology. The field is read defensively, because a chronology from
 * `?data=` or an import may have none, or an older validator may have let anything through:
 * an era without an id, a title or a real start is left out rather than guessed at, and so is
 * one that ends before it starts or repeats an id. Sorted by level, then time.
 */
export function readEras(value: unknown): Era[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const eras: { era: Era; startMs: number }[] = [];
  for (const item of value as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const raw = item as Record<string, unknown>;
    const id = text(raw.id);
    const title = text(raw.title);
    const start = text(raw.start);
    const end = text(raw.end);
    if (!id || !title || !start || seen.has(id)) continue;
    const from = parseDate(start);
    const to = end === undefined ? undefined : parseDate(end);
    if (!from.ok || (to && (!to.ok || to.date.endMs <= from.date.startMs))) continue;
    seen.add(id);
    // The format's levels run from 1 (broadest); a file without one means the broadest.
    const level = typeof raw.level === 'number' && Number.isInteger(raw.level) ? raw.level : 1;
    const era: Era = {
      id,
      title,
      start,
      ...(end !== undefined ? { end } : {}),
      level: Math.max(1, level),
      summary: text(raw.summary),
      startNote: text(raw.startNote),
      endNote: text(raw.endNote),
      sources: Array.isArray(raw.sources)
        ? (raw.sources as unknown[]).filter((s): s is string => typeof s === 'string')
        : [],
    };
    eras.push({ era, startMs: from.date.startMs });
  }
  eras.sort((a, b) => a.era.level - b.era.level || a.startMs - b.startMs);
  return eras.map((e) => e.era);
}

/**
 * Eras as spans in ms. `openEnd` is where an open era stops: the data's end, or today. It never
 * ends an era before the end of its first day.
 */
export function eraSpans(eras: readonly Era[], openEnd: number): EraSpan[] {
  return eras.flatMap((era): EraSpan[] => {
    const from = parseDate(era.start);
    if (!from.ok) return [];
    const to = era.end === undefined ? undefined : parseDate(era.end);
    if (to && !to.ok) return [];
    const endDate = to?.ok ? to.date : undefined;
    return [
      {
        era,
        startDate: from.date,
        ...(endDate ? { endDate } : {}),
        start: from.date.startMs,
        end: endDate ? endDate.endMs : Math.max(openEnd, from.date.endMs),
      },
    ];
  });
}

/** The lowest level number the eras use: the broadest periods. */
export function broadestLevel(spans: readonly EraSpan[]): number {
  return spans.reduce((lowest, span) => Math.min(lowest, span.era.level), Infinity);
}

/**
 * The era (at `level`, by default the broadest) that contains the instant `ms`. Where one era ends on the day the next
 * begins, that shared day belongs to the one that begins there: it is what the day opened.
 */
export function eraAt(
  spans: readonly EraSpan[],
  ms: number,
  level = broadestLevel(spans),
): EraSpan | undefined {
  let found: EraSpan | undefined;
  for (const span of spans) {
    if (span.era.level !== level || ms < span.start || ms >= span.end) continue;
    if (!found || span.start > found.start) found = span;
  }
  return found;
}

/**
 * Where an era stops owning days: its end, or the start of the next era at its level if that
 * comes first (the shared day, as in `eraAt`). Bands and the era filter both stop here.
 */
export function ownEnd(spans: readonly EraSpan[], span: EraSpan): number {
  let end = span.end;
  for (const other of spans) {
    if (other.era.level === span.era.level && other.start > span.start && other.start < end) {
      end = other.start;
    }
  }
  return end;
}

export function findEra(spans: readonly EraSpan[], id: string | undefined): EraSpan | undefined {
  return id === undefined ? undefined : spans.find((s) => s.era.id === id);
}

/** Share of an era's length added on each side of its quick range, so its edges show. */
const RANGE_PADDING = 0.02;

/**
 * The range a quick-range button shows: the era, padded a little and widened to whole days
 * (so the URL reads from=2014-08-03), kept inside `extent` (the data's span) when given.
 */
export function eraRange(span: EraSpan, extent?: readonly [number, number]): [number, number] {
  const pad = Math.max(DAY, (span.end - span.start) * RANGE_PADDING);
  let from = Math.floor((span.start - pad) / DAY) * DAY;
  let to = Math.ceil((span.end + pad) / DAY) * DAY;
  if (extent) {
    from = Math.max(from, extent[0]);
    to = Math.min(to, extent[1]);
    if (to <= from) return [span.start, span.end];
  }
  return [from, to];
}

/** The era whose start is latest (the lowest level wins a tie): where a dataset's story is now. */
export function latestEra(spans: readonly EraSpan[]): EraSpan | undefined {
  let latest: EraSpan | undefined;
  for (const span of spans) {
    if (
      !latest ||
      span.start > latest.start ||
      (span.start === latest.start && span.era.level < latest.era.level)
    ) {
      latest = span;
    }
  }
  return latest;
}

/**
 * What a view without from/to in its URL opens on: the latest era's range, so a chronology that
 * reaches back to 2014 still opens on today's talks. A link to an event (`at`, its start) opens
 * on that event's era instead, or on everything when it falls in none, so the event is in view.
 * Undefined (fit everything) without eras.
 */
export function openingRange(
  spans: readonly EraSpan[],
  extent: readonly [number, number],
  at?: number,
): [number, number] | undefined {
  const era = at === undefined ? latestEra(spans) : eraAt(spans, at);
  return era ? eraRange(era, extent) : undefined;
}

/**
 * The range to write into the URL when the reader asks to see everything. With eras a URL
 * without from/to means "the latest era", so the whole history has to be spelled out.
 */
export function rangeForUrl(
  range: [number, number] | undefined,
  spans: readonly EraSpan[],
  extent: [number, number],
): [number, number] | undefined {
  return range ?? (spans.length ? [extent[0], extent[1]] : undefined);
}

/** True when two ranges show the same thing to within a minute (URLs keep minutes). */
export function sameRange(
  a: readonly [number, number] | undefined,
  b: readonly [number, number] | undefined,
): boolean {
  if (!a || !b) return false;
  return Math.abs(a[0] - b[0]) < 60_000 && Math.abs(a[1] - b[1]) < 60_000;
}

/** "2014–2022", "2022" or "2025–" for an open era. */
export function eraYears(span: EraSpan): string {
  const first = span.startDate.year;
  if (!span.endDate) return `${first}–`;
  const last = span.endDate.year;
  return last === first ? String(first) : `${first}–${last}`;
}

/** The era's name for buttons: its title, with its years when the title does not say them. */
export function eraName(span: EraSpan): string {
  const title = span.era.title;
  return /\b\d{4}\b/.test(title) ? title : `${title}, ${eraYears(span)}`;
}
