/**
 * How often two people met: the days between each of their shared events and the next. "Met"
 * is "both took part in the event" (calls included), the same test as the participant filter's
 * "all of them", so an interval's events are exactly what `person=a&person=b&personMatch=all`
 * shows between its two dates. Pure.
 */
import { civilDay } from '../model/dates';
import { participantKeys } from './people';
import type { CountedEvent } from './types';

const DAY_MS = 86_400_000;

/** The pair the panel opens on when the data has both (person ids in data/chronology.json). */
export const PREFERRED_PAIR: readonly [string, string] = ['witkoff', 'putin'];

export interface PairInterval {
  from: CountedEvent;
  to: CountedEvent;
  /** Whole days from the first event's start day to the second's. */
  days: number;
  /** Either date is known only to the month or year: the count is rough. */
  approximate: boolean;
}

/** The events both `a` and `b` took part in, in time order. */
export function sharedEvents(
  events: readonly CountedEvent[],
  a: string,
  b: string,
): CountedEvent[] {
  return events
    .filter((e) => {
      const keys = participantKeys(e.event);
      return keys.includes(a) && keys.includes(b);
    })
    .sort((x, y) => x.start.startMs - y.start.startMs);
}

/**
 * Days between start days, counted on the calendar each date was written in: a meeting that
 * began at 20:00 in Moscow is on that Moscow day, whatever the UTC instant.
 */
function dayNumber(e: CountedEvent): number {
  const day = civilDay(e.start);
  return Math.floor((day ? Date.parse(`${day}T00:00Z`) : e.start.startMs) / DAY_MS);
}

/** The gaps between the consecutive shared events of `a` and `b`. */
export function pairIntervals(
  events: readonly CountedEvent[],
  a: string,
  b: string,
): PairInterval[] {
  const shared = sharedEvents(events, a, b);
  const out: PairInterval[] = [];
  for (let i = 1; i < shared.length; i++) {
    const from = shared[i - 1] as CountedEvent;
    const to = shared[i] as CountedEvent;
    out.push({
      from,
      to,
      days: dayNumber(to) - dayNumber(from),
      approximate: from.start.day === undefined || to.start.day === undefined,
    });
  }
  return out;
}

/** Every pair of participants with how many events they shared, most first. */
export function pairCounts(
  events: readonly CountedEvent[],
): { pair: [string, string]; count: number }[] {
  const counts = new Map<string, { pair: [string, string]; count: number }>();
  for (const { event } of events) {
    const keys = participantKeys(event).sort();
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        const pair: [string, string] = [keys[i] as string, keys[j] as string];
        const id = JSON.stringify(pair);
        const entry = counts.get(id);
        if (entry) entry.count++;
        else counts.set(id, { pair, count: 1 });
      }
    }
  }
  return [...counts.values()].sort(
    (x, y) => y.count - x.count || x.pair.join().localeCompare(y.pair.join()),
  );
}

/**
 * The pair to show first: Witkoff and Putin when the dataset lists both, else the pair that met
 * most often in `events`; undefined when no event has two participants.
 */
export function defaultPair(
  events: readonly CountedEvent[],
  people: ReadonlyMap<string, unknown>,
): [string, string] | undefined {
  const [a, b] = PREFERRED_PAIR;
  if (people.has(a) && people.has(b)) return [a, b];
  return pairCounts(events)[0]?.pair;
}
