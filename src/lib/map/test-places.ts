/** Test data: events made as ../timeline/test-data.ts makes them, as the map reads them. */
import type { ChronologyEvent } from '../model/types';
import { selection as selectionOf, type Selection } from '../numbers/test-data';
import { placesOf, type MapPlace } from './places';

/** The events as columns, all of them selected, with their prepared views row for row. */
export function selection(events: Partial<ChronologyEvent>[]): Selection {
  return selectionOf({
    events: events.map((e, i) => ({ id: `e${i}`, title: `Event ${i}`, start: '2025-01-01', ...e })),
  });
}

/** The places of every one of `events`. */
export function placed(events: Partial<ChronologyEvent>[]): MapPlace[] {
  const { columns, rows, views } = selection(events);
  return placesOf(columns, rows, views);
}
