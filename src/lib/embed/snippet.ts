/**
 * What the app's "Embed" dialog writes: the embed's query string and the <iframe> to paste.
 * Apart from options.ts, which the embed page reads its URL with, so the page does not carry
 * the writing half (the dialog loads on first use).
 */
import { serializeViewState } from '../view/view-state';
import {
  cleanEmbedText,
  DEFAULT_HEIGHT,
  EMBED_KEYS,
  EMBED_TEXT_FIELDS,
  EMBED_TEXT_KEYS,
  noteParam,
  type EmbedOptions,
} from './options';

/** The query string for `options`, defaults left out so links stay short. */
export function serializeEmbedOptions(options: EmbedOptions): string {
  const p = new URLSearchParams(serializeViewState(options.view));
  for (const key of EMBED_KEYS) p.delete(key);
  if (options.theme !== 'auto') p.set('theme', options.theme);
  if (options.height !== DEFAULT_HEIGHT) p.set('height', String(options.height));
  if (!options.overview) p.set('overview', '0');
  if (options.filters) p.set('filters', '1');
  if (options.layout !== 'timeline') p.set('view', options.layout);
  if (options.frame) p.set('frame', options.frame);
  for (const id of options.only ?? []) p.append('only', id);
  for (const note of options.notes ?? []) p.append('note', noteParam(note));
  for (const field of EMBED_TEXT_KEYS) {
    const text = cleanEmbedText(options.text[field], EMBED_TEXT_FIELDS[field]);
    if (text !== undefined) p.set(field, text);
  }
  const text = p.toString();
  return text ? `?${text}` : '';
}

/** Escape text for an HTML attribute value in double quotes. */
function attribute(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/**
 * The `<iframe>` a journalist pastes: responsive width, the starting height, a title for
 * screen readers, lazy loading, no border, and a sandbox that lets the chart run and open
 * "Open in Parley" in a new tab but gives it no access to the host page.
 */
export function embedSnippet(embedUrl: string, title: string, height: number): string {
  return (
    `<iframe src="${attribute(embedUrl)}" title="${attribute(title)}" ` +
    `width="100%" height="${height}" style="border:0;width:100%;max-width:100%" loading="lazy" ` +
    `sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>`
  );
}
