/**
 * Updating a stored dataset from a newer export of the same source (a new UCDP GED release, a
 * fresh ACLED download) instead of adding a second copy: the events are matched by the source's
 * own id (`ged-<id>`, `acled-<event_id_cnty>`), and what changed is said before anything is
 * written. Pure.
 */
import type { StoredDataset } from '../db/db';
import { diffChronologies } from '../model/diff';
import type { Chronology } from '../model/types';
import type { ImportFormat } from './types';

/** Formats whose events carry the source's own ids, so a newer export can update in place. */
const UPDATABLE: ReadonlySet<ImportFormat> = new Set([
  'ucdp-ged-csv',
  'ucdp-ged-json',
  'acled-csv',
  'acled-json',
]);

/**
 * An export's CSV and its API's JSON carry the same ids: either updates a dataset made from the
 * other (GED's CSV and API; ACLED's CSV export and API).
 */
const SAME_SOURCE: Partial<Record<ImportFormat, readonly ImportFormat[]>> = {
  'ucdp-ged-csv': ['ucdp-ged-csv', 'ucdp-ged-json'],
  'ucdp-ged-json': ['ucdp-ged-csv', 'ucdp-ged-json'],
  'acled-csv': ['acled-csv', 'acled-json'],
  'acled-json': ['acled-csv', 'acled-json'],
};

/** Stored datasets a file of `format` can update: imported from the same kind of export. */
export function updatable(
  datasets: readonly StoredDataset[],
  format: ImportFormat | undefined,
): StoredDataset[] {
  if (!format || !UPDATABLE.has(format)) return [];
  const family: readonly string[] = SAME_SOURCE[format] ?? [format];
  return datasets.filter((d) => d.origin === 'file' && family.includes(d.importedFormat ?? ''));
}

export interface UpdateSummary {
  added: number;
  changed: number;
  removed: number;
  /** A few titles of each, for the reader to recognise. */
  examples: { added: string[]; changed: string[]; removed: string[] };
}

const EXAMPLES = 3;

export function updateSummary(stored: Chronology, next: Chronology): UpdateSummary {
  const diff = diffChronologies(stored, next);
  return {
    added: diff.added.length,
    changed: diff.changed.length,
    removed: diff.removed.length,
    examples: {
      added: diff.added.slice(0, EXAMPLES).map((e) => e.title),
      changed: diff.changed.slice(0, EXAMPLES).map((c) => c.after.title),
      removed: diff.removed.slice(0, EXAMPLES).map((e) => e.title),
    },
  };
}
