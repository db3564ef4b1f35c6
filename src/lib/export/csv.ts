/**
 * The selection as Parley's own CSV (columns in ../interchange/csv-columns.ts, shared with the
 * importer): one row per event, people by name, sources in numbered column groups, and the
 * reader's `note` and `starred` as the last two columns. Quoting is Papa.unparse's.
 */
import Papa from 'papaparse';
import {
  CSV_EVENT_COLUMNS,
  CSV_LIST_SEPARATOR,
  CSV_SOURCE_FIELDS,
  sourceColumn,
  type CsvEventColumn,
} from '../interchange/csv-columns';
import type { ChronologyEvent, Person } from '../model/types';
import { guardCsvText } from './csv-guard';
import {
  eventSources,
  exportFileName,
  notesByEvent,
  participantName,
  peopleById,
  sourcesById,
  type ExportFile,
  type ExportSelection,
  type UserNote,
} from './selection';

export const CSV_NOTE_COLUMNS = ['note', 'starred'] as const;

/** Excel reads a UTF-8 file without this mark as the local code page and garbles "–" and "ç". */
const BYTE_ORDER_MARK = '\ufeff';

export function exportCsv(selection: ExportSelection): ExportFile {
  const { chronology, events } = selection;
  const people = peopleById(chronology);
  const registry = sourcesById(chronology);
  const notes = notesByEvent(selection);
  const warnings: string[] = [];

  const sourcesOf = events.map((event) => eventSources(event, registry));
  const sourceSlots = Math.max(0, ...sourcesOf.map((list) => list.length));
  const fields: string[] = [...CSV_EVENT_COLUMNS];
  for (let i = 1; i <= sourceSlots; i++) {
    for (const field of CSV_SOURCE_FIELDS) fields.push(sourceColumn(i, field));
  }
  fields.push(...CSV_NOTE_COLUMNS);

  const data = events.map((event, i) => {
    const row = eventCells(event, people, warnings);
    const sources = sourcesOf[i] ?? [];
    for (let slot = 0; slot < sourceSlots; slot++) {
      const source = sources[slot];
      for (const field of CSV_SOURCE_FIELDS) {
        row.push(source ? guardCsvText(source[field] ?? '') : '');
      }
    }
    row.push(...noteCells(notes.get(event.id)));
    return row;
  });

  return {
    fileName: exportFileName(chronology, selection.now, 'csv'),
    mimeType: 'text/csv;charset=utf-8',
    text: BYTE_ORDER_MARK + Papa.unparse({ fields, data }, { newline: '\r\n' }) + '\r\n',
    warnings,
  };
}

function eventCells(event: ChronologyEvent, people: Map<string, Person>, warnings: string[]) {
  const place = event.location ?? {};
  const names = (event.participants ?? []).map((p) => participantName(p, people));
  const tags = event.tags ?? [];
  for (const [what, list] of [
    ['participant', names],
    ['tag', tags],
  ] as const) {
    for (const item of list) {
      if (item.includes(CSV_LIST_SEPARATOR)) {
        warnings.push(
          `"${event.id}": the ${what} "${item}" contains "${CSV_LIST_SEPARATOR}", which the CSV format uses between ${what}s, so it will read back as two.`,
        );
      }
    }
  }
  const text: Record<CsvEventColumn, string | undefined> = {
    id: event.id,
    title: event.title,
    start: event.start,
    end: event.end,
    kind: event.kind,
    track: event.track,
    status: event.status,
    tags: tags.join(CSV_LIST_SEPARATOR),
    participants: names.join(CSV_LIST_SEPARATOR),
    city: place.city,
    region: place.region,
    country: place.country,
    venue: place.venue,
    lat: undefined,
    lon: undefined,
    time_zone: event.timeZone,
    summary: event.summary,
  };
  return CSV_EVENT_COLUMNS.map((column) => {
    // Numbers are written as numbers (never guarded: see csv-guard.ts).
    if (column === 'lat') return place.lat === undefined ? '' : String(place.lat);
    if (column === 'lon') return place.lon === undefined ? '' : String(place.lon);
    return guardCsvText(text[column] ?? '');
  });
}

function noteCells(note: UserNote | undefined): string[] {
  if (!note) return ['', ''];
  return [guardCsvText(note.text), note.starred ? 'true' : 'false'];
}
