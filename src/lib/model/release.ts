/**
 * Letting go of a prepared chronology's event records, once they are safely stored: loaded with
 * the code that reads them back (src/lib/db/event-bodies.ts), never in the first load.
 */
import {
  LazyEventView,
  type EventView,
  type FullEventView,
  type PreparedChronology,
} from './prepare';
import type { ChartEvent, Chronology, ChronologyEvent, ChronologyHeader } from './types';

/** The fields of `event` the chart reads, and no others. */
export function chartEventOf(event: ChartEvent): ChartEvent {
  const chart: ChartEvent = { id: event.id, title: event.title, start: event.start };
  if (event.shortTitle !== undefined) chart.shortTitle = event.shortTitle;
  if (event.end !== undefined) chart.end = event.end;
  if (event.approximate !== undefined) chart.approximate = event.approximate;
  if (event.timeZone !== undefined) chart.timeZone = event.timeZone;
  if (event.kind !== undefined) chart.kind = event.kind;
  if (event.track !== undefined) chart.track = event.track;
  if (event.tags !== undefined) chart.tags = event.tags;
  if (event.location !== undefined) chart.location = event.location;
  if (event.status !== undefined) chart.status = event.status;
  return chart;
}

/** Views whose records have left memory. */
const released = new WeakSet<EventView>();

/** The event's whole record, while it is still in memory (not released). */
export function inMemoryBody(view: EventView): FullEventView | undefined {
  return view instanceof LazyEventView && !released.has(view) ? view : undefined;
}

/**
 * Drops every event's record from memory, keeping what the chart reads (`ChartEvent`), and the
 * chronology's events array with them. The views stay the same objects, so the columns and
 * lanes built on them stay valid; the columns must be built first (they read the records).
 */
export function releaseBodies(prepared: PreparedChronology): void {
  for (const view of prepared.events) {
    if (!(view instanceof LazyEventView) || released.has(view)) continue;
    // Asked while the record is here, and remembered: the mark's cue needs it at every frame.
    void view.disagrees;
    view.event = chartEventOf(view.event) as ChronologyEvent;
    released.add(view);
  }
  const { events: _events, ...header } = prepared.chronology as Chronology;
  (prepared as { chronology: ChronologyHeader }).chronology = header;
}

/** The whole view of `view` from its record read back from storage. */
export function fullView(
  view: EventView,
  event: ChronologyEvent,
  prepared: Pick<PreparedChronology, 'people' | 'sources'>,
): FullEventView {
  return new LazyEventView(event, view.index, prepared.people, prepared.sources);
}
