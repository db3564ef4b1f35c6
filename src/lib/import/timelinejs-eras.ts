/**
 * TimelineJS eras (a file's `eras`, a sheet's rows of Type "era") become Parley eras: periods
 * drawn as labelled bands over the axis. TimelineJS lets eras overlap (eras.json in its own
 * examples has the Tang dynasty across three others); Parley draws eras of one level in one
 * row, so overlapping eras go to rows of their own: the longest first, each era on the first
 * level where it clashes with nothing. A long era thus stays level 1, the broadest, as
 * Parley's levels mean.
 */
import { parseDate } from '../model/dates';
import { IdPool, slugId } from './ids';
import { plain, plainLine, Tally } from './timelinejs-event';
import type { DraftProblem } from './types';

/** What a converter read of one era, its dates already checked (undefined: not usable). */
export interface EraInput {
  headline: unknown;
  text: unknown;
  start?: string;
  end?: string;
}

/** Parley draws at most this many rows of eras (the validator's highest level). */
const MAX_LEVEL = 9;

export interface ConvertedEras {
  /** The eras that have a start, in the file's order. */
  eras: Record<string, unknown>[];
  /** For each of `eras`, the index of its input: where it is in the file. */
  inputIndex: number[];
}

/**
 * Parley eras from the file's, in the file's order. An era without a usable start is left out
 * (its date problem is the converter's); one without a headline is named by its dates, with a
 * warning; one that would need a tenth row is a problem, named by `where(input index)`.
 */
export function timelineEras(
  inputs: readonly EraInput[],
  tally: Tally,
  problems: DraftProblem[],
  where: (inputIndex: number) => string,
): ConvertedEras {
  const ids = new IdPool();
  const eras: Record<string, unknown>[] = [];
  const inputIndex: number[] = [];
  inputs.forEach((input, i) => {
    if (input.start === undefined) return;
    const headline = plainLine(input.headline, tally);
    if (headline === undefined) tally.untitledEras++;
    const title = headline ?? untitledEra(input.start, input.end);
    const era: Record<string, unknown> = {
      id: ids.unique(slugId(headline ?? 'era', input.start)),
      title,
      start: input.start,
      level: 1,
    };
    if (input.end !== undefined) era['end'] = input.end;
    const summary = plain(input.text, tally);
    if (summary !== undefined) era['summary'] = summary;
    eras.push(era);
    inputIndex.push(i);
  });
  const levels = eraLevels(
    eras.map((era) => span(era['start'] as string, era['end'] as string | undefined)),
  );
  const drawn: ConvertedEras = { eras: [], inputIndex: [] };
  eras.forEach((era, k) => {
    const level = levels[k] as number;
    const index = inputIndex[k] as number;
    // Reported here, in the file's terms, and kept from the validator, which would only see
    // a level out of range or two eras of one level overlapping.
    if (level > MAX_LEVEL) {
      problems.push({
        where: where(index),
        order: -1,
        message: `overlaps ${MAX_LEVEL} other eras at once; Parley draws at most ${MAX_LEVEL} rows of eras`,
      });
    } else {
      era['level'] = level;
      drawn.eras.push(era);
      drawn.inputIndex.push(index);
    }
  });
  return drawn;
}

/**
 * Where a validator path into the eras (`eras[2].start`) is in the file: `describe` names an
 * input era, and the field in the file's terms. Undefined for a path that is not an era's.
 */
export function locateEra(
  path: string,
  inputIndex: readonly number[],
  describe: (inputIndex: number, field: string | undefined) => string,
): { where: string; order: number } | undefined {
  const m = /^eras\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (!m) return undefined;
  const k = Number(m[1]);
  return { where: describe(inputIndex[k] ?? k, m[2]), order: -1 };
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
  // The validator compares an era's start with the start of the previous one's end date.
  const endMs =
    to === undefined ? Number.POSITIVE_INFINITY : to.ok ? to.date.startMs : from.date.startMs;
  // An end before the start is the validator's to report, once: here the era is a point.
  return { startMs: from.date.startMs, endMs: Math.max(endMs, from.date.startMs) };
}

/**
 * Whether two eras cannot share a level. Eras that only meet can; two that start together
 * cannot, even when one lasts no time, as the validator orders those by their place in the
 * file and would find the second inside the first.
 */
function clash(a: Span, b: Span): boolean {
  return a.startMs === b.startMs || (a.startMs < b.endMs && b.startMs < a.endMs);
}

/**
 * A level for each span (1 for a span that could not be read): longest first, each on the
 * lowest level where it clashes with nothing already placed. Pure, for tests.
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
    while (placed[level]?.some((p) => clash(s, p))) level++;
    (placed[level] ??= []).push(s);
    levels[i] = level + 1;
  }
  return levels;
}
