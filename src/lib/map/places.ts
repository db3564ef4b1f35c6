/**
 * The map's places: the events of the selection in view, one entry per place, as the place
 * filter names them (../filters/filters.ts `placeOf`), so a click on a place sets exactly the
 * value `place=` filters by. Pure: events in, places out; the map component only draws them.
 */
import { placeOf, UNSTATED } from '../filters/filters';
import type { EventView } from '../model/prepare';

/** One place of the selection, with what the map draws and its table lists. */
export interface MapPlace {
  /** The place filter's value: the city, else the country; UNSTATED ('-') for "no place". */
  key: string;
  /** What the reader reads: the key itself, or NO_PLACE_LABEL for events without a place. */
  label: string;
  /**
   * [longitude, latitude], d3-geo's order: the position most of its events give (events of
   * one city may name different venues). Absent when none of its events gives both.
   */
  coordinates?: [number, number];
  /** Events of the selection in view at this place. */
  count: number;
  /** The channel (`track`) most of its events belong to: the symbol's colour. Absent if none has one. */
  channel?: string;
  /** Its earliest and latest event, by start. */
  first: EventView;
  last: EventView;
}

/** The entry for events that name no place (phone calls, documents): listed, never drawn. */
export const NO_PLACE_LABEL = 'No place (calls, documents)';

/** Counts of values, keeping the order in which values first came. */
type Tally = Map<string, number>;

function add(tally: Tally, value: string): void {
  tally.set(value, (tally.get(value) ?? 0) + 1);
}

/** The most frequent value; a tie goes to the value that sorts first, so the answer never
 * depends on the events' order. */
function mostCommon(tally: Tally): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [value, count] of tally) {
    if (count > bestCount || (count === bestCount && best !== undefined && value < best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

interface Building {
  key: string;
  count: number;
  coordinates: Tally;
  channels: Tally;
  first: EventView;
  last: EventView;
  /** The last numbers seen here and their position: most events of a place repeat them. */
  seenLat?: number;
  seenLon?: number;
  seenPosition?: string;
}

/**
 * Both finite numbers, inside the globe's ranges: else the position is not usable. The
 * position of numbers `place` saw last is not made again (100,000 strings at 100,000 events).
 */
function positionOf(view: EventView, place: Building): string | undefined {
  const lat = view.event.location?.lat;
  const lon = view.event.location?.lon;
  if (typeof lat !== 'number' || typeof lon !== 'number') return undefined;
  if (lat === place.seenLat && lon === place.seenLon) return place.seenPosition;
  place.seenLat = lat;
  place.seenLon = lon;
  const usable =
    Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
  place.seenPosition = usable ? `${lon},${lat}` : undefined;
  return place.seenPosition;
}

/**
 * One entry per place among `events`, busiest first (ties by name), the "no place" entry
 * last. Events without a place are counted in that entry, never dropped; a place whose events
 * give no coordinates is listed without them. One pass: 100,000 events are a few ms.
 */
export function placesOf(events: readonly EventView[]): MapPlace[] {
  const byKey = new Map<string, Building>();
  for (const view of events) {
    const key = placeOf(view.event);
    let place = byKey.get(key);
    if (!place) {
      place = {
        key,
        count: 0,
        coordinates: new Map(),
        channels: new Map(),
        first: view,
        last: view,
      };
      byKey.set(key, place);
    }
    place.count++;
    const position = key === UNSTATED ? undefined : positionOf(view, place);
    if (position) add(place.coordinates, position);
    if (view.event.track) add(place.channels, view.event.track);
    if (view.start.startMs < place.first.start.startMs) place.first = view;
    if (view.start.startMs >= place.last.start.startMs) place.last = view;
  }
  const places = [...byKey.values()].map((b): MapPlace => {
    const place: MapPlace = {
      key: b.key,
      label: b.key === UNSTATED ? NO_PLACE_LABEL : b.key,
      count: b.count,
      first: b.first,
      last: b.last,
    };
    const position = mostCommon(b.coordinates);
    if (position) place.coordinates = position.split(',').map(Number) as [number, number];
    const channel = mostCommon(b.channels);
    if (channel) place.channel = channel;
    return place;
  });
  return places.sort(
    (a, b) =>
      Number(a.key === UNSTATED) - Number(b.key === UNSTATED) ||
      b.count - a.count ||
      a.label.localeCompare(b.label),
  );
}

/**
 * The place filter after a click on `key`: that place alone, or no place filter when it was
 * already the one place chosen ("click again clears it").
 */
export function togglePlace(chosen: readonly string[], key: string): string[] {
  return chosen.length === 1 && chosen[0] === key ? [] : [key];
}
