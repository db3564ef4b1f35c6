/**
 * The TimelineJS Google Sheets template, saved as CSV. Its columns are fixed (SHEET_COLUMNS);
 * they are matched ignoring case and spacing, since sheets get edited by hand. A row whose Type
 * is "title" names the chronology; "era" rows are periods, not events: they become the
 * chronology's eras (./timelinejs-eras.ts). Every other row is an event, converted as
 * timelinejs-event.ts describes.
 */
import { quote } from '../model/validate';
import { extraCellProblems, normaliseHeader, readCsv, repeatedColumnProblems } from './csv-table';
import { IdPool, slugId } from './ids';
import { locateEra, timelineEras, type EraInput } from './timelinejs-eras';
import { dateFromParts, plain, plainLine, Tally, timelineEvent } from './timelinejs-event';
import { MediaTally, timelineStory, type MediaFields, type Slide } from './timelinejs-story';
import type { Draft, DraftProblem } from './types';

export const SHEET_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
  // Not in every copy of the template: an image's alt text, when the sheet has the column.
  'Alt Text',
] as const;
type SheetColumn = (typeof SHEET_COLUMNS)[number];

const BY_KEY = new Map<string, SheetColumn>(SHEET_COLUMNS.map((c) => [normaliseHeader(c), c]));
/** A row's media as the story takes it (./timelinejs-story.ts). */
function mediaOf(get: (column: SheetColumn) => string | undefined): MediaFields | undefined {
  const url = get('Media');
  return url === undefined
    ? undefined
    : { url, caption: get('Media Caption'), credit: get('Media Credit'), alt: get('Alt Text') };
}

/** Where each Parley field came from, for messages. */
const FIELD_COLUMNS: Record<string, string> = {
  title: 'column Headline',
  summary: 'column Text',
  sources: 'column Text',
  start: 'columns Year, Month, Day',
  end: 'columns End Year, End Month, End Day',
  track: 'column Group',
  notes: 'columns Time, End Time, Display Date',
};

const ERA_FIELD_COLUMNS: Record<string, string> = {
  title: 'column Headline',
  summary: 'column Text',
  start: 'columns Year, Month, Day',
  end: 'columns End Year, End Month, End Day',
};

export function convertTimelineCsv(text: string): Draft {
  const table = readCsv(text);
  const problems: DraftProblem[] = [...table.problems];
  const tally = new Tally();
  const rowOf: number[] = [];
  let titleRow: number | undefined;
  /** For each Parley era, which era row it came from (rows without a year are left out). */
  let eraIndex: number[] = [];
  /** The sheet row of each era row read. */
  const eraRowOf: number[] = [];
  const eraWhere = (i: number, field: string | undefined) => {
    const row = `row ${eraRowOf[i] ?? '?'}`;
    const column = field ? ERA_FIELD_COLUMNS[field] : undefined;
    return column ? `${row}, ${column}` : row;
  };
  const draft: Draft = {
    format: 'timelinejs-csv',
    problems,
    warnings: [],
    locate: (path) => {
      const era = locateEra(path, eraIndex, eraWhere);
      if (era) return era;
      const m = /^events\[(\d+)\](?:\.(\w+))?/.exec(path);
      if (!m) {
        const row = titleRow === undefined ? 'file' : `row ${titleRow}`;
        if (path === 'title') return { where: `${row}, column Headline`, order: -1 };
        if (path === 'description') return { where: `${row}, column Text`, order: -1 };
        return { where: 'file', order: -1 };
      }
      const index = Number(m[1]);
      const row = `row ${rowOf[index] ?? index + 2}`;
      const column = m[2] ? FIELD_COLUMNS[m[2]] : undefined;
      return { where: column ? `${row}, ${column}` : row, order: index };
    },
  };

  const columns = table.header.map((cell) => BY_KEY.get(normaliseHeader(cell)));
  const unknown = table.header.filter((cell, i) => cell !== '' && !columns[i]);
  for (const cell of unknown.slice(0, 8)) {
    draft.warnings.push(`The column ${quote(cell)} is not a TimelineJS column and was ignored.`);
  }
  problems.push(
    ...repeatedColumnProblems(table, (cell) => normaliseHeader(cell)),
    ...extraCellProblems(table),
  );
  for (const required of ['Year', 'Headline'] as const) {
    if (!columns.includes(required)) {
      problems.push({
        where: `row ${table.headerRow}`,
        order: -1,
        message: `the header has no "${required}" column (TimelineJS columns: ${SHEET_COLUMNS.join(', ')})`,
      });
    }
  }
  if (problems.some((p) => p.order === -1 && p.where.startsWith(`row ${table.headerRow}`))) {
    return draft;
  }

  const chronology: Draft['chronology'] = { events: [] };
  const ids = new IdPool();
  const eraInputs: EraInput[] = [];
  const slides: Slide[] = [];
  let cover: Parameters<typeof timelineStory>[0];
  for (const { row, cells } of table.rows) {
    const get = (column: SheetColumn): string | undefined => {
      const i = columns.indexOf(column);
      const value = i === -1 ? undefined : cells[i]?.trim();
      return value === '' ? undefined : value;
    };
    const type = get('Type')?.toLowerCase();
    if (type === 'era') {
      const where = (column: string) => `row ${row}, column ${column}`;
      const before = problems.length;
      const dates = sheetDates(get, where, -1, problems);
      if (dates.start === undefined && problems.length === before)
        problems.push({
          where: where('Year'),
          order: -1,
          message: 'is empty; every era needs a year',
        });
      eraInputs.push({ headline: get('Headline'), text: get('Text'), ...dates });
      eraRowOf.push(row);
      continue;
    }
    if (type === 'title' && titleRow === undefined) {
      titleRow = row;
      const title = plainLine(get('Headline'), tally);
      const description = plain(get('Text'), tally);
      if (title !== undefined) chronology['title'] = title;
      if (description !== undefined) chronology['description'] = description;
      cover = { headline: title, text: description, media: mediaOf(get) };
      continue;
    }
    if (type === 'title') {
      draft.warnings.push(
        `Row ${row} is a second title row; only the first (row ${titleRow}) names the chronology, so it was imported as an event.`,
      );
    }
    const index = chronology.events.length;
    rowOf.push(row);
    const where = (column: string) => `row ${row}, column ${column}`;
    const before = problems.length;
    const { start, end } = sheetDates(get, where, index, problems);
    if (start === undefined && problems.length === before) {
      problems.push({
        where: where('Year'),
        order: index,
        message: 'is empty; every event needs a year',
        field: 'start',
      });
    }
    if (get('Background') !== undefined) tally.backgrounds++;
    const event = timelineEvent(
      {
        headline: get('Headline'),
        text: get('Text'),
        group: get('Group'),
        start,
        end,
        startTime: plain(get('Time'), tally),
        endTime: plain(get('End Time'), tally),
        displayDate: get('Display Date'),
      },
      tally,
    );
    // An untitled row's title is made from its date: its id would say the date twice.
    const titled = plain(get('Headline'), new Tally()) !== undefined;
    const title = titled && typeof event['title'] === 'string' ? event['title'] : 'untitled';
    event['id'] = ids.unique(slugId(title, start ?? ''));
    chronology.events.push(event);
    slides.push({ event, media: mediaOf(get) });
  }
  if (chronology.events.length === 0) {
    problems.push({ where: 'file', order: -1, message: 'the file has no event rows' });
    return draft;
  }
  const { eras, inputIndex } = timelineEras(eraInputs, tally, problems, (i) =>
    eraWhere(i, undefined),
  );
  eraIndex = inputIndex;
  if (eras.length) chronology['eras'] = eras;
  // The telling, once every row is an event: a file with problems imports nothing anyway.
  const media = new MediaTally();
  if (problems.length === 0) chronology['stories'] = [timelineStory(cover, slides, tally, media)];
  draft.chronology = chronology;
  draft.warnings.push(
    ...tally.warnings(),
    ...(problems.length === 0 ? media.warnings(slides.length + 1) : []),
  );
  return draft;
}

/** A row's start (Year, Month, Day) and end (End Year, …) dates; problems name the column. */
function sheetDates(
  get: (column: SheetColumn) => string | undefined,
  where: (column: string) => string,
  order: number,
  problems: DraftProblem[],
): { start?: string; end?: string } {
  const start = dateFromParts(
    { year: get('Year'), month: get('Month'), day: get('Day') },
    'start',
    (part) => where(part === 'year' ? 'Year' : part === 'month' ? 'Month' : 'Day'),
    order,
    problems,
  );
  const end = dateFromParts(
    { year: get('End Year'), month: get('End Month'), day: get('End Day') },
    'end',
    (part) => where(part === 'year' ? 'End Year' : part === 'month' ? 'End Month' : 'End Day'),
    order,
    problems,
  );
  return { start, end };
}
