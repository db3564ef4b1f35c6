/**
 * Named reads and writes of datasets: the only module that touches the datasets and events
 * tables. Every write of a dataset is one transaction, so a failed write leaves the old one.
 */
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

/** Replace dataset `id` with `chronology`, all or nothing. Notes and other datasets are untouched. */
export async function saveDataset(
  db: ParleyDb,
  id: string,
  origin: DatasetOrigin,
  chronology: Chronology,
  url?: string,
): Promise<void> {
  const header = headerOf(chronology);
  const record: StoredDataset = {
    id,
    origin,
    ...(url === undefined ? {} : { url }),
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
  await db.transaction('rw', db.datasets, db.eventChunks, async () => {
    await db.eventChunks.where('datasetId').equals(id).delete();
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
