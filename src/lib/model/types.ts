/**
 * The Parley chronology format, version 1, as TypeScript types.
 * `data/README.md` documents every field for data authors and `data/chronology.schema.json`
 * is the same contract as JSON Schema; `validate.ts` enforces it with path-naming errors.
 * Objects may carry fields this file does not name: they are kept, never dropped.
 */

export const EVENT_KINDS = [
  'envoy-meeting',
  'negotiation-round',
  'summit',
  'phone-call',
  'document',
  /** Foreign ministers, agency or intelligence heads, or a multilateral body meeting. */
  'ministerial',
  /** Political or national-security advisers (Normandy advisers, peace-formula NSA meetings). */
  'advisers-meeting',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const STATUSES = ['confirmed', 'partly', 'unconfirmed'] as const;
/** How well sources support an event, a venue or an attendance. */
export type Status = (typeof STATUSES)[number];

export const NOTE_TOPICS = [
  'date',
  'time',
  'duration',
  'participants',
  'venue',
  'count',
  'outcome',
  'other',
] as const;
export type NoteTopic = (typeof NOTE_TOPICS)[number];

export const FIGURE_UNITS = ['minute', 'hour', 'day', 'count'] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

/** Open-ended record: unknown fields survive a load/store/export round trip. */
type Extensible = { [extra: string]: unknown };

export interface Person extends Extensible {
  id: string;
  name: string;
  role?: string;
  /** Short side code, e.g. US, RU, UA, EU, MED (mediator or host). */
  side?: string;
  note?: string;
}

export interface Source extends Extensible {
  id?: string;
  publisher?: string;
  title?: string;
  /** http(s) only. */
  url: string;
  /** Partial date: YYYY, YYYY-MM or YYYY-MM-DD. */
  published?: string;
  /** Where `published` was read from: the page's own stamp or the URL path. */
  publishedFrom?: 'page' | 'url';
  /**
   * Where `title` came from when it is not the page's headline: `page` is a descriptive title
   * written from the page's content (no headline was seen); `url` was built from the URL's slug,
   * the last resort. Absent: the title is the headline as published.
   */
  titleFrom?: 'page' | 'url';
  reliability?: 'low';
  note?: string;
}

export interface Participant extends Extensible {
  /** A person id from `people`, or a plain name. */
  person: string;
  role?: string;
  status?: Status;
  note?: string;
  sources?: string[];
}

/** A reported number, kept as reported: a value, a range, or an open bound, with who said it. */
export interface Figure extends Extensible {
  measure: string;
  unit: FigureUnit;
  value?: number;
  min?: number;
  max?: number;
  approx?: boolean;
  text?: string;
  attribution?: string;
  sources?: string[];
  preferred?: boolean;
  note?: string;
}

export interface Note extends Extensible {
  topic?: NoteTopic;
  text: string;
  sources?: string[];
}

export interface Place extends Extensible {
  city?: string;
  region?: string;
  country?: string;
  venue?: string;
  venueStatus?: Status;
  lat?: number;
  lon?: number;
  note?: string;
}

export interface ChronologyEvent extends Extensible {
  id: string;
  title: string;
  /** A label for tight places such as the chart, at most 32 characters ("Minsk II summit"). */
  shortTitle?: string;
  /** YYYY, YYYY-MM, YYYY-MM-DD, or YYYY-MM-DDTHH:MM[:SS] with Z or ±HH:MM. */
  start: string;
  end?: string;
  approximate?: boolean;
  /** IANA zone of the venue, for showing times in local time. */
  timeZone?: string;
  kind?: EventKind;
  /**
   * Negotiation channel, e.g. us-russia, us-ukraine, russia-ukraine, us-russia-ukraine, europe,
   * normandy-format, contact-group, humanitarian, peace-formula (see TRACK_LABELS).
   */
  track?: string;
  tags?: string[];
  participants?: (string | Participant)[];
  location?: Place;
  summary?: string;
  status?: Status;
  statusNote?: string;
  figures?: Figure[];
  notes?: Note[];
  /** Ids from the dataset's `sources` registry, or inline sources. */
  sources?: (string | Source)[];
}

/**
 * What the chart, its labels, tooltip and keyboard, the overview and the lanes read of an event,
 * at every frame: the page keeps this much of every event in memory. The rest (summary,
 * participants, figures, notes, sources) is read, an event at a time, from where the dataset is
 * stored (src/lib/view/event-bodies.svelte.ts).
 */
export type ChartEvent = Pick<
  ChronologyEvent,
  | 'id'
  | 'title'
  | 'shortTitle'
  | 'start'
  | 'end'
  | 'approximate'
  | 'timeZone'
  | 'kind'
  | 'track'
  | 'tags'
  | 'location'
  | 'status'
>;

/**
 * A named period ("Minsk process, 2014–2022"), drawn as a band over the axis and usable as a
 * range. Eras of one `level` never overlap; a higher level nests finer phases inside them.
 * Where an era starts or ends is sourced like an event (`startNote`, `endNote`, `sources`).
 */
export interface Era extends Extensible {
  id: string;
  title: string;
  start: string;
  /** Absent: the era is still going on. */
  end?: string;
  /** 1 for the broadest periods; 2, 3… for phases within them. */
  level: number;
  summary?: string;
  /** Why the era starts on `start`. */
  startNote?: string;
  /** Why the era ends on `end`. */
  endNote?: string;
  /** Ids from the dataset's `sources` registry. */
  sources?: string[];
}

/** An image a story shows, with what it shows in words for those who cannot see it. */
export interface StoryMedia extends Extensible {
  /** An http(s) link to the image; loaded only when its step is read. */
  url: string;
  /** Required: what the image shows. */
  alt: string;
  caption?: string;
  /** Who made it (photographer, agency). */
  credit?: string;
}

/** One step of a story: where the chart goes, and what the author says there. */
export interface StoryStep extends Extensible {
  /** The event the step is about: the chart moves to it and highlights it. */
  event?: string;
  /** Or a span of time, when no one event is the subject (Parley's date format). */
  start?: string;
  end?: string;
  headline: string;
  /** The author's words: plain text; a blank line starts a paragraph; http(s) links become links. */
  text?: string;
  /** What the chart shows, in Parley's URL options: `from=2025-02-01&to=2025-03-31&kind=meeting`. */
  view?: string;
  media?: StoryMedia;
}

/**
 * A story told over a dataset's events, step by step. The title step (`title`, `text`,
 * `media`) comes first; a reader sees "1 of N" on it, N counting it and every step.
 */
export interface Story extends Extensible {
  id: string;
  title: string;
  text?: string;
  /** Who tells it: shown on the title step and in the article. */
  byline?: string;
  media?: StoryMedia;
  steps: StoryStep[];
}

/** A chronology without its events: what the page keeps of a dataset besides its event views. */
export interface ChronologyHeader extends Extensible {
  format?: string;
  title?: string;
  version?: string;
  updated?: string;
  description?: string;
  people?: Person[];
  sources?: Source[];
  eras?: Era[];
  stories?: Story[];
}

export interface Chronology extends ChronologyHeader {
  events: ChronologyEvent[];
}

/** The longest `shortTitle`: what fits beside a mark on the chart. */
export const MAX_SHORT_TITLE_LENGTH = 32;

export const FORMAT_ID = 'parley-chronology/1';
