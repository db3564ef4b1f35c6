/**
 * How many events of the selection happened where, and with which mediator. Places are keyed as
 * the place filter keys them (`place=`: the city, else the country, else "-" for none), so a
 * row's filter gives its events back. Pure.
 */
import type { ChronologyEvent, Person } from '../model/types';
import { participantKeys, personName } from './people';
import type { CountedEvent } from './types';

/** The facet value for "not stated" (filters.ts's UNSTATED). */
export const NOT_STATED = '-';

export interface CountRow {
  /** What the row's filter selects: a place value, or a person key. */
  key: string;
  label: string;
  count: number;
  eventIds: string[];
  /** For a country: the place values its events have (its filter is any of them). */
  places?: string[];
}

/** The place filter's value for an event (filters.ts's placeOf). */
export function placeValue(event: Pick<ChronologyEvent, 'location'>): string {
  return event.location?.city ?? event.location?.country ?? NOT_STATED;
}

function tally(
  events: readonly CountedEvent[],
  keysOf: (event: ChronologyEvent) => string[],
  labelOf: (key: string) => string,
  extra?: (row: CountRow, event: ChronologyEvent) => void,
): CountRow[] {
  const rows = new Map<string, CountRow>();
  for (const { event } of events) {
    for (const key of keysOf(event)) {
      let row = rows.get(key);
      if (!row) rows.set(key, (row = { key, label: labelOf(key), count: 0, eventIds: [] }));
      row.count++;
      row.eventIds.push(event.id);
      extra?.(row, event);
    }
  }
  // Busiest first; "not stated" last whatever its count, as it is not a place.
  return [...rows.values()].sort(
    (a, b) =>
      Number(a.key === NOT_STATED) - Number(b.key === NOT_STATED) ||
      b.count - a.count ||
      a.label.localeCompare(b.label),
  );
}

const notStated = (key: string) => (key === NOT_STATED ? 'No place stated' : key);

export function countsByPlace(events: readonly CountedEvent[]): CountRow[] {
  return tally(events, (e) => [placeValue(e)], notStated);
}

export function countsByCountry(events: readonly CountedEvent[]): CountRow[] {
  return tally(
    events,
    (e) => [e.location?.country ?? NOT_STATED],
    (key) => (key === NOT_STATED ? 'No country stated' : key),
    (row, e) => {
      const place = placeValue(e);
      row.places ??= [];
      if (!row.places.includes(place)) row.places.push(place);
    },
  );
}

/**
 * Events per mediator: participants whose person has side `MED` (a mediator or host). A plain
 * name has no side, so it is never counted as one.
 */
export function countsByMediator(
  events: readonly CountedEvent[],
  people: ReadonlyMap<string, Person>,
): CountRow[] {
  return tally(
    events,
    (e) => participantKeys(e).filter((key) => people.get(key)?.side === 'MED'),
    (key) => personName(key, people),
  );
}
