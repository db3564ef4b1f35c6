/**
 * Named reads and writes of datasets: the only module that touches the datasets and events
 * tables. Every write of a dataset is one transaction, so a failed write leaves the old one.
 */
import type { BesideData } from '../beside/columns';
import type { Chronology } from '../model/types';
import {
  CHUNK_SIZE,
  type DatasetOrigin,
  type ParleyDb,
  type StoredChunk,
  type StoredDataset,
} from './db';

export const CURATED_ID = 'curated';

/** The dataset id a `?data=` URL is stored under: the same URL replaces its earlier copy. */
export function urlDatasetId(url: string): string {
  return `url:${url}`;
}

function headerOf(chronology: Chronology): Omit<Chronology, 'events'> {
  const { events: _events, ...header } = chronology;
  return header;
}

/** Where a dataset came from, beyond its origin: recorded with it for the dataset list. */
export interface DatasetProvenance {
  url?: string;
  fileName?: string;
  importedFormat?: string;
  bytes?: number;
}

/** Replace dataset `id` with `chronology`, all or nothing. Notes and other datasets are untouched. */
export async function saveDataset(
  db: ParleyDb,
  id: string,
  origin: DatasetOrigin,
  chronology: Chronology,
  provenance: string | DatasetProvenance = {},
): Promise<void> {
  const header = headerOf(chronology);
  const from = typeof provenance === 'string' ? { url: provenance } : provenance;
  const url = from.url;
  const record: StoredDataset = {
    id,
    origin,
    ...withoutUndefined(from),
    title: chronology.title ?? url ?? id,
    version: chronology.version,
    updated: chronology.updated,
    storedAt: new Date().toISOString(),
    eventCount: chronology.events.length,
    header,
  };
  const chunks: StoredChunk[] = [];
  for (let i = 0; i * CHUNK_SIZE < chronology.events.length; i++) {
    const events = chronology.events.slice(i * CHUNK_SIZE, (i + 1) * CHUNK_SIZE);
    chunks.push({ datasetId: id, chunk: i, events });
  }
  await db.transaction('rw', db.datasets, db.eventChunks, db.besideColumns, async () => {
    await db.eventChunks.where('datasetId').equals(id).delete();
    // Columns counted from the old events would no longer be these events'.
    await db.besideColumns.delete(id);
    // One chunk per request: each completes in its own task, so the page keeps drawing while
    // a big dataset is written, and the transaction still commits all or nothing.
    for (const chunk of chunks) await db.eventChunks.add(chunk);
    await db.datasets.put(record);
  });
}

export async function getDatasetRecord(
  db: ParleyDb,
  id: string,
): Promise<StoredDataset | undefined> {
  return db.datasets.get(id);
}

/** The stored chronology, rebuilt in its original event order, or undefined if not stored. */
export async function readDataset(db: ParleyDb, id: string): Promise<Chronology | undefined> {
  return db.transaction('r', db.datasets, db.eventChunks, async () => {
    const record = await db.datasets.get(id);
    if (!record) return undefined;
    const chunks = await db.eventChunks.where('datasetId').equals(id).sortBy('chunk');
    return { ...record.header, events: chunks.flatMap((chunk) => chunk.events) };
  });
}

export async function listDatasets(db: ParleyDb): Promise<StoredDataset[]> {
  return db.datasets.toArray();
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Prefix of the ids of datasets imported from files. */
export const FILE_ID_PREFIX = 'file:';

/**
 * Store an imported chronology as a new dataset, all or nothing, and return its id. A new id
 * every time: importing the same file twice gives two datasets, never a silent overwrite.
 */
export async function importDataset(
  db: ParleyDb,
  chronology: Chronology,
  from: { fileName: string; format: string; bytes: number },
): Promise<string> {
  const id = `${FILE_ID_PREFIX}${globalThis.crypto.randomUUID()}`;
  const titled = chronology.title ? chronology : { ...chronology, title: from.fileName };
  await saveDataset(db, id, 'file', titled, {
    fileName: from.fileName,
    importedFormat: from.format,
    bytes: from.bytes,
  });
  return id;
}

/** Give a dataset a new name (its header's title too, so exports carry it). */
export async function renameDataset(db: ParleyDb, id: string, title: string): Promise<void> {
  const name = title.trim();
  if (!name) throw new Error('A dataset needs a name.');
  await db.transaction('rw', db.datasets, async () => {
    const record = await db.datasets.get(id);
    if (!record) throw new Error(`There is no dataset "${id}" on this device.`);
    await db.datasets.put({ ...record, title: name, header: { ...record.header, title: name } });
  });
}

/**
 * Delete a dataset, its events, the notes on them and the stories told of them, in one transaction. The curated
 * chronology cannot be deleted: it is what every visit starts from.
 */
export async function deleteDataset(db: ParleyDb, id: string): Promise<void> {
  if (id === CURATED_ID) throw new Error('The curated chronology cannot be deleted.');
  await db.transaction(
    'rw',
    [db.datasets, db.eventChunks, db.notes, db.stories, db.besideColumns],
    async () => {
      await db.eventChunks.where('datasetId').equals(id).delete();
      await db.besideColumns.delete(id);
      await db.notes.where('datasetId').equals(id).delete();
      await db.stories.where('datasetId').equals(id).delete();
      await db.datasets.delete(id);
    },
  );
}

/** A big import's stored columns for the band (without reading its events), if it has them. */
export async function readBesideColumns(db: ParleyDb, id: string): Promise<BesideData | undefined> {
  const stored = await db.besideColumns.get(id);
  if (!stored) return undefined;
  const { datasetId: _datasetId, ...columns } = stored;
  return columns;
}
