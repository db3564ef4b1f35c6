// Small chronologies for the timeline's unit tests.
import { prepareChronology, type FullEventView } from '../model/prepare';
import type { ChronologyEvent } from '../model/types';

export function views(events: Partial<ChronologyEvent>[]): FullEventView[] {
  return prepareChronology({
    events: events.map((e, i) => ({ id: `e${i}`, title: `Event ${i}`, start: '2025-01-01', ...e })),
  }).events;
}
