/**
 * Importing a chronology from a file: recognise the format, convert it, validate the result
 * with the validator every load goes through, and describe it for the preview. Pure: nothing is
 * stored here, and nothing the file holds is run (HTML becomes text, see html-to-text.ts).
 *
 * Formats and their mapping are documented in data/README.md ("Importing other formats").
 */
import { convertAcledJson, convertConflictCsv, convertGedJson } from '../conflict/convert';
import { convertMappedCsv, suggestMapping, type ColumnMapping } from '../conflict/mapped';
import { readCsv } from './csv-table';
import type { DayMonthOrder } from '../conflict/dates';
import { jsonErrorPlace } from '../io/parse-chronology';
import { detectFormat, sniff } from './detect';
import { finish, MAX_LISTED_PROBLEMS } from './finish';
import { convertParleyCsv } from './parley-csv';
import { convertParleyJson } from './parley-json';
import { convertTimelineCsv } from './timelinejs-csv';
import { convertTimelineJson } from './timelinejs-json';
import type { Draft, ImportFormat, ImportPreview } from './types';
import { convertVisItems } from './vis-items';

export type { ImportFormat, ImportPreview, ImportProblem, PrecisionCounts } from './types';
export { detectFormat, MAX_LISTED_PROBLEMS };

export const ACCEPTED_FORMATS =
  'Parley reads: Parley JSON ({"events": [{"id", "title", "start"}]}), Parley CSV (a header with title and start), ' +
  'TimelineJS JSON (events with start_date), the TimelineJS Google Sheets template saved as CSV ' +
  '(a header with Year, Month, Day, Headline, Text, …), vis-timeline items ([{"id", "content", "start"}]), ' +
  'and UCDP GED or ACLED exports (CSV, recognised by their column names; also as their APIs’ JSON).';

/** A message that says the importer itself failed, so tests can tell it from a bad file. */
export const INTERNAL_ERROR = 'Parley could not read this file because of an error in Parley';

function failed(
  fileName: string,
  format: ImportFormat | undefined,
  where: string,
  message: string,
): ImportPreview {
  return { format, fileName, problems: [{ where, message }], problemCount: 1, warnings: [] };
}

export interface ImportOptions {
  /** The reader's choice of day/month order, when the file's numeric dates left it open. */
  order?: DayMonthOrder;
  /** Which column holds which field, for an event CSV of a layout Parley does not know. */
  mapping?: ColumnMapping;
  /** Rows converted so far, of all (conflict-event files, which can be long): for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/** Everything the preview shows for one file. Never throws, whatever the input. */
export function previewImport(
  fileName: string,
  text: string,
  options: ImportOptions = {},
): ImportPreview {
  try {
    return previewUnguarded(fileName, text, options);
  } catch (error) {
    return failed(fileName, undefined, 'file', `${INTERNAL_ERROR} (${String(error)}).`);
  }
}

function previewUnguarded(fileName: string, text: string, options: ImportOptions): ImportPreview {
  const sniffed = sniff(fileName, text);
  if (sniffed.kind === 'empty') return failed(fileName, undefined, 'file', 'the file is empty');
  if (sniffed.kind === 'bad-json') {
    const { where, hint } = jsonErrorPlace(text, sniffed.error);
    return failed(
      fileName,
      undefined,
      where,
      `the file is not valid JSON (${sniffed.error}).${hint}`,
    );
  }
  if (sniffed.kind === 'csv' && (options.mapping || sniffed.format === undefined)) {
    if (!options.mapping) {
      const header = readCsv(text).header;
      return {
        ...failed(fileName, undefined, 'row 1', MAPPING_QUESTION),
        needsMapping: { header, suggested: suggestMapping(header) },
      };
    }
    const draft = convertMappedCsv(text, options.mapping, options.order);
    if (draft.needsOrder)
      return {
        ...failed(fileName, draft.format, 'dates', ORDER_QUESTION),
        needsOrder: draft.needsOrder,
      };
    return finish(draft, fileName);
  }
  if (sniffed.format === undefined) {
    const what =
      sniffed.kind === 'json'
        ? 'This JSON is not a format Parley knows.'
        : 'The first row is not a header Parley knows.';
    return failed(
      fileName,
      undefined,
      sniffed.kind === 'csv' ? 'row 1' : 'file',
      `${what} ${ACCEPTED_FORMATS}`,
    );
  }
  const draft = convert(
    sniffed.format,
    sniffed.kind === 'json' ? sniffed.json : undefined,
    text,
    options,
  );
  if (draft.needsOrder)
    return {
      ...failed(fileName, draft.format, 'dates', ORDER_QUESTION),
      needsOrder: draft.needsOrder,
    };
  return finish(draft, fileName);
}

const MAPPING_QUESTION =
  'the first row is not a header Parley knows. Choose which column holds each event’s date (and, if you like, its title, lane, place, coordinates, count and source), and it is read as one event per row';

const ORDER_QUESTION =
  'the dates are numbers, and none of them shows whether the day or the month comes first (no number is over 12): choose the order to import';

function convert(
  format: ImportFormat,
  json: unknown,
  text: string,
  options: ImportOptions,
): Draft & { needsOrder?: { examples: string[] } } {
  switch (format) {
    case 'ucdp-ged-csv':
    case 'acled-csv':
      return convertConflictCsv(text, options);
    case 'ucdp-ged-json':
      return convertGedJson(json, options);
    case 'acled-json':
      return convertAcledJson(json, options);
    case 'parley-json':
      return convertParleyJson(json);
    case 'timelinejs-json':
      return convertTimelineJson(json as Record<string, unknown>);
    case 'vis-items':
      return convertVisItems(json);
    case 'parley-csv':
      return convertParleyCsv(text);
    case 'timelinejs-csv':
      return convertTimelineCsv(text);
    case 'event-csv':
      return convertMappedCsv(text, options.mapping ?? {}, options.order);
  }
}
