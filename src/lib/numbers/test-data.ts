/** A small chronology for the aggregations' tests: disputed, open and missing durations. */
import { buildEventColumns, type EventColumns } from '../columns/event-columns';
import { allRows } from '../columns/filter-columns';
import { prepareChronology, type EventView } from '../model/prepare';
import type { Chronology, ChronologyEvent } from '../model/types';

export const DATA: Chronology = {
  people: [
    { id: 'witkoff', name: 'Steve Witkoff', side: 'US' },
    { id: 'putin', name: 'Vladimir Putin', side: 'RU' },
    { id: 'dmitriev', name: 'Kirill Dmitriev', side: 'RU' },
    { id: 'bin-salman', name: 'Mohammed bin Salman', side: 'MED' },
    { id: 'erdogan', name: 'Recep Tayyip Erdoğan', side: 'MED' },
  ],
  sources: [
    { id: 'S1', publisher: 'TASS', url: 'https://tass.example/1' },
    { id: 'S2', publisher: 'UNN', url: 'https://unn.example/2' },
  ],
  events: [
    {
      id: 'feb',
      title: 'Witkoff–Putin, 11 Feb',
      start: '2025-02-11',
      kind: 'envoy-meeting',
      participants: ['witkoff', 'putin'],
      location: { city: 'Moscow', country: 'Russia' },
      figures: [
        { measure: 'duration', unit: 'hour', value: 3.5, attribution: 'Witkoff' },
        { measure: 'duration', unit: 'hour', value: 3, attribution: 'Trump' },
      ],
    },
    {
      id: 'riyadh',
      title: 'Riyadh round',
      start: '2025-02-18',
      kind: 'negotiation-round',
      participants: ['witkoff', { person: 'bin-salman', role: 'host' }, 'A. Plain Name'],
      location: { city: 'Riyadh', country: 'Saudi Arabia' },
      figures: [{ measure: 'duration', unit: 'minute', value: 270, sources: ['S1'] }],
    },
    {
      id: 'jeddah',
      title: 'Jeddah round',
      start: '2025-03-11',
      kind: 'negotiation-round',
      participants: ['bin-salman'],
      location: { city: 'Jeddah', country: 'Saudi Arabia' },
    },
    {
      id: 'mar',
      title: 'Witkoff–Putin, 13 Mar',
      start: '2025-03-13T20:00+03:00',
      kind: 'envoy-meeting',
      participants: ['witkoff', 'putin', 'dmitriev'],
      location: { city: 'Moscow', country: 'Russia' },
      figures: [
        {
          measure: 'duration',
          unit: 'hour',
          min: 3,
          max: 4,
          attribution: 'Witkoff',
          sources: ['S1'],
        },
        { measure: 'duration', unit: 'hour', text: 'several hours' },
        { measure: 'mission members', unit: 'count', value: 12 },
      ],
    },
    {
      id: 'call',
      title: 'A call',
      start: '2025-03-18',
      kind: 'phone-call',
      participants: ['putin', 'Donald Trump'],
      figures: [
        { measure: 'duration', unit: 'minute', max: 50, attribution: 'Ushakov', sources: ['S2'] },
      ],
    },
    {
      id: 'istanbul',
      title: 'Istanbul talks',
      start: '2025-05',
      kind: 'negotiation-round',
      participants: ['erdogan', 'dmitriev'],
      location: { city: 'Istanbul', country: 'Türkiye' },
      figures: [{ measure: 'duration', unit: 'day', value: 2 }],
    },
    {
      id: 'aug',
      title: 'Witkoff–Putin, 6 Aug',
      start: '2025-08-06',
      kind: 'envoy-meeting',
      participants: ['witkoff', 'putin'],
      location: { country: 'Russia' },
    },
    { id: 'year', title: 'Some time in 2025', start: '2025', kind: 'document' },
  ],
};

export interface Selection {
  columns: EventColumns;
  /** Every event, as rows of the columns (time order). */
  rows: Uint32Array;
  /** The prepared events, row for row. */
  views: readonly EventView[];
  /** The records, row for row. */
  records: readonly ChronologyEvent[];
  /** The id of each row of `rows`-like lists. */
  ids: (rows: readonly number[]) => string[];
}

/** The test chronology as the panel reads it: its columns, and all of it selected. */
export function selection(data: Chronology = DATA): Selection {
  const prepared = prepareChronology(data);
  const columns = buildEventColumns(prepared);
  return {
    columns,
    rows: allRows(columns.count),
    views: prepared.events,
    records: prepared.events.map((view) => view.event),
    ids: (rows) => rows.map((row) => columns.ids[row] as string),
  };
}
