/**
 * TimelineJS eras (a file's `eras`, a sheet's rows of Type "era") become Parley eras: periods
 * drawn as labelled bands over the axis. TimelineJS lets eras overlap (eras.json in its own
 * examples has the Tang dynasty across three others); Parley draws eras of one level in one
 * row, so overlapping eras go to rows of their own: the longest first, each era on the first
 * level where it overlaps nothing. A long era thus stays level 1, the broadest, as Parley's
 * levels mean.
 */
import { parseDate } from '../model/dates';
import { IdPool, slugId } from './ids';
import { plain, Tally } from './timelinejs-event';

/** What a converter read of one era, its dates already checked (undefined: not usable). */
export interface EraInput {
  headline: unknown;
  text: unknown;
  start?: string;
  end?: string;
}

/**
 * Parley eras in the order given, or undefined for an era without a usable start (its date
 * problem is the converter's to report). An era without a headline is named by its dates.
 */
export function timelineEras(
  inputs: readonly EraInput[],
  tally: Tally,
): (Record<string, unknown> | undefined)[] {
  const ids = new IdPool();
  const eras = inputs.map((input) => {
    if (input.start === undefined) return undefined;
    const title = plain(input.headline, tally) ?? untitledEra(input.start, input.end);
    const era: Record<string, unknown> = {
      id: ids.unique(slugId(title, input.start)),
      title,
      start: input.start,
      level: 1,
    };
    if (input.end !== undefined) era['end'] = input.end;
    const summary = plain(input.text, tally);
    if (summary !== undefined) era['summary'] = summary;
    return era;
  });
  const levels = eraLevels(
    eras.map((era) =>
      era ? span(era['start'] as string, era['end'] as string | undefined) : undefined,
    ),
  );
  eras.forEach((era, i) => {
    if (era) era['level'] = levels[i];
  });
  return eras;
}

function untitledEra(start: string, end: string | undefined): string {
  return end === undefined ? `Era from ${start}` : `Era ${start} to ${end}`;
}

interface Span {
  startMs: number;
  /** An era without an end runs on: nothing of its level may follow it. */
  endMs: number;
}

function span(start: string, end: string | undefined): Span | undefined {
  const from = parseDate(start);
  if (!from.ok) return undefined;
  const to = end === undefined ? undefined : parseDate(end);
  // Where eras meet, the validator compares an era's start with the start of the one before's end.
  const endMs =
    to === undefined ? Number.POSITIVE_INFINITY : to.ok ? to.date.startMs : from.date.startMs;
  return { startMs: from.date.startMs, endMs };
}

/**
 * A level for each span (1 for a span that could not be read): longest first, each on the
 * lowest level where it overlaps nothing already placed. Pure, for tests.
 */
export function eraLevels(spans: readonly (Span | undefined)[]): number[] {
  const levels = spans.map(() => 1);
  const order = spans
    .map((s, i) => ({ s, i }))
    .filter((x): x is { s: Span; i: number } => x.s !== undefined)
    .sort(
      (a, b) => b.s.endMs - b.s.startMs - (a.s.endMs - a.s.startMs) || a.s.startMs - b.s.startMs,
    );
  const placed: Span[][] = [];
  for (const { s, i } of order) {
    let level = 0;
    while (placed[level]?.some((p) => s.startMs < p.endMs && p.startMs < s.endMs)) level++;
    (placed[level] ??= []).push(s);
    levels[i] = level + 1;
  }
  return levels;
}
