/**
 * The selection's sources as CSL-JSON, the format Zotero, Mendeley and pandoc read: one item per
 * URL, a newspaper article when the publisher is known (else a web page), with the publication
 * date at exactly the precision known ([[2025]], [[2025, 8]] or [[2025, 8, 6]]).
 */
import { parseDate } from '../model/dates';
import type { Source } from '../model/types';
import { citedSources } from './cited-sources';
import { exportFileName, type ExportFile, type ExportSelection } from './selection';

export interface CslItem {
  id: string;
  type: 'article-newspaper' | 'webpage';
  title?: string;
  'container-title'?: string;
  URL: string;
  issued?: { 'date-parts': number[][] };
  note?: string;
}

export function cslItem(key: string, source: Source): CslItem {
  const item: CslItem = {
    id: key,
    type: source.publisher ? 'article-newspaper' : 'webpage',
    URL: source.url,
  };
  if (source.title) item.title = source.title;
  if (source.publisher) item['container-title'] = source.publisher;
  const issued = source.published ? dateParts(source.published) : undefined;
  if (issued) item.issued = { 'date-parts': [issued] };
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
  const items = citedSources(selection).map(({ key, source }) => cslItem(key, source));
  return {
    fileName: exportFileName(selection.chronology, selection.now, 'json', 'sources'),
    mimeType: 'application/vnd.citationstyles.csl+json',
    text: JSON.stringify(items, null, 2) + '\n',
    warnings: items.length === 0 ? ['The selected events cite no sources.'] : [],
  };
}
