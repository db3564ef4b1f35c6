/**
 * Questions asked of a time-ordered selection, shared by the app and the embed: the span the
 * whole dataset covers, and which events overlap the visible range.
 */
import type { EventSpans, EventView } from '../model/prepare';
import { lowerBound, spanEndOf } from './lanes';
import { dataExtent } from './scale';

/** The whole dataset's padded span, so the zoom does not jump when filters change. */
export function selectionExtent(spans: EventSpans | undefined): [number, number] {
  return dataExtent(spans?.starts ?? [], spans?.ends ?? []);
}

/**
 * Events overlapping [from, to); all of them (the same array) when there is no range. Binary
 * search on the time-ordered starts, then a scan of those that begin before `to`.
 */
export function eventsInRange(events: EventView[], from?: number, to?: number): EventView[] {
  if (from === undefined || to === undefined) return events;
  const starts = Float64Array.from(events, (v) => v.start.startMs);
  const end = lowerBound(starts, to);
  const out: EventView[] = [];
  for (let i = 0; i < end; i++) {
    const v = events[i] as EventView;
    if (spanEndOf(v) > from) out.push(v);
  }
  return out;
}
