/**
 * Which conflict-event export a CSV header is, by its column names (never by position: every
 * release moves columns about). Names are matched ignoring case, so ACLED's older upper-case
 * layout (EVENT_ID_CNTY, EVENT_DATE) is the same layout as today's.
 *
 * - UCDP GED (Georeferenced Event Dataset), 49 columns: `id`, `date_start`, `date_end`,
 *   `date_prec`, `best`, `low`, `high`, `type_of_violence`, `where_prec`, `source_article`…
 * - ACLED: `event_id_cnty`, `event_date`, `event_type`, `fatalities`; `time_precision`,
 *   `geo_precision`, `source` and `notes` where the layout has them (the current 31 columns, the
 *   35 with population columns, the pre-2023 layout with `data_id` and `iso3`, the old
 *   upper-case one).
 */
import { normaliseHeader } from '../import/csv-table';
import { article } from '../format/article';

export type ConflictLayout = 'ucdp-ged' | 'acled';

const REQUIRED: Record<ConflictLayout, readonly string[]> = {
  'ucdp-ged': ['id', 'date_start', 'date_end', 'date_prec', 'best', 'type_of_violence'],
  acled: ['event_id_cnty', 'event_date', 'event_type', 'fatalities'],
};

export const LAYOUT_NAMES: Record<ConflictLayout, string> = {
  'ucdp-ged': 'UCDP GED (CSV)',
  acled: 'ACLED export (CSV)',
};

/** "Imported from an ACLED export (CSV) file.", "… from a UCDP GED (CSV) file." */
export function importedFrom(source: string): string {
  return `Imported from ${article(source)} ${source} file.`;
}

/** The layout a header is, or undefined. */
export function conflictLayout(header: readonly string[]): ConflictLayout | undefined {
  const names = new Set(header.map(normaliseHeader));
  return (Object.keys(REQUIRED) as ConflictLayout[]).find((layout) =>
    REQUIRED[layout].every((name) => names.has(name)),
  );
}

/** A row's cells by column name (lower case), `NA` and blanks read as absent. */
export function rowReader(
  header: readonly string[],
): (cells: readonly string[], name: string) => string | undefined {
  const index = new Map<string, number>();
  header.forEach((cell, i) => {
    const name = normaliseHeader(cell);
    if (!index.has(name)) index.set(name, i);
  });
  return (cells, name) => {
    const i = index.get(name);
    const value = i === undefined ? undefined : cells[i]?.trim();
    return value === undefined || value === '' || value === 'NA' || value === 'N/A'
      ? undefined
      : value;
  };
}
