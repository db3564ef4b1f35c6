/**
 * The one IndexedDB database, through Dexie. Its schema history is append-only: a released
 * version is never edited, a change is a new `version(n)` with an upgrade that moves old data.
 * tests/unit/db-migration.test.ts opens data written by every older version with this code.
 */
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { BesideData } from '../beside/columns';
import type { Chronology, ChronologyEvent, Story } from '../model/types';

export const DB_NAME = 'parley';

/** Events per stored chunk (version 3). Big enough that 100,000 events are 100 records. */
export const CHUNK_SIZE = 1000;

export type DatasetOrigin = 'curated' | 'url' | 'file';

/** A chronology's header (everything but its events) and where it came from. */
export interface StoredDataset {
  id: string;
  origin: DatasetOrigin;
  /** Where a `url` dataset was loaded from. */
  url?: string;
  /** The file a `file` dataset was imported from, and the format it was in (not indexed). */
  fileName?: string;
  importedFormat?: string;
  /** Size of the text it was read from, in bytes, when known (not indexed). */
  bytes?: number;
  title: string;
  version?: string;
  updated?: string;
  /** ISO timestamp of the write. */
  storedAt: string;
  /** Added in version 2. */
  eventCount: number;
  header: Omit<Chronology, 'events'>;
}

/** Versions 1–2: one row per event. Read only by the upgrade to version 3. */
export interface StoredEventRow {
  datasetId: string;
  id: string;
  order: number;
  event: ChronologyEvent;
}

/**
 * Version 3: a dataset's events in file order, CHUNK_SIZE to a record. One row per event made
 * writing 100,000 events freeze the page for seconds; chunks are written one per task inside a
 * single transaction, so the page keeps drawing and the write is still all or nothing.
 */
export interface StoredChunk {
  datasetId: string;
  chunk: number;
  events: ChronologyEvent[];
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

/**
 * A story the reader wrote (version 4), kept beside the dataset it tells, not in it: so it
 * outlives a newer curated version, as notes do. A dataset file's own stories stay in its header.
 */
export interface StoredStory {
  datasetId: string;
  id: string;
  story: Story;
  updatedAt: string;
}

/**
 * Version 5: the columns a big conflict-event import is counted from beside the talks, stored
 * with it, so that a million events reopen as a few typed arrays instead of a million objects.
 * Written by the streamed import (import/stream-worker.ts) in the same transaction as the events.
 */
export interface StoredBesideColumns extends BesideData {
  datasetId: string;
}

export interface MetaEntry {
  key: string;
  value: unknown;
}

export type ParleyDb = Dexie & {
  datasets: EntityTable<StoredDataset, 'id'>;
  eventChunks: Dexie.Table<StoredChunk, [string, number]>;
  notes: Dexie.Table<StoredNote, [string, string]>;
  stories: Dexie.Table<StoredStory, [string, string]>;
  besideColumns: EntityTable<StoredBesideColumns, 'datasetId'>;
  meta: EntityTable<MetaEntry, 'key'>;
};

/** Version 1 exactly as released. Exported for the migration tests. */
export function declareVersion1(db: Dexie): void {
  db.version(1).stores({
    datasets: 'id',
    events: '[datasetId+id], datasetId',
  });
}

/** Versions 1 and 2 exactly as released. Exported for the migration tests. */
export function declareVersion2(db: Dexie): void {
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
      const events = tx.table<StoredEventRow>('events');
      for (const dataset of await datasets.toArray()) {
        const eventCount = await events.where('datasetId').equals(dataset.id).count();
        await datasets.update(dataset.id, { eventCount });
      }
    });
}

/** Version 2 → 3: per-event rows become chunks, in file order. */
async function chunkEventRows(tx: Transaction): Promise<void> {
  const rows = await tx.table<StoredEventRow>('events').toArray();
  const byDataset = new Map<string, StoredEventRow[]>();
  for (const row of rows) {
    const list = byDataset.get(row.datasetId) ?? [];
    list.push(row);
    byDataset.set(row.datasetId, list);
  }
  const chunks = tx.table<StoredChunk>('eventChunks');
  for (const [datasetId, list] of byDataset) {
    list.sort((a, b) => a.order - b.order);
    for (let i = 0; i * CHUNK_SIZE < list.length; i++) {
      const events = list.slice(i * CHUNK_SIZE, (i + 1) * CHUNK_SIZE).map((row) => row.event);
      await chunks.add({ datasetId, chunk: i, events });
    }
  }
}

/** Versions 1 to 3 exactly as released. Exported for the migration tests. */
export function declareVersion3(db: Dexie): void {
  declareVersion2(db);
  db.version(3)
    .stores({
      datasets: 'id, origin',
      events: null,
      eventChunks: '[datasetId+chunk], datasetId',
      notes: '[datasetId+eventId], datasetId',
      meta: 'key',
    })
    .upgrade(chunkEventRows);
}

export function createDb(options: ConstructorParameters<typeof Dexie>[1] = {}): ParleyDb {
  const db = new Dexie(DB_NAME, options) as ParleyDb;
  declareVersion3(db);
  // Version 4: the reader's own stories, per dataset. Nothing older moves.
  db.version(4).stores({
    datasets: 'id, origin',
    eventChunks: '[datasetId+chunk], datasetId',
    notes: '[datasetId+eventId], datasetId',
    stories: '[datasetId+id], datasetId',
    meta: 'key',
  });
  // Version 5: the band's columns of a streamed import, beside its events. Nothing older moves.
  db.version(5).stores({ besideColumns: 'datasetId' });
  return db;
}
