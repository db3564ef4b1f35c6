/**
 * The last step every format shares: validate the converted chronology with the same validator
 * that guards every load, turn its paths into the file's own terms (row and column, field), and
 * either hand over a chronology with no problems or problems with no chronology.
 */
import { formatDate } from '../format/dates';
import { parseDate, type PartialDate } from '../model/dates';
import { FORMAT_ID, type Chronology } from '../model/types';
import { validateChronology } from '../model/validate';
import { htmlToText } from './html-to-text';
import type { Draft, DraftProblem, ImportPreview, PrecisionCounts } from './types';

/** The preview lists this many problems; `problemCount` says how many there are. */
export const MAX_LISTED_PROBLEMS = 20;
/** Longest title taken from a file name. */
const MAX_TITLE = 200;

/** "Talks 2025.timeline.csv" → "Talks 2025.timeline"; safe as a title whatever the name holds. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const bare = base.replace(/\.[^.]*$/, '');
  const text = htmlToText(bare).text.slice(0, MAX_TITLE).trim();
  return text || 'Imported chronology';
}

export function finish(draft: Draft, fileName: string): ImportPreview {
  const problems: DraftProblem[] = [...draft.problems];
  let total = problems.length;
  let chronology: Chronology | undefined;

  if (draft.chronology) {
    const candidate = draft.chronology;
    candidate['format'] ??= FORMAT_ID;
    if (candidate['title'] === undefined) candidate['title'] = titleFromFileName(fileName);
    const result = validateChronology(candidate, { maxProblems: MAX_LISTED_PROBLEMS });
    if (result.ok) {
      if (total === 0) chronology = result.chronology;
    } else {
      // The converter has already explained these places in the file's own words.
      const explained = new Set(problems.map((p) => p.where));
      const explainedFields = new Set(problems.map((p) => `${p.order}:${p.field}`));
      // Rows the converter refused leave no event: "events is empty" would only hide why.
      const rowsRefused = problems.some((p) => p.order >= 0);
      let duplicates = 0;
      for (const problem of result.problems) {
        const { where, order } = draft.locate(problem.path);
        const field = /^events\[(\d+)\]\.(\w+)/.exec(problem.path);
        if (
          explained.has(where) ||
          (field && explainedFields.has(`${field[1]}:${field[2]}`)) ||
          (rowsRefused && problem.path === 'events' && candidate.events.length === 0)
        )
          duplicates++;
        else problems.push({ where, order, message: problem.message });
      }
      total += result.total - duplicates;
    }
  } else if (total === 0) {
    problems.push({ where: 'file', order: -1, message: 'nothing in this file could be imported' });
    total = 1;
  }

  problems.sort((a, b) => a.order - b.order);
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map(({ where, message }) => ({
    where: where || 'file',
    message,
  }));
  const preview: ImportPreview = {
    format: draft.format,
    fileName,
    problems: listed,
    problemCount: Math.max(total, listed.length),
    warnings: draft.warnings,
  };
  if (chronology && listed.length === 0) {
    preview.chronology = chronology;
    preview.summary = summarise(chronology);
  }
  return preview;
}

export function summarise(chronology: Chronology): NonNullable<ImportPreview['summary']> {
  const precision: PrecisionCounts = { day: 0, month: 0, year: 0, time: 0 };
  let first: PartialDate | undefined;
  let last: PartialDate | undefined;
  for (const event of chronology.events) {
    const start = parseDate(event.start);
    if (!start.ok) continue;
    const p = start.date.precision;
    precision[p === 'minute' || p === 'second' ? 'time' : p]++;
    if (!first || start.date.startMs < first.startMs) first = start.date;
    const endParse = event.end === undefined ? start : parseDate(event.end);
    const end = endParse.ok ? endParse.date : start.date;
    if (!last || end.endMs > last.endMs) last = end;
  }
  return {
    events: chronology.events.length,
    first: first && formatDate(first),
    last: last && formatDate(last),
    precision,
  };
}
