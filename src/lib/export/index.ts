/** Exports of the selection a reader sees, each a pure function returning the file to save. */
export {
  exportFileName,
  slugify,
  type ExportFile,
  type ExportSelection,
  type UserNote,
} from './selection';
export { exportJson } from './json';
export { exportCsv, CSV_NOTE_COLUMNS } from './csv';
export { guardCsvText } from './csv-guard';
export { exportIcs, type IcsOptions } from './ics';
export { citedSources, citationKey, type CitedSource } from './cited-sources';
export { exportCslJson, type CslItem } from './csl';
export { exportBibtex } from './bibtex';
export { citeView, type CiteViewInput } from './cite';
export {
  exportReportedCsv,
  reportedRows,
  rowsCsv,
  sortRows,
  SORT_COLUMNS,
  type ReportedRow,
  type SortColumn,
  type SortDirection,
} from './reported';
