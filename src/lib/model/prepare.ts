/**
 * Turns a validated chronology into what the views read: parsed dates, people and sources
 * resolved, events in time order, and month groups. Pure: same input, same output.
 */
import { mustParseDate, monthKey, type PartialDate } from './dates';
import { sourcesDisagree } from './disagreement';
import type {
  ChartEvent,
  Chronology,
  ChronologyEvent,
  ChronologyHeader,
  Era,
  Participant,
  Person,
  Source,
  Status,
} from './types';

export interface ResolvedParticipant {
  /** Display name: the person's name, or the plain name the data gave. */
  name: string;
  person?: Person;
  role?: string;
  status?: Status;
  note?: string;
  sources: string[];
}

export interface CitedSource {
  /** Registry id ("S14"), or a positional key for an inline source. */
  key: string;
  source: Source;
}

/**
 * An event as the page holds it for drawing, filtering and counting: its chart fields, parsed
 * dates, and where its whole record is. The full record (`FullEventView`) is in memory only
 * until the dataset is released (`releaseBodies`); after that it is read from IndexedDB.
 */
export interface EventView {
  readonly event: ChartEvent;
  readonly start: PartialDate;
  readonly end?: PartialDate;
  /** Position in the file's `events` (and so in the stored chunks): where its record is. */
  readonly index: number;
  /** Whether its sources disagree (model/disagreement.ts): the mark's cue and the legend's. */
  readonly disagrees: boolean;
}

/** An event with its whole record: what the list's cards, the detail and exports show. */
export interface FullEventView extends EventView {
  readonly event: ChronologyEvent;
  readonly participants: ResolvedParticipant[];
  readonly sources: CitedSource[];
}

/** An era with its dates parsed; no `end` means it is still going on. */
export interface EraView {
  readonly era: Era;
  readonly start: PartialDate;
  readonly end?: PartialDate;
}

export interface PreparedChronology<V extends EventView = EventView> {
  /** The dataset's header; its events too, until they are released. */
  readonly chronology: ChronologyHeader;
  /** In time order: start, then end, then id. */
  readonly events: V[];
  /** Where each event's span starts and ends on the axis, in the order of `events`. */
  readonly spans: EventSpans;
  /** The dataset's eras, broadest level first, each level in time order. Empty when it has none. */
  eras: EraView[];
  readonly byId: Map<string, V>;
  people: Map<string, Person>;
  sources: Map<string, Source>;
}

/**
 * Event spans as numbers (ms): `starts[i]` and `ends[i]` are `spanOf(events[i])`. Made while
 * sorting, so that the extent and the first lanes of 100,000 events read typed arrays instead
 * of walking every event object again (each such walk took 10–15 ms on a first visit).
 */
export interface EventSpans {
  readonly starts: Float64Array;
  readonly ends: Float64Array;
}

/** Just prepared: every event's record is in memory. */
export interface InMemoryChronology extends PreparedChronology<FullEventView> {
  readonly chronology: Chronology;
}

export function prepareChronology(chronology: Chronology): InMemoryChronology {
  const people = new Map((chronology.people ?? []).map((p) => [p.id, p]));
  const sources = new Map<string, Source>();
  for (const source of chronology.sources ?? []) if (source.id) sources.set(source.id, source);

  const unsorted = chronology.events.map(
    (event, index) => new LazyEventView(event, index, people, sources),
  );
  const { events, spans } = sortByTime(unsorted);
  let byId: Map<string, FullEventView> | undefined;
  return {
    chronology,
    events,
    spans,
    eras: prepareEras(chronology.eras ?? []),
    // Built on first use: the first draw of 100,000 events does not need it.
    get byId() {
      byId ??= new Map(events.map((v) => [v.event.id, v]));
      return byId;
    },
    people,
    sources,
  };
}

export function prepareEras(eras: readonly Era[]): EraView[] {
  return eras
    .map((era): EraView => {
      const start = mustParseDate(era.start);
      return era.end === undefined ? { era, start } : { era, start, end: mustParseDate(era.end) };
    })
    .sort((a, b) => a.era.level - b.era.level || a.start.startMs - b.start.startMs);
}

/**
 * An event with parsed dates; participants and sources are resolved on first use, because a
 * 100,000-event chronology must draw before anyone has looked at who attended what.
 */
export class LazyEventView implements FullEventView {
  readonly start: PartialDate;
  readonly end?: PartialDate;
  #disagrees?: boolean;
  #participants?: ResolvedParticipant[];
  #sources?: CitedSource[];

  constructor(
    /**
     * Once released (./release.ts), only the record's ChartEvent fields: from then on the view
     * is read only as an EventView (ViewModel.prepared), never as the FullEventView it was.
     */
    public event: ChronologyEvent,
    readonly index: number,
    private readonly people: Map<string, Person>,
    private readonly registry: Map<string, Source>,
  ) {
    this.start = mustParseDate(event.start);
    if (event.end !== undefined) this.end = mustParseDate(event.end);
  }

  get disagrees(): boolean {
    this.#disagrees ??= sourcesDisagree(this.event);
    return this.#disagrees;
  }

  get participants(): ResolvedParticipant[] {
    this.#participants ??= (this.event.participants ?? []).map((entry) =>
      resolveParticipant(entry, this.people),
    );
    return this.#participants;
  }

  get sources(): CitedSource[] {
    this.#sources ??= (this.event.sources ?? []).flatMap((entry, i): CitedSource[] => {
      if (typeof entry !== 'string') return [{ key: entry.id ?? `${i + 1}`, source: entry }];
      const source = this.registry.get(entry);
      return source ? [{ key: entry, source }] : [];
    });
    return this.#sources;
  }
}

/** A participant as the views show it: the registered person, or the plain name the data gave. */
export function resolveParticipant(
  entry: string | Participant,
  people: ReadonlyMap<string, Person>,
): ResolvedParticipant {
  const detail = typeof entry === 'string' ? { person: entry } : entry;
  const person = people.get(detail.person);
  return {
    name: person?.name ?? detail.person,
    person,
    role: detail.role ?? person?.role,
    status: detail.status,
    note: detail.note,
    sources: detail.sources ?? [],
  };
}

/** Time order (start, end, id); numeric keys in typed arrays keep 100,000 events fast. */
function sortByTime<V extends EventView>(views: V[]): { events: V[]; spans: EventSpans } {
  const n = views.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = views[i] as EventView;
    starts[i] = v.start.startMs;
    ends[i] = v.end?.endMs ?? v.start.endMs;
  }
  const compare = (a: number, b: number): number => {
    const byStart = (starts[a] as number) - (starts[b] as number);
    if (byStart) return byStart;
    const byEnd = (ends[a] as number) - (ends[b] as number);
    if (byEnd) return byEnd;
    const idA = (views[a] as EventView).event.id;
    const idB = (views[b] as EventView).event.id;
    return idA < idB ? -1 : idA > idB ? 1 : 0;
  };
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) if (compare(i - 1, i) > 0) sorted = false;
  if (sorted) return { events: views, spans: { starts, ends } };
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort(compare);
  const sortedStarts = new Float64Array(n);
  const sortedEnds = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    sortedStarts[i] = starts[order[i] as number] as number;
    sortedEnds[i] = ends[order[i] as number] as number;
  }
  return {
    events: order.map((i) => views[i] as V),
    spans: { starts: sortedStarts, ends: sortedEnds },
  };
}

export function compareEvents(a: EventView, b: EventView): number {
  return (
    a.start.startMs - b.start.startMs ||
    (a.end?.endMs ?? a.start.endMs) - (b.end?.endMs ?? b.start.endMs) ||
    (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0)
  );
}

export interface MonthGroup {
  /** "2025-02", or "2025" for events known only to the year. */
  key: string;
  events: EventView[];
}

/** Consecutive month groups of events already in time order. */
export function groupByMonth(events: readonly EventView[]): MonthGroup[] {
  const groups: MonthGroup[] = [];
  for (const view of events) {
    const key = monthKey(view.start);
    const last = groups.at(-1);
    if (last && last.key === key) last.events.push(view);
    else groups.push({ key, events: [view] });
  }
  return groups;
}

/** People grouped by side, in the order sides first appear: "US: Witkoff · RU: Putin, Ushakov". */
export function participantsBySide(
  participants: readonly ResolvedParticipant[],
): { side: string; members: ResolvedParticipant[] }[] {
  const bySide = new Map<string, ResolvedParticipant[]>();
  for (const p of participants) {
    const side = p.person?.side ?? '';
    const list = bySide.get(side) ?? [];
    list.push(p);
    bySide.set(side, list);
  }
  return [...bySide].map(([side, members]) => ({ side, members }));
}

/**
 * Every source an event cites anywhere (its list, then figures, notes and participants), once,
 * so the detail's reference list covers every bracketed id on the page.
 */
export function allCitedSources(view: FullEventView, registry: Map<string, Source>): CitedSource[] {
  const out = [...view.sources];
  const seen = new Set(out.map((c) => c.key));
  const ids = [
    ...(view.event.figures ?? []).flatMap((f) => f.sources ?? []),
    ...(view.event.notes ?? []).flatMap((n) => n.sources ?? []),
    ...view.participants.flatMap((p) => p.sources),
  ];
  for (const id of ids) {
    const source = registry.get(id);
    if (source && !seen.has(id)) {
      seen.add(id);
      out.push({ key: id, source });
    }
  }
  return out;
}
