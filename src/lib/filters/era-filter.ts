/**
 * The era filter (`?era=<id>`) as the date-range filter the filters already apply: the era's
 * first and last day become `after` and `before`, narrowed by any dates the reader set.
 *
 * The date-range filter keeps events that overlap the range; for an era those are the events
 * that start in it, as long as no event starts before an era and runs into it (none in the
 * curated data does: its eras begin and end on dated events).
 */
import { utcDayText } from '../model/dates';
import { findEra, ownEnd, type EraSpan } from '../timeline/eras';
import type { Filters } from './filters';

export interface DayBounds {
  /** First day, YYYY-MM-DD, inclusive. */
  after: string;
  /** Last day, inclusive; absent while the era is open. */
  before?: string;
}

function day(ms: number): string {
  return utcDayText(ms);
}

/** The days an era covers, or undefined when the id names no era of this dataset. */
export function eraFilterBounds(
  spans: readonly EraSpan[],
  id: string | undefined,
): DayBounds | undefined {
  const span = findEra(spans, id);
  if (!span) return undefined;
  const after = day(span.start);
  // The end is exclusive (the midnight after the last day): the last day holds the ms before
  // it. A day shared with the next era is that era's. An open era has no last day yet.
  const end = ownEnd(spans, span);
  return span.endDate || end < span.end ? { after, before: day(end - 1) } : { after };
}

/** The filters with the era's days applied: the later start and the earlier end win. */
export function withEraFilter(filters: Filters, bounds: DayBounds | undefined): Filters {
  if (!bounds) return filters;
  const after = !filters.after || bounds.after > filters.after ? bounds.after : filters.after;
  const before =
    bounds.before === undefined
      ? filters.before
      : !filters.before || bounds.before < filters.before
        ? bounds.before
        : filters.before;
  return { ...filters, after, ...(before !== undefined ? { before } : {}) };
}

/** The id, if it names one of the dataset's eras: an unknown id is dropped, never guessed. */
export function knownEra(spans: readonly EraSpan[], id: string | undefined): string | undefined {
  return findEra(spans, id)?.era.id;
}
