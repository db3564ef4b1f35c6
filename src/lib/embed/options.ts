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
 */
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

export interface EmbedOptions {
  view: ViewState;
  theme: EmbedTheme;
  height: number;
  overview: boolean;
  filters: boolean;
  layout: EmbedLayout;
  /** Up to 64 characters of [A-Za-z0-9_-]; anything else is dropped. */
  frame?: string;
}

export const DEFAULT_EMBED: EmbedOptions = {
  view: DEFAULT_VIEW,
  theme: 'auto',
  height: DEFAULT_HEIGHT,
  overview: true,
  filters: false,
  layout: 'timeline',
};

/** The query keys only a frame reads (the rest are the app's view). */
export const EMBED_KEYS = ['theme', 'height', 'overview', 'filters', 'frame', 'view'];

export function parseEmbedOptions(search: string | URLSearchParams): EmbedOptions {
  const p = typeof search === 'string' ? new URLSearchParams(search) : search;
  const theme = p.get('theme');
  const height = Number(p.get('height'));
  const frame = p.get('frame');
  const layout = p.get('view');
  return {
    view: parseViewState(p),
    theme: EMBED_THEMES.includes(theme as EmbedTheme) ? (theme as EmbedTheme) : 'auto',
    height:
      Number.isFinite(height) && height > 0
        ? Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.round(height)))
        : DEFAULT_HEIGHT,
    overview: p.get('overview') !== '0',
    filters: p.get('filters') === '1',
    layout: EMBED_LAYOUTS.includes(layout as EmbedLayout) ? (layout as EmbedLayout) : 'timeline',
    ...(frame && /^[\w-]{1,64}$/.test(frame) ? { frame } : {}),
  };
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
