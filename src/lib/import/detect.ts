/**
 * Which format a file is, from its content first (a name can lie: "export.txt" is often CSV)
 * and its extension only to say "this should have been JSON".
 *
 * JSON: rows with UCDP GED's or ACLED's fields (bare, or in their APIs' `Result` and `data`) →
 * those; an array, or `{items}` → vis-timeline; `{events}` whose events have `start_date` →
 * TimelineJS; other `{events}` → Parley. CSV: a header with Headline and Year → the TimelineJS
 * sheet; with title and start → Parley CSV.
 */
import Papa from 'papaparse';
import { conflictLayout, type ConflictLayout } from '../conflict/layouts';
import { delimiterOf } from './csv-table';
import type { ImportFormat } from './types';

/** How many events or items are looked at to decide. */
const SNIFF = 20;

export type Sniffed =
  | { kind: 'json'; format: ImportFormat | undefined; json: unknown }
  | { kind: 'bad-json'; error: string }
  | { kind: 'csv'; format: ImportFormat | undefined }
  | { kind: 'empty' };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function looksLikeJson(fileName: string, text: string): boolean {
  const first = text.trimStart()[0];
  return first === '{' || first === '[' || /\.json$/i.test(fileName.trim());
}

/** Which export's own fields rows have: UCDP GED's or ACLED's (an API's answer, or a list). */
function rowsLayout(rows: unknown): ConflictLayout | undefined {
  if (!Array.isArray(rows)) return undefined;
  const sample = rows.slice(0, SNIFF).filter(isObject);
  return sample.length > 0 ? conflictLayout(Object.keys(sample[0] as object)) : undefined;
}

/**
 * ACLED's API's answer whose rows do not tell it: `{ "status", "success", … }` with no `data`
 * or none in it (a refused request, a query that matched nothing), or with ACLED's
 * `last_update` and rows that leave out fields every event has. Read so as to say which.
 */
function isAcledAnswer(json: Record<string, unknown>): boolean {
  const data = json['data'];
  const noRows = !Array.isArray(data) || data.length === 0;
  return (
    'success' in json && ('status' in json || 'error' in json) && (noRows || 'last_update' in json)
  );
}

export function jsonFormat(json: unknown): ImportFormat | undefined {
  const listed = rowsLayout(json);
  if (listed === 'ucdp-ged' || (isObject(json) && rowsLayout(json['Result']) === 'ucdp-ged'))
    return 'ucdp-ged-json';
  if (listed === 'acled' || (isObject(json) && rowsLayout(json['data']) === 'acled'))
    return 'acled-json';
  if (isObject(json) && isAcledAnswer(json)) return 'acled-json';
  if (Array.isArray(json)) {
    const sample = json.slice(0, SNIFF).filter(isObject);
    if (json.length === 0 || sample.some((item) => 'content' in item || 'start' in item)) {
      return 'vis-items';
    }
    return undefined;
  }
  if (!isObject(json)) return undefined;
  if (Array.isArray(json['items'])) return 'vis-items';
  const events = json['events'];
  if (typeof json['format'] === 'string' && json['format'].startsWith('parley-chronology')) {
    return 'parley-json';
  }
  if (Array.isArray(events)) {
    const sample = events.slice(0, SNIFF).filter(isObject);
    if (sample.some((event) => 'start_date' in event)) return 'timelinejs-json';
    if (sample.some((event) => 'start' in event || 'title' in event)) return 'parley-json';
    // No telling from the events: a TimelineJS title slide decides, else Parley explains.
    return isObject(json['title']) ? 'timelinejs-json' : 'parley-json';
  }
  return undefined;
}

export function csvFormat(text: string): ImportFormat | undefined {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // The first non-blank record is the header; a few records are enough to find it.
  const head = body.slice(0, 64 * 1024);
  const records = Papa.parse<string[]>(head, { preview: 10, delimiter: delimiterOf(head) }).data;
  const header = records.find((cells) => cells.some((cell) => cell.trim() !== ''));
  if (!header) return undefined;
  const names = new Set(header.map((cell) => cell.trim().toLowerCase()));
  if (names.has('headline') && names.has('year')) return 'timelinejs-csv';
  if (names.has('title') && names.has('start')) return 'parley-csv';
  const layout = conflictLayout(header);
  if (layout) return layout === 'ucdp-ged' ? 'ucdp-ged-csv' : 'acled-csv';
  return undefined;
}

export function sniff(fileName: string, text: string): Sniffed {
  if (text.trim() === '') return { kind: 'empty' };
  if (looksLikeJson(fileName, text)) {
    let json: unknown;
    try {
      json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (error) {
      return { kind: 'bad-json', error: (error as Error).message };
    }
    return { kind: 'json', format: jsonFormat(json), json };
  }
  return { kind: 'csv', format: csvFormat(text) };
}

/** The format of a file, or undefined when it is none Parley reads. Never throws. */
export function detectFormat(fileName: string, text: string): ImportFormat | undefined {
  try {
    const sniffed = sniff(fileName, text);
    return sniffed.kind === 'json' || sniffed.kind === 'csv' ? sniffed.format : undefined;
  } catch {
    return undefined;
  }
}
