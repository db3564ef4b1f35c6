/**
 * The sources a selection cites, for reference managers: every source of the selected events
 * (their own, then those of participants, figures and notes), one entry per URL, in order of
 * first citation, each with a citation key that is unique and plain ASCII (`reuters2025witkoff`).
 */
import { parseDate } from '../model/dates';
import { citationTitle } from '../model/slug-title';
import type { Source } from '../model/types';
import {
  citedSourceIds,
  eventSources,
  sourcesById,
  utcDay,
  type ExportSelection,
} from './selection';

export interface CitedSource {
  key: string;
  source: Source;
}

export function citedSources(
  selection: Pick<ExportSelection, 'chronology' | 'events'>,
): CitedSource[] {
  const registry = sourcesById(selection.chronology);
  const byUrl = new Map<string, Source>();
  const add = (source: Source | undefined) => {
    if (!source) return;
    const url = normalizeUrl(source.url);
    if (!byUrl.has(url)) byUrl.set(url, source);
  };
  for (const event of selection.events) {
    for (const source of eventSources(event, registry)) add(source);
    for (const id of citedSourceIds(event)) add(registry.get(id));
  }
  const used = new Set<string>();
  return [...byUrl.values()].map((source) => ({
    key: uniqueKey(citationKey(source), used),
    source,
  }));
}

/**
 * The day a citation says its source was accessed, YYYY-MM-DD: the dataset's `updated` date,
 * because that is when its curators last checked the sources (the reader exporting them has not
 * opened each page); the day of export (UTC) for a dataset that does not say.
 */
export function accessedDay(selection: Pick<ExportSelection, 'chronology' | 'now'>): string {
  const updated = selection.chronology.updated;
  const parsed = updated ? parseDate(updated) : undefined;
  return parsed?.ok && parsed.date.precision === 'day' ? parsed.date.text : utcDay(selection.now);
}

/** "https://Example.org/a#x" and "https://example.org/a" are the same page. */
function normalizeUrl(text: string): string {
  try {
    const url = new URL(text);
    url.hash = '';
    return url.href;
  } catch {
    return text;
  }
}

const STOPWORDS = new Set(
  'a an and as at by for from in into of on or over says the to with after amid before us'.split(
    ' ',
  ),
);

/** Lowercase ASCII letters and digits only: "Zelensky’s" → "zelenskys", "Dolmabahçe" → "dolmabahce". */
function ascii(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * Publisher (without a parenthetical such as the author) + year + first telling word of the
 * title (the one the URL gives when the source has none).
 */
export function citationKey(source: Source): string {
  const publisher = (source.publisher ?? '').replace(/\([^)]*\)/g, '');
  let name = ascii(publisher).slice(0, 20);
  if (!name) name = ascii(hostOf(source.url)).slice(0, 20);
  const published = source.published ? parseDate(source.published) : undefined;
  const year = published?.ok ? String(published.date.year) : 'nd';
  const word =
    citationTitle(source)
      .split(/\s+/)
      .map(ascii)
      .find((w) => w.length >= 3 && !STOPWORDS.has(w) && !/^\d+$/.test(w)) ?? '';
  const key = `${name}${year}${word.slice(0, 20)}`;
  return /^[a-z]/.test(key) ? key : `src${key}`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '').split('.')[0] ?? '';
  } catch {
    return '';
  }
}

/** The key itself, or with a, b, c… appended (then numbers) when it is taken. */
function uniqueKey(key: string, used: Set<string>): string {
  let candidate = key;
  for (let i = 0; used.has(candidate); i++) {
    candidate = i < 26 ? key + String.fromCharCode(97 + i) : `${key}${i}`;
  }
  used.add(candidate);
  return candidate;
}
