/**
 * What changed between two versions of a chronology, event by event: the facts a reader of a
 * developing story needs to re-check (dates, figures, sources, who attended, where, how sure).
 * Events are matched by id. Pure: the same two versions always give the same answer, in time
 * order, whatever the reader's time zone.
 */
import { mustParseDate } from './dates';
import type {
  Chronology,
  ChronologyEvent,
  Figure,
  Participant,
  Person,
  Place,
  Source,
  Status,
} from './types';

/** The fields that say when an event happened. */
export interface EventDates {
  start: string;
  end?: string;
  approximate?: boolean;
  timeZone?: string;
}

export type FieldChange =
  | { field: 'dates'; before: EventDates; after: EventDates }
  | { field: 'title'; before: string; after: string }
  | { field: 'place'; before?: Place; after?: Place }
  /** Display names (a person's name from `people`, or the plain name the data gave). */
  | { field: 'participants'; added: string[]; removed: string[]; changed: string[] }
  /** One per measure whose reported values changed; each side in the data's order. */
  | { field: 'figures'; measure: string; before: Figure[]; after: Figure[] }
  /** Sources resolved from the registry and compared by URL. */
  | { field: 'sources'; added: Source[]; removed: Source[] }
  | { field: 'status'; before?: Status; after?: Status }
  | { field: 'summary'; before?: string; after?: string }
  /** Anything else that differs (kind, track, notes, …), by key, so no change goes unsaid. */
  | { field: 'other'; keys: string[] };

export interface EventChange {
  id: string;
  before: ChronologyEvent;
  after: ChronologyEvent;
  changes: FieldChange[];
}

export interface ChronologyDiff {
  /** In `next`, not in `previous`. */
  added: ChronologyEvent[];
  /** In `previous`, not in `next` (the previous version's data). */
  removed: ChronologyEvent[];
  changed: EventChange[];
  hasChanges: boolean;
}

/** Keys compared by their own rule; every other key of an event is compared whole. */
const HANDLED = new Set([
  'id',
  'start',
  'end',
  'approximate',
  'timeZone',
  'title',
  'location',
  'participants',
  'figures',
  'sources',
  'status',
  'summary',
]);

/**
 * Keys that are not facts about the event, so a change to them is not news to a returning
 * reader: `shortTitle` is a label for the chart, made from the title (whose changes are said).
 */
const NOT_NEWS = new Set(['shortTitle']);

/** The parts of a place that say where; the rest (a note) is reported as `location.<key>`. */
const PLACE_KEYS = ['venue', 'city', 'region', 'country', 'venueStatus', 'lat', 'lon'] as const;

/** What a figure reports; its sources and notes are details, reported as `figures`. */
const FIGURE_KEYS = ['unit', 'value', 'min', 'max', 'approx', 'text', 'attribution'] as const;

export function diffChronologies(previous: Chronology, next: Chronology): ChronologyDiff {
  const before = new Map(previous.events.map((e) => [e.id, e]));
  const after = new Map(next.events.map((e) => [e.id, e]));
  const context: Context = {
    before: { people: peopleOf(previous), sources: registryOf(previous) },
    after: { people: peopleOf(next), sources: registryOf(next) },
  };

  const added = next.events.filter((e) => !before.has(e.id));
  const removed = previous.events.filter((e) => !after.has(e.id));
  const changed: EventChange[] = [];
  for (const event of next.events) {
    const old = before.get(event.id);
    if (!old) continue;
    const changes = diffEvent(old, event, context);
    if (changes.length) changed.push({ id: event.id, before: old, after: event, changes });
  }
  return {
    added: inTimeOrder(added, (e) => e),
    removed: inTimeOrder(removed, (e) => e),
    changed: inTimeOrder(changed, (c) => c.after),
    hasChanges: added.length + removed.length + changed.length > 0,
  };
}

interface Side {
  people: Map<string, Person>;
  sources: Map<string, Source>;
}
interface Context {
  before: Side;
  after: Side;
}

function peopleOf(chronology: Chronology): Map<string, Person> {
  return new Map((chronology.people ?? []).map((p) => [p.id, p]));
}

function registryOf(chronology: Chronology): Map<string, Source> {
  const out = new Map<string, Source>();
  for (const source of chronology.sources ?? []) if (source.id) out.set(source.id, source);
  return out;
}

function diffEvent(a: ChronologyEvent, b: ChronologyEvent, context: Context): FieldChange[] {
  const out: FieldChange[] = [];
  const datesA = datesOf(a);
  const datesB = datesOf(b);
  if (!same(datesA, datesB)) out.push({ field: 'dates', before: datesA, after: datesB });
  if (a.title !== b.title) out.push({ field: 'title', before: a.title, after: b.title });
  if (!same(placePart(a.location), placePart(b.location))) {
    out.push({ field: 'place', before: a.location, after: b.location });
  }
  const participants = diffParticipants(a, b, context);
  if (participants) out.push(participants);
  out.push(...diffFigures(a.figures ?? [], b.figures ?? []));
  const sources = diffSources(a, b, context);
  if (sources) out.push(sources);
  if (a.status !== b.status) out.push({ field: 'status', before: a.status, after: b.status });
  if (a.summary !== b.summary) out.push({ field: 'summary', before: a.summary, after: b.summary });
  const other = otherKeys(a, b);
  if (other.length) out.push({ field: 'other', keys: other });
  return out;
}

function datesOf(event: ChronologyEvent): EventDates {
  return withoutUndefined({
    start: event.start,
    end: event.end,
    // Absent and false say the same thing.
    approximate: event.approximate ? true : undefined,
    timeZone: event.timeZone,
  });
}

function placePart(place: Place | undefined): Partial<Place> {
  if (!place) return {};
  return withoutUndefined(Object.fromEntries(PLACE_KEYS.map((key) => [key, place[key]])));
}

/** Participants are matched by person id (or plain name); the same person with a different
 * role, status or note is "changed". */
function diffParticipants(
  a: ChronologyEvent,
  b: ChronologyEvent,
  context: Context,
): FieldChange | undefined {
  const before = participantsByKey(a.participants);
  const after = participantsByKey(b.participants);
  const name = (key: string, side: Side) => side.people.get(key)?.name ?? key;
  const added = [...after.keys()].filter((k) => !before.has(k)).map((k) => name(k, context.after));
  const removed = [...before.keys()]
    .filter((k) => !after.has(k))
    .map((k) => name(k, context.before));
  const changed = [...after.keys()]
    .filter((k) => before.has(k) && !same(before.get(k), after.get(k)))
    .map((k) => name(k, context.after));
  if (!added.length && !removed.length && !changed.length) return undefined;
  return { field: 'participants', added, removed, changed };
}

function participantsByKey(list: ChronologyEvent['participants']): Map<string, Participant> {
  const out = new Map<string, Participant>();
  for (const entry of list ?? []) {
    const detail = typeof entry === 'string' ? { person: entry } : entry;
    out.set(detail.person, detail);
  }
  return out;
}

/** Per measure, the reported values as a multiset: reordering figures is not a change. */
function diffFigures(a: Figure[], b: Figure[]): FieldChange[] {
  const measures = [...new Set([...a, ...b].map((f) => f.measure))];
  const out: FieldChange[] = [];
  for (const measure of measures) {
    const before = a.filter((f) => f.measure === measure);
    const after = b.filter((f) => f.measure === measure);
    const key = (figures: Figure[]) => figures.map(figureKey).sort().join('\n');
    if (key(before) !== key(after)) out.push({ field: 'figures', measure, before, after });
  }
  return out;
}

function figureKey(figure: Figure): string {
  return stableJson(withoutUndefined(Object.fromEntries(FIGURE_KEYS.map((k) => [k, figure[k]]))));
}

/** The event's cited sources, by URL: a source moved into or out of the registry is the same
 * source; an id the registry lacks is compared as that id. */
function diffSources(
  a: ChronologyEvent,
  b: ChronologyEvent,
  context: Context,
): FieldChange | undefined {
  const before = sourcesByUrl(a.sources, context.before.sources);
  const after = sourcesByUrl(b.sources, context.after.sources);
  const added = [...after].filter(([url]) => !before.has(url)).map(([, s]) => s);
  const removed = [...before].filter(([url]) => !after.has(url)).map(([, s]) => s);
  if (!added.length && !removed.length) return undefined;
  return { field: 'sources', added, removed };
}

function sourcesByUrl(
  list: ChronologyEvent['sources'],
  registry: Map<string, Source>,
): Map<string, Source> {
  const out = new Map<string, Source>();
  for (const entry of list ?? []) {
    const source =
      typeof entry === 'string' ? (registry.get(entry) ?? { id: entry, url: '' }) : entry;
    const key = source.url || `id:${source.id ?? ''}`;
    if (!out.has(key)) out.set(key, source);
  }
  return out;
}

/** Keys outside the compared fields, plus a place's note and figures' sources and notes. */
function otherKeys(a: ChronologyEvent, b: ChronologyEvent): string[] {
  const keys = new Set(
    [...Object.keys(a), ...Object.keys(b)].filter((k) => !HANDLED.has(k) && !NOT_NEWS.has(k)),
  );
  const out = [...keys].filter((k) => !same(a[k], b[k])).sort();
  const restOfPlace = (p: Place | undefined) => omit(p ?? {}, PLACE_KEYS);
  const placeA = restOfPlace(a.location);
  const placeB = restOfPlace(b.location);
  for (const key of [...new Set([...Object.keys(placeA), ...Object.keys(placeB)])].sort()) {
    if (!same(placeA[key], placeB[key])) out.push(`location.${key}`);
  }
  const figuresA = a.figures ?? [];
  const figuresB = b.figures ?? [];
  const valuesSame = diffFigures(figuresA, figuresB).length === 0;
  if (valuesSame && !sameMultiset(figuresA, figuresB)) out.push('figures');
  return out;
}

function omit(value: object, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([k]) => !keys.includes(k)));
}

function sameMultiset(a: unknown[], b: unknown[]): boolean {
  const key = (list: unknown[]) => list.map(stableJson).sort().join('\n');
  return key(a) === key(b);
}

function same(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

/** JSON with object keys sorted, so key order in the file is never a change. */
function stableJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
        : v,
    ) ?? 'undefined'
  );
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** By start instant, then id: the order a reader meets them on the timeline. */
function inTimeOrder<T>(items: T[], eventOf: (item: T) => ChronologyEvent): T[] {
  const keyed = items.map((item) => {
    const event = eventOf(item);
    return { item, start: mustParseDate(event.start).startMs, id: event.id };
  });
  keyed.sort((x, y) => x.start - y.start || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return keyed.map((k) => k.item);
}
