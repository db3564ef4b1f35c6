/**
 * What the filters mean: the filter state, its URL-facing names, and a plain implementation
 * over event objects (`applyFilters`, `facetCounts`) that states the semantics in the simplest
 * terms. The app filters with the column store (../columns/filter-columns.ts), which a property
 * test holds equal to this one; this one is the specification it is tested against.
 */
import { kindLabel, statusLabel, trackLabel } from '../format/labels';
import { mustParseDate } from '../model/dates';
import { sourcesDisagree } from '../model/disagreement';
import type { FullEventView as EventView } from '../model/prepare';
import type { ChartEvent, ChronologyEvent, Status } from '../model/types';

export const FACETS = ['kind', 'track', 'person', 'place', 'status'] as const;
export type Facet = (typeof FACETS)[number];

export const FACET_LABELS: Record<Facet, string> = {
  kind: 'Kind',
  track: 'Channel',
  person: 'Participant',
  place: 'Place',
  status: 'Status',
};

export interface Filters {
  /** Selected values per facet; an empty list means no filter on that facet. */
  kind: string[];
  track: string[];
  person: string[];
  place: string[];
  status: string[];
  /**
   * 'all': an event must have every ticked participant ("Witkoff and Putin"), not any of them.
   * Absent: any of them, as for the other facets.
   */
  personMatch?: 'all';
  /** Tags, as the data writes them: events with any of them. */
  tag?: string[];
  /** Only the events whose sources disagree (model/disagreement.ts). */
  disagree?: boolean;
  /** Free text; every word must appear somewhere in the event. */
  q: string;
  /** Date range, inclusive, YYYY-MM-DD: events overlapping it match. */
  after?: string;
  before?: string;
  /** Only the events the reader starred. */
  starred?: boolean;
}

/**
 * The reader's own marks, which change while the dataset does not: so they are passed in at
 * each filtering instead of living in the index built once per dataset.
 */
export interface UserMarks {
  starred: ReadonlySet<string>;
  /** eventId → the reader's note, searched with the event's own text. */
  notes: ReadonlyMap<string, { text: string }>;
}

export const NO_FILTERS: Filters = {
  kind: [],
  track: [],
  person: [],
  place: [],
  status: [],
  q: '',
};

export function isFiltering(f: Filters): boolean {
  return (
    FACETS.some((facet) => f[facet].length > 0) ||
    f.q.trim() !== '' ||
    !!f.after ||
    !!f.before ||
    !!f.starred ||
    !!f.tag?.length ||
    !!f.disagree
  );
}

/** Facet value standing for "not stated". */
export const UNSTATED = '-';

/**
 * Facet values per event, built per facet on first use: a 100,000-event dataset draws before
 * anyone filters, and filtering by kind should not pay for resolving every participant.
 */
export interface FilterIndex {
  views: readonly EventView[];
  values: Partial<Record<Facet, string[][]>>;
  labels: Partial<Record<Facet, Map<string, string>>>;
  /** Lower-cased, accent-free text per event; built on the first search. */
  text?: string[];
  /** Whether each event's sources disagree; built on the first use of that filter. */
  disagree?: boolean[];
  /** Each facet value's count in the whole dataset: the panel's order, which filtering keeps. */
  totals: Partial<Record<Facet, Map<string, number>>>;
}

/** "Dolmabahçe" → "dolmabahce", so a search need not type accents. */
export function fold(text: string): string {
  // ASCII has no accent to strip, and it is most of what a search folds: skipping Unicode
  // normalisation there makes folding 100,000 events' texts several times faster.
  if (!BEYOND_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const BEYOND_ASCII = /[\u0080-\uffff]/;

/**
 * An event's value of the place filter: its city, else its country, else UNSTATED. The map
 * (../map/places.ts) names its places with it, so a click on one filters exactly as `place=` does.
 */
export function placeOf(event: Pick<ChartEvent, 'location'>): string {
  return event.location?.city ?? event.location?.country ?? UNSTATED;
}

/** Each facet's values for one event, and their display labels. */
const FACET_VALUES: Record<Facet, (view: EventView) => [value: string, label: string][]> = {
  kind: (v) => [[v.event.kind ?? UNSTATED, kindLabel(v.event.kind) ?? '']],
  track: (v) => [[v.event.track ?? UNSTATED, trackLabel(v.event.track) ?? '']],
  status: (v) => [[v.event.status ?? UNSTATED, statusLabel(v.event.status as Status) ?? '']],
  place: (v) => [[placeOf(v.event), placeOf(v.event)]],
  person: (v) =>
    v.participants.length
      ? v.participants.map((p) => [p.person?.id ?? p.name, p.name])
      : [[UNSTATED, '']],
};

export function buildFilterIndex(views: readonly EventView[]): FilterIndex {
  return { views, values: {}, labels: {}, totals: {} };
}

function facetValues(index: FilterIndex, facet: Facet): string[][] {
  let values = index.values[facet];
  if (!values) {
    const labels = new Map<string, string>();
    values = index.views.map((view) =>
      FACET_VALUES[facet](view).map(([value, label]) => {
        if (!labels.has(value)) labels.set(value, value === UNSTATED ? 'Not stated' : label);
        return value;
      }),
    );
    index.values[facet] = values;
    index.labels[facet] = labels;
  }
  return values;
}

function facetLabels(index: FilterIndex, facet: Facet): Map<string, string> {
  facetValues(index, facet);
  return index.labels[facet] ?? new Map();
}

/**
 * What a search looks in for one event, folded: its own text fields, tags, the display names of
 * its participants and its notes. Exported so that the column store's search index holds
 * exactly this text and answers exactly as this module does.
 */
export function eventSearchText(e: ChronologyEvent, participantNames: readonly string[]): string {
  const parts = [
    e.id,
    e.title,
    e.summary,
    e.statusNote,
    e.kind,
    e.track,
    e.location?.city,
    e.location?.country,
    e.location?.venue,
    ...(e.tags ?? []),
    ...participantNames,
    ...(e.notes ?? []).map((n) => n.text),
  ];
  return fold(parts.filter(Boolean).join(' \u0000 '));
}

function searchText(view: EventView): string {
  return eventSearchText(
    view.event,
    view.participants.map((p) => p.name),
  );
}

function textOf(index: FilterIndex): string[] {
  index.text ??= index.views.map(searchText);
  return index.text;
}

/**
 * The reader's notes folded for search. Notes are few and typed by hand, so folding them at
 * each search costs nothing next to the pass over the events.
 */
function foldedNotes(marks: UserMarks | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const [id, note] of marks?.notes ?? []) if (note.text) out.set(id, fold(note.text));
  return out;
}

/** Each facet value's count over the whole dataset (a person listed twice counts twice). */
function facetTotals(index: FilterIndex, facet: Facet): Map<string, number> {
  let totals = index.totals[facet];
  if (!totals) {
    totals = new Map();
    for (const values of facetValues(index, facet)) {
      for (const v of values) totals.set(v, (totals.get(v) ?? 0) + 1);
    }
    index.totals[facet] = totals;
  }
  return totals;
}

/** Whether every ticked participant is required, rather than any of them. */
export function requiresAllPeople(f: Filters): boolean {
  return f.personMatch === 'all' && f.person.length > 0;
}

/**
 * A test for one event against every filter except `except` (for facet counts). With "all of"
 * participants the person facet is never left out: ticking one more person narrows, so its
 * count is of the events that have everyone ticked and that person too.
 */
function matcher(
  index: FilterIndex,
  f: Filters,
  marks: UserMarks | undefined,
  except?: Facet,
): (i: number) => boolean {
  const allPeople = requiresAllPeople(f);
  const facetTests = FACETS.filter(
    (facet) => (facet !== except || (facet === 'person' && allPeople)) && f[facet].length > 0,
  ).map((facet) => {
    const wanted = new Set(f[facet]);
    const values = facetValues(index, facet);
    if (facet === 'person' && allPeople) {
      return (i: number) => [...wanted].every((v) => (values[i] as string[]).includes(v));
    }
    return (i: number) => (values[i] as string[]).some((v) => wanted.has(v));
  });
  const tags = f.tag?.length ? new Set(f.tag) : undefined;
  const disagree = f.disagree
    ? (index.disagree ??= index.views.map((v) => sourcesDisagree(v.event)))
    : undefined;
  const words = fold(f.q).split(/\s+/).filter(Boolean);
  const text = words.length ? textOf(index) : [];
  const notes = words.length ? foldedNotes(marks) : undefined;
  const starred = f.starred ? (marks?.starred ?? new Set<string>()) : undefined;
  const after = f.after ? mustParseDate(f.after).startMs : -Infinity;
  const before = f.before ? mustParseDate(f.before).endMs : Infinity;
  const views = index.views;
  return (i) => {
    for (const test of facetTests) if (!test(i)) return false;
    if (tags && !(views[i] as EventView).event.tags?.some((t) => tags.has(t))) return false;
    if (disagree && !disagree[i]) return false;
    if (starred && !starred.has((views[i] as EventView).event.id)) return false;
    if (words.length) {
      const t = text[i] as string;
      const note = notes?.size ? notes.get((views[i] as EventView).event.id) : undefined;
      for (const w of words) if (!t.includes(w) && !note?.includes(w)) return false;
    }
    if (after !== -Infinity || before !== Infinity) {
      const v = views[i] as EventView;
      const end = v.end ? v.end.endMs : v.start.endMs;
      if (end <= after || v.start.startMs >= before) return false;
    }
    return true;
  };
}

/** The events matching every filter, in time order. `marks` serve the starred filter and
 * the search of notes; without them no event is starred and no note is searched. */
export function applyFilters(index: FilterIndex, f: Filters, marks?: UserMarks): EventView[] {
  if (!isFiltering(f)) return index.views as EventView[];
  const match = matcher(index, f, marks);
  const out: EventView[] = [];
  for (let i = 0; i < index.views.length; i++) if (match(i)) out.push(index.views[i] as EventView);
  return out;
}

export interface FacetOption {
  value: string;
  label: string;
  /** Events that would match with this value ticked, given the other filters. */
  count: number;
}

/**
 * Counts per facet value, each facet counted under all the *other* filters, so ticking a value
 * shows how many events it would add (with "all of" participants: how many would remain).
 * Every value in the dataset is listed, busiest in the whole dataset first: an order that does
 * not change while filtering, so a value never moves under the reader's pointer.
 */
export function facetCounts(
  index: FilterIndex,
  f: Filters,
  marks?: UserMarks,
): Record<Facet, FacetOption[]> {
  const out = {} as Record<Facet, FacetOption[]>;
  for (const facet of FACETS) {
    const match = matcher(index, f, marks, facet);
    const counts = new Map<string, number>();
    const values = facetValues(index, facet);
    for (let i = 0; i < index.views.length; i++) {
      if (!match(i)) continue;
      for (const v of values[i] as string[]) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    const totals = facetTotals(index, facet);
    out[facet] = [...facetLabels(index, facet)]
      .map(([value, label]) => ({ value, label, count: counts.get(value) ?? 0 }))
      .sort(
        (a, b) =>
          (totals.get(b.value) ?? 0) - (totals.get(a.value) ?? 0) || a.label.localeCompare(b.label),
      );
  }
  return out;
}

/** The filters for one person's events: the person view's address (`?person=<key>`). */
export function filterByPerson(filters: Filters, key: string): Filters {
  return { ...filters, person: [key], personMatch: undefined };
}

/** The filters for the events two people shared. */
export function filterByPair(filters: Filters, a: string, b: string): Filters {
  return { ...filters, person: [a, b], personMatch: 'all' };
}
