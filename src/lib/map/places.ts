/**
 * The map's places: the events of the selection in view, one entry per place, as the place
 * filter names them (../filters/filters.ts `placeOf`), so a click on a place sets exactly the
 * value `place=` filters by. Pure: the events as columns (../columns/) and the selection as rows
 * of them in, places out; the map component only draws them.
 */
import type { EventColumns } from '../columns/event-columns';
import { UNSTATED } from '../filters/filters';
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

/**
 * The most frequent code of a tally (code → count); a tie goes to the value that sorts first,
 * so the answer never depends on the events' order. Undefined for an empty tally.
 */
function mostCommon(tally: Map<number, number>, values: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [code, count] of tally) {
    const value = values[code] as string;
    // An empty channel is no channel (the data may write "track": "").
    if (!value) continue;
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
  /** Codes of the position and channel columns (code + 1, as they store them) → events. */
  positions: Map<number, number>;
  channels: Map<number, number>;
  first: number;
  last: number;
}

function tally(into: Map<number, number>, code: number): void {
  if (code !== 0) into.set(code - 1, (into.get(code - 1) ?? 0) + 1);
}

/**
 * One entry per place among `rows` (of the columns; `views` are the prepared events, row for
 * row), busiest first (ties by name), the "no place" entry last. Events without a place are
 * counted in that entry, never dropped; a place whose events give no coordinates is listed
 * without them. One pass over codes: 100,000 events are a few ms.
 */
export function placesOf(
  columns: EventColumns,
  rows: ArrayLike<number>,
  views: readonly EventView[],
): MapPlace[] {
  const byCode: (Building | undefined)[] = [];
  const found: Building[] = [];
  const { startMs } = columns;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    const code = columns.place.codes[row] as number;
    let place = byCode[code];
    if (!place) {
      const key = code === 0 ? UNSTATED : (columns.place.table.values[code - 1] as string);
      place = byCode[code] = {
        key,
        count: 0,
        positions: new Map(),
        channels: new Map(),
        first: row,
        last: row,
      };
      found.push(place);
    }
    place.count++;
    if (code !== 0) tally(place.positions, columns.position.codes[row] as number);
    tally(place.channels, columns.track.codes[row] as number);
    if ((startMs[row] as number) < (startMs[place.first] as number)) place.first = row;
    if ((startMs[row] as number) >= (startMs[place.last] as number)) place.last = row;
  }
  const places = found.map((b): MapPlace => {
    const place: MapPlace = {
      key: b.key,
      label: b.key === UNSTATED ? NO_PLACE_LABEL : b.key,
      count: b.count,
      first: views[b.first] as EventView,
      last: views[b.last] as EventView,
    };
    const position = mostCommon(b.positions, columns.position.table.values);
    if (position) place.coordinates = position.split(',').map(Number) as [number, number];
    const channel = mostCommon(b.channels, columns.track.table.values);
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
