/**
 * The one IndexedDB database, through Dexie. Its schema history is append-only: a released
 * version is never edited, a change is a new `version(n)` with an upgrade that moves old data.
 * tests/unit/db-migration.test.ts opens data written by every older version with this code.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { Chronology, ChronologyEvent } from '../model/types';

export const DB_NAME = 'parley';

export type DatasetOrigin = 'curated' | 'url' | 'file';

/** A chronology's header (everything but its events) and where it came from. */
export interface StoredDataset {
  id: string;
  origin: DatasetOrigin;
  /** Where a `url` dataset was loaded from. */
  url?: string;
  title: string;
  version?: string;
  updated?: string;
  /** ISO timestamp of the write. */
  storedAt: string;
  /** Added in version 2. */
  eventCount: number;
  header: Omit<Chronology, 'events'>;
}

export interface StoredEvent {
  datasetId: string;
  id: string;
  /** Position in the file, so an export gives the events back in their order. */
  order: number;
  event: ChronologyEvent;
}

/** A user's note on an event (version 2; written by the notes feature). Keyed by event id, so
 * it outlives a replaced curated version. */
export interface StoredNote {
  datasetId: string;
  eventId: string;
  text: string;
  starred: boolean;
  updatedAt: string;
}

export interface MetaEntry {
  key: string;
  value: unknown;
}

export type ParleyDb = Dexie & {
  datasets: EntityTable<StoredDataset, 'id'>;
  events: Dexie.Table<StoredEvent, [string, string]>;
  notes: Dexie.Table<StoredNote, [string, string]>;
  meta: EntityTable<MetaEntry, 'key'>;
};

/** Version 1 exactly as released. Exported for the migration tests. */
export function declareVersion1(db: Dexie): void {
  db.version(1).stores({
    datasets: 'id',
    events: '[datasetId+id], datasetId',
  });
}

export function createDb(options: ConstructorParameters<typeof Dexie>[1] = {}): ParleyDb {
  const db = new Dexie(DB_NAME, options) as ParleyDb;
  declareVersion1(db);
  // Version 2: room for the user's own things (notes, settings) beside the datasets, and an
  // event count on each dataset so the dataset list need not count 100,000 rows.
  db.version(2)
    .stores({
      datasets: 'id, origin',
      events: '[datasetId+id], datasetId',
      notes: '[datasetId+eventId], datasetId',
      meta: 'key',
    })
    .upgrade(async (tx) => {
      const datasets = tx.table<StoredDataset, string>('datasets');
      const events = tx.table<StoredEvent>('events');
      for (const dataset of await datasets.toArray()) {
        const eventCount = await events.where('datasetId').equals(dataset.id).count();
        await datasets.update(dataset.id, { eventCount });
      }
    });
  return db;
}
