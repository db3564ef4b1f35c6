/**
 * The view as a URL, so reload, back/forward and a shared link restore it exactly.
 * Pure: URLSearchParams in, ViewState out, and back. Parameters (README "URL options"):
 *
 *   event=<id>            the open event          data=<url>       a chronology to load
 *   dataset=<id>          a dataset stored on this device (imported, or an earlier version)
 *   from=, to=            visible range           group=<lanes>    track|kind|place|participant
 *   kind=, track=, person=, place=, status=       facet filters, repeatable
 *   personMatch=all       only events with every person= listed (default: any of them)
 *   tag=<tag>             events with this tag, repeatable (any of them)
 *   disagree=1            only events whose sources disagree
 *   q=<words>             text search             after=, before=  date-range filter (YYYY-MM-DD)
 *   times=<zone>          how times show: venue (default), utc, local
 *   starred=1             only the events the reader starred
 *   era=<id>              only the events that start in that era (an id the data does not
 *                         have is dropped once the data is loaded: see era-filter.ts)
 *   show=<panel>          a view beside the timeline, repeatable: map, numbers, people
 *   story=<id>, step=<n>  a story of the dataset, open at step n (1, its title, when absent)
 *   article=1             with story=: the whole story as one page, to read or print
 *
 * Values that do not parse are dropped, never guessed.
 */
import { FACETS, NO_FILTERS, type Filters } from '../filters/filters';
import { isDeepTime, parseDate, utcDayText } from '../model/dates';
import { GROUPINGS, type Grouping } from '../timeline/lanes';
import { queryString } from './query-string';

export const TIME_DISPLAYS = ['venue', 'utc', 'local'] as const;

/** Views shown beside the timeline, each loaded on first use (README "URL options"). */
export const PANELS = ['map', 'numbers', 'people'] as const;
export type Panel = (typeof PANELS)[number];
export type TimeDisplay = (typeof TIME_DISPLAYS)[number];

export interface ViewState {
  event?: string;
  data?: string;
  /** A stored dataset's id; absent means the curated chronology (or `data`). */
  dataset?: string;
  group: Grouping;
  /** Visible range in ms; absent means "fit everything". */
  from?: number;
  to?: number;
  filters: Filters;
  times: TimeDisplay;
  /** An era's id: only its events. Kept beside `filters`, because only the data knows its days. */
  era?: string;
  /** The views shown beside the timeline, in the order they were opened; absent means none. */
  show?: Panel[];
  /** A story of the dataset being read (an id from its `stories`). */
  story?: string;
  /** The story's step, 1-based; only with `story`. */
  step?: number;
  /** The story as one page ("Read as an article"); only with `story`. */
  article?: boolean;
  /** A stored dataset drawn beside the timeline as a context layer (conflict events). */
  beside?: string;
}

export const DEFAULT_VIEW: ViewState = { group: 'track', filters: NO_FILTERS, times: 'venue' };

const OWN_KEYS = [
  'event',
  'data',
  'dataset',
  'group',
  'from',
  'to',
  ...FACETS,
  'personMatch',
  'tag',
  'disagree',
  'q',
  'after',
  'before',
  'times',
  'starred',
  'era',
  'show',
  'story',
  'step',
  'article',
  'beside',
];

function dayOrUndefined(text: string | null): string | undefined {
  if (!text) return undefined;
  const parsed = parseDate(text);
  return parsed.ok && parsed.date.precision === 'day' ? text : undefined;
}

/** An era's or a story's id as ids are written (no spaces or markup, not absurdly long); else dropped. */
function eraIdOrUndefined(text: string | null): string | undefined {
  return text && text.length <= 200 && /^[^\s<>]+$/.test(text) ? text : undefined;
}

function instantOrUndefined(text: string | null): number | undefined {
  if (!text) return undefined;
  const parsed = parseDate(text);
  return parsed.ok ? parsed.date.startMs : undefined;
}

export function parseViewState(search: string | URLSearchParams): ViewState {
  const p = typeof search === 'string' ? new URLSearchParams(search) : search;
  const group = p.get('group');
  const times = p.get('times');
  let from = instantOrUndefined(p.get('from'));
  let to = instantOrUndefined(p.get('to'));
  if (from === undefined || to === undefined || to <= from) from = to = undefined;
  const filters: Filters = {
    kind: p.getAll('kind').filter(Boolean),
    track: p.getAll('track').filter(Boolean),
    person: p.getAll('person').filter(Boolean),
    place: p.getAll('place').filter(Boolean),
    status: p.getAll('status').filter(Boolean),
    ...(p.get('personMatch') === 'all' ? { personMatch: 'all' as const } : {}),
    ...(p.getAll('tag').some(Boolean) ? { tag: p.getAll('tag').filter(Boolean) } : {}),
    ...(p.get('disagree') === '1' ? { disagree: true } : {}),
    q: p.get('q') ?? '',
    after: dayOrUndefined(p.get('after')),
    before: dayOrUndefined(p.get('before')),
    ...(p.get('starred') === '1' ? { starred: true } : {}),
  };
  const era = eraIdOrUndefined(p.get('era'));
  const story = eraIdOrUndefined(p.get('story'));
  const beside = eraIdOrUndefined(p.get('beside'));
  const step = Number(p.get('step'));
  const show = [...new Set(p.getAll('show'))].filter((v): v is Panel =>
    PANELS.includes(v as Panel),
  );
  return {
    ...(p.get('event') ? { event: p.get('event') as string } : {}),
    ...(p.get('data') ? { data: p.get('data') as string } : {}),
    ...(p.get('dataset') && !p.get('data') ? { dataset: p.get('dataset') as string } : {}),
    group: GROUPINGS.includes(group as Grouping) ? (group as Grouping) : 'track',
    ...(from !== undefined && to !== undefined ? { from, to } : {}),
    filters,
    times: TIME_DISPLAYS.includes(times as TimeDisplay) ? (times as TimeDisplay) : 'venue',
    ...(era ? { era } : {}),
    ...(show.length ? { show } : {}),
    ...(story ? { story } : {}),
    ...(story && Number.isInteger(step) && step >= 1 ? { step } : {}),
    ...(story && p.get('article') === '1' ? { article: true } : {}),
    ...(beside ? { beside } : {}),
  };
}

/**
 * The view a page shows for `search`. A page without the reader's stars (the embed) drops
 * `starred=1`: stars live in one reader's browser, so the filter would show nothing.
 */
export function readView(search: string, page: { stars: boolean }): ViewState {
  const view = parseViewState(search);
  if (page.stars || !view.filters.starred) return view;
  return { ...view, filters: { ...view.filters, starred: undefined } };
}

/** Whether going from `current` to `next` shows another dataset, which only a load can. */
export function showsAnotherDataset(current: ViewState, next: ViewState): boolean {
  return next.data !== current.data || next.dataset !== current.dataset;
}

const LAST_WRITTEN_MS = Date.UTC(9999, 11, 31);

/** An instant for the URL: "2025-02-11" at UTC midnight, else "2025-02-11T14:30Z". */
export function formatInstant(instant: number): string {
  // A view padded or panned past 9999, the last year a date is written with, ends there.
  const ms = Math.min(instant, LAST_WRITTEN_MS);
  // Before the common era, ISO's years count 1 BCE as year 0; Parley's as historians do. Deep
  // time, where a Date cannot go, is written as its year.
  if (isDeepTime(ms) || new Date(ms).getUTCFullYear() <= 0) return utcDayText(ms);
  const iso = new Date(Math.round(ms / 60_000) * 60_000).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 16)}Z`;
}

/** The query string for `view`, keeping parameters Parley does not own (e.g. a host's). */
export function serializeViewState(view: ViewState, current = ''): string {
  const own: [string, string][] = [];
  const add = (name: string, value: string) => void own.push([name, value]);
  if (view.data) add('data', view.data);
  else if (view.dataset) add('dataset', view.dataset);
  if (view.group !== 'track') add('group', view.group);
  if (Number.isFinite(view.from) && Number.isFinite(view.to)) {
    add('from', formatInstant(view.from as number));
    add('to', formatInstant(view.to as number));
  }
  for (const facet of FACETS) for (const value of view.filters[facet]) add(facet, value);
  if (view.filters.personMatch === 'all' && view.filters.person.length) add('personMatch', 'all');
  for (const tag of view.filters.tag ?? []) add('tag', tag);
  if (view.filters.disagree) add('disagree', '1');
  if (view.filters.q.trim()) add('q', view.filters.q);
  if (view.filters.after) add('after', view.filters.after);
  if (view.filters.before) add('before', view.filters.before);
  if (view.filters.starred) add('starred', '1');
  if (view.era) add('era', view.era);
  if (view.times !== 'venue') add('times', view.times);
  for (const panel of view.show ?? []) add('show', panel);
  if (view.story) {
    add('story', view.story);
    if (view.step !== undefined && view.step > 1) add('step', String(view.step));
    if (view.article) add('article', '1');
  }
  if (view.beside) add('beside', view.beside);
  if (view.event) add('event', view.event);
  // What a host put in the URL stays, first, as URLSearchParams's set and append keep it.
  const kept = current ? foreignParams(current) : '';
  const written = queryString(own);
  const text = kept && written ? `${kept}&${written}` : kept || written;
  return text ? `?${text}` : '';
}

/** `search` without the parameters Parley owns, as URLSearchParams writes it. */
function foreignParams(search: string): string {
  const p = new URLSearchParams(search);
  for (const key of OWN_KEYS) p.delete(key);
  return p.toString();
}
