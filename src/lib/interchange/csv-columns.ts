/**
 * The columns of Parley's own CSV format, shared by the CSV importer and the CSV exporter so a
 * file Parley writes is a file Parley reads. data/README.md documents them for spreadsheet users.
 *
 * One row per event. Only `title` and `start` are required. Lists inside a cell (`tags`,
 * `participants`) are separated by semicolons. Sources take four columns each, numbered from 1:
 * `source_1_url`, `source_1_title`, `source_1_publisher`, `source_1_published`, then
 * `source_2_…` and so on, as many as the busiest event needs (a spreadsheet handles that better
 * than a separator inside a cell: headlines contain "|" and ";").
 */
export const CSV_EVENT_COLUMNS = [
  'id',
  'title',
  'start',
  'end',
  'kind',
  'track',
  'status',
  'tags',
  'participants',
  'city',
  'region',
  'country',
  'venue',
  'lat',
  'lon',
  'time_zone',
  'summary',
] as const;
export type CsvEventColumn = (typeof CSV_EVENT_COLUMNS)[number];

export const CSV_REQUIRED_COLUMNS: readonly CsvEventColumn[] = ['title', 'start'];

export const CSV_SOURCE_FIELDS = ['url', 'title', 'publisher', 'published'] as const;
export type CsvSourceField = (typeof CSV_SOURCE_FIELDS)[number];

/** `source_3_url` and friends. */
export function sourceColumn(index: number, field: CsvSourceField): string {
  return `source_${index}_${field}`;
}

/** `source_3_url` → { index: 3, field: 'url' }; anything else → undefined. */
export function parseSourceColumn(
  name: string,
): { index: number; field: CsvSourceField } | undefined {
  const match = /^source_([1-9]\d{0,2})_(url|title|publisher|published)$/.exec(name.trim());
  if (!match) return undefined;
  return { index: Number(match[1]), field: match[2] as CsvSourceField };
}

/** Separator of list cells (`tags`, `participants`). */
export const CSV_LIST_SEPARATOR = ';';
