/** What an import gives the preview: the public contract of src/lib/import. */
import type { Chronology } from '../model/types';

export type ImportFormat =
  | 'parley-json'
  | 'parley-csv'
  | 'timelinejs-json'
  | 'timelinejs-csv'
  | 'vis-items'
  | 'ucdp-ged-csv'
  /** UCDP GED as its API serves it: `{ "Result": [ … ] }` with the CSV's fields. */
  | 'ucdp-ged-json'
  | 'acled-csv'
  /** ACLED as its API serves it: `{ "status", "success", "data": [ … ] }` with the CSV's fields. */
  | 'acled-json'
  /** Any event CSV, read through the reader's choice of columns. */
  | 'event-csv';

export interface ImportProblem {
  /** Where, in the file's own terms: "row 12, column start", "events[3].start_date", "line 4". */
  where: string;
  message: string;
}

export type PrecisionCounts = Record<'day' | 'month' | 'year' | 'time', number>;

export interface ImportPreview {
  /** undefined when the format could not be recognised. */
  format: ImportFormat | undefined;
  fileName: string;
  /** Present only when there are no problems: import is all or nothing. Passes validateChronology. */
  chronology?: Chronology;
  /** Blocking problems, the first MAX_LISTED_PROBLEMS, each naming its row and column or field. */
  problems: ImportProblem[];
  /**
   * How many problems there are in all (`problems` lists only the first). Always set by
   * previewImport; optional so code that builds a preview by hand need not change.
   */
  problemCount?: number;
  /** Non-blocking notices: what was converted or left out, with counts. */
  warnings: string[];
  /**
   * The file's numeric dates could be read day first or month first, and no value settles it:
   * the reader chooses (`previewImport(name, text, { order })`). Examples are from the file.
   */
  needsOrder?: { examples: string[] };
  /**
   * A CSV whose header is no format Parley knows: the reader maps its columns to the fields
   * (`previewImport(name, text, { mapping })`), starting from a guess from the columns' names.
   */
  needsMapping?: { header: string[]; suggested: Partial<Record<string, string>> };
  /** For the preview: how many events, the first and last date (formatted), precision counts. */
  summary?: { events: number; first?: string; last?: string; precision: PrecisionCounts };
}

/** A problem with the position it sorts by (its event's index; -1 for the whole file). */
export interface DraftProblem extends ImportProblem {
  order: number;
  /**
   * The Parley field the problem is about (`start`, `location`), when the converter already
   * explained it: the validator's own complaint about that field of that event is then dropped.
   */
  field?: string;
}

/**
 * What one format's converter hands to `finish`: a chronology to validate (absent when the file
 * could not be read at all), its own problems, and how to name a validator path in its terms.
 */
export interface Draft {
  format: ImportFormat;
  chronology?: Record<string, unknown> & { events: Record<string, unknown>[] };
  problems: DraftProblem[];
  warnings: string[];
  /** `events[3].start` → { where: "row 5, column start", order: 3 }. */
  locate: (path: string) => { where: string; order: number };
}
