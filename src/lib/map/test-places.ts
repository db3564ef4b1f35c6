/** Test data: events made as ../timeline/test-data.ts makes them, as the map reads them. */
import { buildEventColumns } from '../columns/event-columns';
import { allRows } from '../columns/filter-columns';
import { prepareChronology } from '../model/prepare';
import type { ChronologyEvent } from '../model/types';
import { placesOf, type MapPlace } from './places';

/** The events as columns, all of them selected, with their prepared views row for row. */
export function selection(events: Partial<ChronologyEvent>[]) {
  const prepared = prepareChronology({
    events: events.map((e, i) => ({ id: `e${i}`, title: `Event ${i}`, start: '2025-01-01', ...e })),
  });
  const columns = buildEventColumns(prepared);
  return { columns, rows: allRows(columns.count), views: prepared.events };
}

/** The places of every one of `events`. */
export function placed(events: Partial<ChronologyEvent>[]): MapPlace[] {
  const { columns, rows, views } = selection(events);
  return placesOf(columns, rows, views);
}
