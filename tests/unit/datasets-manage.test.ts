import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { createDb, DB_NAME, type ParleyDb } from '../../src/lib/db/db';
import {
  CURATED_ID,
  deleteDataset,
  importDataset,
  listDatasets,
  readDataset,
  renameDataset,
  saveDataset,
} from '../../src/lib/db/datasets';
import type { Chronology } from '../../src/lib/model/types';

const small: Chronology = JSON.parse(readFileSync('tests/fixtures/small.json', 'utf8'));
const from = { fileName: 'talks.csv', format: 'parley-csv', bytes: 1234 };

let db: ParleyDb;
beforeEach(async () => {
  await Dexie.delete(DB_NAME);
  db = createDb();
  await db.open();
  await saveDataset(db, CURATED_ID, 'curated', small);
});
afterEach(() => db.close());

/** Every record in every table, to prove a failed write changed nothing. */
async function snapshot() {
  return {
    datasets: await db.datasets.toArray(),
    chunks: await db.eventChunks.toArray(),
    notes: await db.notes.toArray(),
  };
}

function manyEvents(count: number): Chronology {
  return {
    title: 'Big import',
    events: Array.from({ length: count }, (_, i) => ({
      id: `e${i}`,
      title: `Event ${i}`,
      start: '2025-03-01',
    })),
  };
}

describe('importing a dataset', () => {
  it('adds it beside the curated one with its file name, format and size', async () => {
    const id = await importDataset(db, small, from);
    expect(id).toMatch(/^file:/);
    expect(await readDataset(db, id)).toEqual(small);
    const records = await listDatasets(db);
    expect(records.map((r) => r.id).sort()).toEqual([CURATED_ID, id].sort());
    expect(records.find((r) => r.id === id)).toMatchObject({
      origin: 'file',
      fileName: 'talks.csv',
      importedFormat: 'parley-csv',
      bytes: 1234,
      eventCount: small.events.length,
    });
  });

  it('importing the same file twice gives two datasets, never an overwrite', async () => {
    const a = await importDataset(db, small, from);
    const b = await importDataset(db, small, from);
    expect(a).not.toBe(b);
    expect(await listDatasets(db)).toHaveLength(3);
  });

  it('names an untitled import after its file', async () => {
    const id = await importDataset(db, { events: small.events }, from);
    expect((await listDatasets(db)).find((r) => r.id === id)?.title).toBe('talks.csv');
  });

  it('is all or nothing: a write failing half-way leaves the database as it was', async () => {
    const before = await snapshot();
    let written = 0;
    // Fail on the third chunk of 1000 events, as a full disk would.
    db.eventChunks.hook('creating', () => {
      written++;
      if (written === 3) throw new DOMException('quota', 'QuotaExceededError');
    });
    await expect(importDataset(db, manyEvents(5000), from)).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });
});

describe('renaming and deleting datasets', () => {
  it('renames a dataset, in the list and in its header', async () => {
    const id = await importDataset(db, small, from);
    await renameDataset(db, id, '  My talks  ');
    expect((await listDatasets(db)).find((r) => r.id === id)?.title).toBe('My talks');
    expect((await readDataset(db, id))?.title).toBe('My talks');
  });

  it('refuses an empty name and an unknown dataset', async () => {
    const id = await importDataset(db, small, from);
    await expect(renameDataset(db, id, '   ')).rejects.toThrow(/needs a name/);
    await expect(renameDataset(db, 'file:nope', 'x')).rejects.toThrow(/no dataset/);
  });

  it('deletes a dataset with its events and notes, leaving the others', async () => {
    const id = await importDataset(db, small, from);
    const eventId = small.events[0]!.id;
    const note = { text: 'n', starred: true, updatedAt: '2026-01-01T00:00:00Z' };
    await db.notes.put({ datasetId: id, eventId, ...note });
    await db.notes.put({ datasetId: CURATED_ID, eventId, ...note });
    await deleteDataset(db, id);
    expect(await readDataset(db, id)).toBeUndefined();
    expect(await db.eventChunks.where('datasetId').equals(id).count()).toBe(0);
    expect(await db.notes.where('datasetId').equals(id).count()).toBe(0);
    expect(await db.notes.get([CURATED_ID, eventId])).toBeDefined();
    expect(await readDataset(db, CURATED_ID)).toEqual(small);
  });

  it('never deletes the curated chronology', async () => {
    await expect(deleteDataset(db, CURATED_ID)).rejects.toThrow(/cannot be deleted/);
    expect(await readDataset(db, CURATED_ID)).toEqual(small);
  });
});
