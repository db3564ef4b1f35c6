/**
 * The selection's sources as CSL-JSON, the format Zotero, Mendeley and pandoc read: one item per
 * URL, a newspaper article when the publisher is known (else a web page), with the publication
 * date at exactly the precision known ([[2025]], [[2025, 8]] or [[2025, 8, 6]]), and the day it
 * was accessed (see `accessedDay`). Every item has a title: the source's, or the one its URL
 * gives, because citeproc numbers untitled items as one anonymous author ("2025a", "2025b").
 * The URL is written exactly as the data has it, percent-encoding and all.
 */
import { parseDate } from '../model/dates';
import { citationTitle } from '../model/slug-title';
import type { Source } from '../model/types';
import { accessedDay, citedSources } from './cited-sources';
import { exportFileName, type ExportFile, type ExportSelection } from './selection';

export interface CslItem {
  id: string;
  type: 'article-newspaper' | 'webpage';
  title: string;
  'container-title'?: string;
  URL: string;
  issued?: { 'date-parts': number[][] };
  accessed?: { 'date-parts': number[][] };
  note?: string;
}

/** `accessed`: the day the citation says the source was read, YYYY-MM-DD. */
export function cslItem(key: string, source: Source, accessed?: string): CslItem {
  const item: CslItem = {
    id: key,
    type: source.publisher ? 'article-newspaper' : 'webpage',
    URL: source.url,
    title: citationTitle(source),
  };
  if (source.publisher) item['container-title'] = source.publisher;
  const issued = source.published ? dateParts(source.published) : undefined;
  if (issued) item.issued = { 'date-parts': [issued] };
  const read = accessed ? dateParts(accessed) : undefined;
  if (read) item.accessed = { 'date-parts': [read] };
  if (source.note) item.note = source.note;
  return item;
}

/** "2025-08" → [2025, 8]; only what the text says, never a guessed day. */
export function dateParts(text: string): number[] | undefined {
  const parsed = parseDate(text);
  if (!parsed.ok) return undefined;
  const { year, month, day } = parsed.date;
  if (month === undefined) return [year];
  if (day === undefined) return [year, month];
  return [year, month, day];
}

export function exportCslJson(selection: ExportSelection): ExportFile {
  const accessed = accessedDay(selection);
  const items = citedSources(selection).map(({ key, source }) => cslItem(key, source, accessed));
  return {
    fileName: exportFileName(selection.chronology, selection.now, 'json', 'sources'),
    mimeType: 'application/vnd.citationstyles.csl+json',
    text: JSON.stringify(items, null, 2) + '\n',
    warnings: items.length === 0 ? ['The selected events cite no sources.'] : [],
  };
}
