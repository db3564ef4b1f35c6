/**
 * Parley's own CSV (columns in ../interchange/csv-columns.ts, documented in data/README.md):
 * one row per event, `;` between the items of a list cell, sources in numbered column groups.
 * Cells are plain text; markup in them is refused as it is in Parley JSON.
 */
import {
  CSV_EVENT_COLUMNS,
  CSV_LIST_SEPARATOR,
  CSV_REQUIRED_COLUMNS,
  parseSourceColumn,
  type CsvEventColumn,
  type CsvSourceField,
} from '../interchange/csv-columns';
import { CSV_NOTE_COLUMNS } from '../export/csv';
import { quote } from '../model/validate';
import { extraCellProblems, normaliseHeader, readCsv, repeatedColumnProblems } from './csv-table';
import { IdPool, slugId } from './ids';
import type { Draft, DraftProblem } from './types';

type Column =
  | { kind: 'event'; name: CsvEventColumn }
  | { kind: 'source'; index: number; field: CsvSourceField }
  | { kind: 'note'; name: (typeof CSV_NOTE_COLUMNS)[number] };

const EVENT_COLUMNS = new Set<string>(CSV_EVENT_COLUMNS);
const NOTE_COLUMNS = new Set<string>(CSV_NOTE_COLUMNS);
const MAX_NAMED_UNKNOWN = 8;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** The exporter's formula guard (../export/csv-guard.ts) puts a ' before these; take it off. */
const GUARDED = /^'[=+\-@\t\r]/;

/** "Time Zone" and "time_zone" are the same column. */
function columnKey(cell: string): string {
  return normaliseHeader(cell).replace(/ /g, '_');
}

function columnOf(cell: string): Column | undefined {
  const key = columnKey(cell);
  if (EVENT_COLUMNS.has(key)) return { kind: 'event', name: key as CsvEventColumn };
  if (NOTE_COLUMNS.has(key))
    return { kind: 'note', name: key as (typeof CSV_NOTE_COLUMNS)[number] };
  const source = parseSourceColumn(key);
  return source && { kind: 'source', ...source };
}

function unguard(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}

export function convertParleyCsv(text: string): Draft {
  const table = readCsv(text);
  const problems: DraftProblem[] = [...table.problems];
  const warnings: string[] = [];
  const rowOf: number[] = [];
  const sourceSlots: number[][] = [];
  const draft: Draft = {
    format: 'parley-csv',
    problems,
    warnings,
    locate: locator(rowOf, sourceSlots),
  };

  const columns = table.header.map(columnOf);
  const unknown = table.header.filter((cell, i) => cell !== '' && !columns[i]);
  unknown
    .slice(0, MAX_NAMED_UNKNOWN)
    .forEach((cell) =>
      warnings.push(`The column ${quote(cell)} is not a Parley column and was ignored.`),
    );
  if (unknown.length > MAX_NAMED_UNKNOWN) {
    warnings.push(
      `${unknown.length - MAX_NAMED_UNKNOWN} more columns that are not Parley columns were ignored.`,
    );
  }
  problems.push(...repeatedColumnProblems(table, columnKey), ...extraCellProblems(table));
  const present = new Set(columns.map((c) => (c?.kind === 'event' ? c.name : undefined)));
  const missing = CSV_REQUIRED_COLUMNS.filter((name) => !present.has(name));
  if (missing.length > 0) {
    problems.push({
      where: `row ${table.headerRow}`,
      order: -1,
      message: `the header has no ${missing.map((m) => `"${m}"`).join(' or ')} column; a Parley CSV needs title and start (see data/README.md)`,
    });
    return draft;
  }
  if (table.rows.length === 0) {
    problems.push({ where: 'file', order: -1, message: 'the file has a header but no events' });
    return draft;
  }

  const ids = new IdPool();
  const firstRowOfId = new Map<string, number>();
  const events = table.rows.map(({ row, cells }, index) => {
    rowOf.push(row);
    const values = new Map<string, string>();
    const sources = new Map<number, Partial<Record<CsvSourceField, string>>>();
    columns.forEach((column, c) => {
      const value = unguard(cells[c] ?? '').trim();
      if (!column || value === '') return;
      if (column.kind === 'source') {
        const source = sources.get(column.index) ?? {};
        source[column.field] = value;
        sources.set(column.index, source);
      } else values.set(column.name, value);
    });
    const event = eventFromValues(values, row, index, problems);
    const id = values.get('id');
    if (id !== undefined) {
      const first = firstRowOfId.get(id);
      if (first !== undefined) {
        problems.push({
          where: `row ${row}, column id`,
          order: index,
          message: `${quote(id)} is also the id of row ${first}; ids must be unique`,
          field: 'id',
        });
      } else firstRowOfId.set(id, row);
      ids.reserve(id);
    }
    const slots = [...sources.keys()].sort((a, b) => a - b);
    const kept: number[] = [];
    const list = slots.flatMap((n) => {
      const source = sources.get(n)!;
      if (source.url === undefined) {
        problems.push({
          where: `row ${row}, column source_${n}_url`,
          order: index,
          message: `source ${n} has no link; every source needs its http(s) link`,
        });
        return [];
      }
      kept.push(n);
      return [source];
    });
    sourceSlots.push(kept);
    if (list.length > 0) event['sources'] = list;
    return event;
  });
  // Ids after every row is read, so a generated id never takes one a later row gives.
  events.forEach((event, index) => {
    if (event['id'] !== undefined) return;
    const title = typeof event['title'] === 'string' ? event['title'] : '';
    const start = typeof event['start'] === 'string' ? event['start'] : '';
    event['id'] = title ? ids.unique(slugId(title, start)) : ids.unique(`row-${rowOf[index]}`);
  });
  draft.chronology = { events };
  return draft;
}

function eventFromValues(
  values: Map<string, string>,
  row: number,
  index: number,
  problems: DraftProblem[],
): Record<string, unknown> {
  const event: Record<string, unknown> = {};
  const location: Record<string, unknown> = {};
  for (const [name, value] of values) {
    switch (name) {
      case 'tags':
      case 'participants': {
        const list = value
          .split(CSV_LIST_SEPARATOR)
          .map((item) => item.trim())
          .filter(Boolean);
        if (list.length) event[name] = list;
        break;
      }
      case 'city':
      case 'region':
      case 'country':
      case 'venue':
        location[name] = value;
        break;
      case 'lat':
      case 'lon':
        if (NUMBER.test(value)) location[name] = Number(value);
        else
          problems.push({
            where: `row ${row}, column ${name}`,
            order: index,
            message: `${quote(value)} is not a number (write it like 55.7558)`,
            field: 'location',
          });
        break;
      case 'time_zone':
        event['timeZone'] = value;
        break;
      case 'note':
      case 'starred':
        break;
      default:
        event[name] = value;
    }
  }
  if (Object.keys(location).length) event['location'] = location;
  const note = userNote(values, row, index, problems);
  if (note) event['userNote'] = note;
  return event;
}

/** The exporter's `note` and `starred` columns come back as `userNote`, as in Parley JSON. */
function userNote(
  values: Map<string, string>,
  row: number,
  index: number,
  problems: DraftProblem[],
): { text: string; starred: boolean } | undefined {
  const text = values.get('note');
  const starredText = values.get('starred')?.toLowerCase();
  if (text === undefined && starredText === undefined) return undefined;
  let starred = false;
  if (starredText !== undefined) {
    if (['true', 'yes', '1'].includes(starredText)) starred = true;
    else if (!['false', 'no', '0'].includes(starredText)) {
      problems.push({
        where: `row ${row}, column starred`,
        order: index,
        message: `${quote(starredText)} is not true or false`,
      });
    }
  }
  return { text: text ?? '', starred };
}

const FIELD_COLUMNS: Record<string, string> = {
  timeZone: 'time_zone',
  userNote: 'note',
  location: 'lat and lon',
};

/** `events[3].sources[1].url` → "row 5, column source_2_url". */
function locator(rowOf: number[], sourceSlots: number[][]) {
  return (path: string): { where: string; order: number } => {
    const m = /^events\[(\d+)\](?:\.(\w+))?(?:\[(\d+)\])?(?:\.(\w+))?/.exec(path);
    if (!m) return { where: 'file', order: -1 };
    const index = Number(m[1]);
    const row = `row ${rowOf[index] ?? index + 2}`;
    const [, , field, item, sub] = m;
    if (!field) return { where: row, order: index };
    if (field === 'sources' && item !== undefined) {
      const n = sourceSlots[index]?.[Number(item)] ?? Number(item) + 1;
      const column = sub
        ? `column source_${n}_${sub}`
        : `columns source_${n}_title and source_${n}_publisher`;
      return { where: `${row}, ${column}`, order: index };
    }
    if (field === 'location' && sub) return { where: `${row}, column ${sub}`, order: index };
    const column = FIELD_COLUMNS[field] ?? field;
    const word = column.includes(' and ') ? 'columns' : 'column';
    return { where: `${row}, ${word} ${column}`, order: index };
  };
}
