/**
 * The embed's answer to a reader without JavaScript: at build time, the curated events (date,
 * title, place) and their sources as links, written into embed.html inside <noscript>. Every
 * text is escaped here, because this HTML is written by string, not by Svelte.
 */
import { formatDateRange, precisionNote } from '../lib/format/dates';
import { placeLabel } from '../lib/format/labels';
import { prepareChronology } from '../lib/model/prepare';
import type { Chronology } from '../lib/model/types';

/** Escape text for HTML content and double-quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Only http(s) addresses become links: a `javascript:` URL must never be clickable. */
function httpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export function renderNoscriptList(chronology: Chronology): string {
  const { events } = prepareChronology(chronology);
  const title = escapeHtml(chronology.title?.trim() || 'Untitled chronology');
  const items = events.map((view) => {
    const { event } = view;
    const note = precisionNote(view.start, event.approximate);
    const when =
      formatDateRange(view.start, view.end, event.approximate) + (note ? ` (${note})` : '');
    const place = placeLabel(event.location);
    const sources = view.sources.map(({ source }) => {
      const name = escapeHtml(source.publisher ?? source.title ?? source.url ?? 'source');
      const href = httpUrl(source.url);
      return href
        ? `<a href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer external">${name}</a>`
        : name;
    });
    return (
      `<li><time datetime="${escapeHtml(view.start.text)}">${escapeHtml(when)}</time> ` +
      `<strong>${escapeHtml(event.title)}</strong>` +
      (place ? `, ${escapeHtml(place)}` : '') +
      (sources.length ? `<br>Sources: ${sources.join(' · ')}` : '') +
      `</li>`
    );
  });
  return [
    '<noscript>',
    `<section class="noscript-list" data-testid="noscript-list">`,
    `<h1>${title}</h1>`,
    `<p>${events.length} events. The interactive chart needs JavaScript; here is the list.</p>`,
    `<ol>`,
    ...items,
    `</ol>`,
    `<p>Data: ${title}, via Parley.</p>`,
    `</section>`,
    '</noscript>',
  ].join('\n');
}
