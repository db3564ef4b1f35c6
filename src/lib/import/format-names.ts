/** How the import dialog and messages name each format Parley imports. */
import type { ImportFormat } from './types';

export const FORMAT_NAMES: Record<ImportFormat, string> = {
  'parley-json': 'Parley JSON',
  'parley-csv': 'Parley CSV',
  'timelinejs-json': 'TimelineJS JSON',
  'timelinejs-csv': 'TimelineJS spreadsheet (CSV)',
  'vis-items': 'vis-timeline items',
  'ucdp-ged-csv': 'UCDP GED (CSV)',
  'ucdp-ged-json': 'UCDP GED API (JSON)',
  'acled-csv': 'ACLED export (CSV)',
  'acled-json': 'ACLED API (JSON)',
  'event-csv': 'Event CSV (your columns)',
};
