/**
 * The sentence over the map: how many events are in view, how many of them are on the map and
 * at how many places, and how many are not (no place, or a place without coordinates), so no
 * event is silently left off. The live map and the exported image print the same words.
 */
import { UNSTATED } from '../filters/filters';
import type { MapPlace } from './places';

const count = (list: readonly MapPlace[]) => list.reduce((sum, p) => sum + p.count, 0);

/** "47 events in view: 37 at 17 places on the map, 10 without a place." */
export function placesSummary(places: readonly MapPlace[]): string {
  const mapped = places.filter((p) => p.coordinates);
  const unplaced = count(places.filter((p) => p.key === UNSTATED));
  const parts = [
    `${count(mapped).toLocaleString('en')} at ${mapped.length} ${mapped.length === 1 ? 'place' : 'places'} on the map`,
  ];
  if (unplaced) parts.push(`${unplaced.toLocaleString('en')} without a place`);
  const unmapped = count(places.filter((p) => !p.coordinates && p.key !== UNSTATED));
  if (unmapped) parts.push(`${unmapped.toLocaleString('en')} at places without coordinates`);
  const total = count(places);
  return `${total.toLocaleString('en')} ${total === 1 ? 'event' : 'events'} in view: ${parts.join(', ')}.`;
}
