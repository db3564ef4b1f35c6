/**
 * The embed's URL: the app's view parameters (view-state.ts: data, from/to, filters, group,
 * event, times) plus what only a frame needs. Pure. The embed page reads it with this module;
 * the "Embed" dialog writes it with snippet.ts, from the same names and defaults, so the two
 * cannot drift apart.
 *
 *   theme=light|dark|auto   colours (default auto: the reader's system setting)
 *   height=<px>             the frame's starting height, 240–2000 (default 480)
 *   overview=0              hide the overview strip (default shown)
 *   filters=1               show the filter bar (default hidden)
 *   frame=<name>            echoed in every height message, to tell several embeds apart
 *   view=map|timeline+map   the venue map instead of the timeline, or under it (default the
 *                           timeline alone)
 *   only=<id>               only these events of the dataset (repeatable): the author's pick
 *   note=<id> <text>        ring this event and draw the note beside its mark (repeatable, up
 *                           to 12; plain text, 80 characters); `note=<id>` alone only rings it
 *   headline=, subtitle=, caption=, credit=, source=
 *                           the words a newsroom puts around a chart, as plain text: the
 *                           headline replaces the dataset's title; the others are shown as given
 */
import type { Annotation } from '../timeline/annotations';
import {
  DEFAULT_VIEW,
  parseViewState,
  serializeViewState,
  type ViewState,
} from '../view/view-state';

export const EMBED_THEMES = ['auto', 'light', 'dark'] as const;

/** What a frame shows: the timeline (default), the venue map alone, or both. */
export const EMBED_LAYOUTS = ['timeline', 'map', 'timeline+map'] as const;
export type EmbedLayout = (typeof EMBED_LAYOUTS)[number];
export type EmbedTheme = (typeof EMBED_THEMES)[number];

export const MIN_HEIGHT = 240;
export const MAX_HEIGHT = 2000;
export const DEFAULT_HEIGHT = 480;
/** Below this frame width the embed switches to a vertical reading mode. */
export const NARROW_WIDTH = 480;

/**
 * The editorial text of a frame, each field at most as long as EMBED_TEXT_FIELDS says. Plain
 * text: it is written into the page as text, so markup in it shows as written and never runs.
 */
export type EmbedText = Partial<Record<EmbedTextField, string>>;

/** The editorial fields, in the order a frame shows them, with their longest length. */
export const EMBED_TEXT_FIELDS = {
  headline: 120,
  subtitle: 240,
  caption: 600,
  credit: 160,
  source: 300,
} as const;
export type EmbedTextField = keyof typeof EMBED_TEXT_FIELDS;
/** The editorial fields' names, in order: what the dialog lists and the URL writes. */
export const EMBED_TEXT_KEYS = Object.keys(EMBED_TEXT_FIELDS) as EmbedTextField[];

export interface EmbedOptions {
  view: ViewState;
  theme: EmbedTheme;
  height: number;
  overview: boolean;
  filters: boolean;
  layout: EmbedLayout;
  /** Up to 64 characters of [A-Za-z0-9_-]; anything else is dropped. */
  frame?: string;
  text: EmbedText;
  /** The author's pick: only these events are shown (ids, in no order). Absent: all. */
  only?: string[];
  /** Events the author ringed, each with an optional short note drawn beside its mark. */
  notes?: Annotation[];
}

/** How long a note on an event may be, in characters: a few words, not an article. */
export const MAX_NOTE_LENGTH = 80;
/** How many events a frame's author may ring and annotate. */
export const MAX_NOTES = 12;

/** The most events a frame's author can pick by hand: a list, not a dataset. */
export const MAX_PICKED = 300;

export const DEFAULT_EMBED: EmbedOptions = {
  view: DEFAULT_VIEW,
  theme: 'auto',
  height: DEFAULT_HEIGHT,
  overview: true,
  filters: false,
  layout: 'timeline',
  text: {},
};

/** The query keys only a frame reads (the rest are the app's view). */
export const EMBED_KEYS = [
  'theme',
  'height',
  'overview',
  'filters',
  'frame',
  'view',
  'only',
  'note',
  ...EMBED_TEXT_KEYS,
];

/**
 * One line of editorial text as a frame shows it: control characters and runs of spaces
 * become one space, direction overrides (which could make a line read backwards, or hide
 * what it says) go, and a text longer than `max` characters as a reader counts them (a flag,
 * an accented letter) is cut at one, with "…". Undefined when nothing is left.
 */
export function cleanEmbedText(value: string | null | undefined, max: number): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value
    // eslint-disable-next-line no-control-regex -- control characters are what is removed here
    .replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, ' ')
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
    .trim();
  if (!text) return undefined;
  const characters = graphemes(text);
  return characters.length > max
    ? `${characters
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`
    : text;
}

/** The characters a reader sees; code points where the browser cannot tell. */
function graphemes(text: string): string[] {
  if (typeof Intl.Segmenter !== 'function') return [...text];
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** A frame height as the URL and the dialog allow it: whole px, MIN_HEIGHT to MAX_HEIGHT. */
export function clampHeight(height: number): number {
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.round(height)));
}

/** The editorial fields of a query, cleaned; fields left empty are left out. */
export function parseEmbedText(p: URLSearchParams): EmbedText {
  const text: EmbedText = {};
  for (const field of EMBED_TEXT_KEYS) {
    const value = cleanEmbedText(p.get(field), EMBED_TEXT_FIELDS[field]);
    if (value !== undefined) text[field] = value;
  }
  return text;
}

export function parseEmbedOptions(search: string | URLSearchParams): EmbedOptions {
  const p = typeof search === 'string' ? new URLSearchParams(search) : search;
  const theme = p.get('theme');
  const height = Number(p.get('height'));
  const frame = p.get('frame');
  const layout = p.get('view');
  return {
    view: parseViewState(p),
    theme: EMBED_THEMES.includes(theme as EmbedTheme) ? (theme as EmbedTheme) : 'auto',
    height: Number.isFinite(height) && height > 0 ? clampHeight(height) : DEFAULT_HEIGHT,
    overview: p.get('overview') !== '0',
    filters: p.get('filters') === '1',
    layout: EMBED_LAYOUTS.includes(layout as EmbedLayout) ? (layout as EmbedLayout) : 'timeline',
    ...(frame && /^[\w-]{1,64}$/.test(frame) ? { frame } : {}),
    text: parseEmbedText(p),
    ...pickedEvents(p),
    ...annotations(p),
  };
}

/** An event id as ids are written: no spaces or markup, not absurdly long. */
const EVENT_ID = /^[^\s<>]{1,200}$/;

/**
 * `note=<id> <text>`: the id up to the first space, then the note, cleaned as the editorial
 * text is (plain, one line, at most MAX_NOTE_LENGTH characters). One note per event, the first.
 */
export function parseNote(value: string): Annotation | undefined {
  const space = value.search(/\s/);
  const id = space === -1 ? value : value.slice(0, space);
  if (!EVENT_ID.test(id)) return undefined;
  const text = space === -1 ? undefined : cleanEmbedText(value.slice(space), MAX_NOTE_LENGTH);
  return text ? { id, text } : { id };
}

/** A note as the URL writes it: the inverse of parseNote. */
export function noteParam(note: Annotation): string {
  const text = cleanEmbedText(note.text, MAX_NOTE_LENGTH);
  return text ? `${note.id} ${text}` : note.id;
}

function annotations(p: URLSearchParams): { notes?: Annotation[] } {
  const notes: Annotation[] = [];
  for (const value of p.getAll('note')) {
    const note = parseNote(value);
    if (note && !notes.some((n) => n.id === note.id)) notes.push(note);
  }
  return notes.length ? { notes: notes.slice(0, MAX_NOTES) } : {};
}

/** `only=` ids as ids are written (no spaces or markup, not absurdly long), each once. */
function pickedEvents(p: URLSearchParams): { only?: string[] } {
  const ids = [...new Set(p.getAll('only'))].filter((id) => EVENT_ID.test(id));
  return ids.length ? { only: ids.slice(0, MAX_PICKED) } : {};
}

/** The full app's address: index.html, in the embed page's own folder. */
export function appUrlBeside(embedHref: string): string {
  return new URL('./', embedHref).href;
}

/** The full app's link for the same view: the embed's "Open in Parley". */
export function appLinkFor(view: ViewState, appUrl: string): string {
  const url = new URL(appUrl);
  url.search = serializeViewState(view);
  return url.href;
}

/** What the embed posts to its parent page whenever its content height changes. */
export interface HeightMessage {
  type: 'parley:height';
  /** The document's height in CSS pixels: set the iframe's height to this. */
  height: number;
  /** The `frame=` option, when given. */
  frame?: string;
}

export function heightMessage(height: number, frame?: string): HeightMessage {
  return { type: 'parley:height', height: Math.ceil(height), ...(frame ? { frame } : {}) };
}

/** True for a well-formed height message (what a host page should check before acting). */
export function isHeightMessage(data: unknown): data is HeightMessage {
  const message = data as Partial<HeightMessage> | null;
  return (
    typeof message === 'object' &&
    message !== null &&
    message.type === 'parley:height' &&
    typeof message.height === 'number' &&
    Number.isFinite(message.height) &&
    message.height >= 0
  );
}

/**
 * The query string of a frame that opens `data` in place of the dataset it showed: `data=` set
 * (or replaced), `dataset=` (one stored in a browser) gone, the rest of the view kept.
 */
export function searchOpening(search: string, data: string): string {
  const params = new URLSearchParams(search);
  params.delete('dataset');
  params.set('data', data);
  return `?${params}`;
}
