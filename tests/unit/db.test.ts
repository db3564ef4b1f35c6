import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { createDb, DB_NAME, type ParleyDb } from '../../src/lib/db/db';
import {
  CURATED_ID,
  getDatasetRecord,
  listDatasets,
  readDataset,
  saveDataset,
} from '../../src/lib/db/datasets';
import type { Chronology } from '../../src/lib/model/types';

const small: Chronology = JSON.parse(readFileSync('tests/fixtures/small.json', 'utf8'));

let db: ParleyDb;
beforeEach(async () => {
  await Dexie.delete(DB_NAME);
  db = createDb();
  await db.open();
});
afterEach(() => db.close());

describe('stored datasets', () => {
  it('read back exactly as saved, in file order, unknown fields included', async () => {
    await saveDataset(db, CURATED_ID, 'curated', small);
    expect(await readDataset(db, CURATED_ID)).toEqual(small);
  });

  it('record title, version, origin and event count', async () => {
    await saveDataset(db, 'url:https://x.org/d.json', 'url', small, 'https://x.org/d.json');
    const record = await getDatasetRecord(db, 'url:https://x.org/d.json');
    expect(record).toMatchObject({
      origin: 'url',
      url: 'https://x.org/d.json',
      title: 'Test talks',
      version: '2.0.0',
      eventCount: 3,
    });
  });

  it('a new version replaces the old one without leaving its removed events behind', async () => {
    await saveDataset(db, CURATED_ID, 'curated', small);
    const next = { ...small, version: '2.1.0', events: small.events.slice(0, 1) };
    await saveDataset(db, CURATED_ID, 'curated', next);
    expect((await readDataset(db, CURATED_ID))?.events.map((e) => e.id)).toEqual(['meeting-1']);
  });

  it('replacing the curated dataset keeps the user notes and other datasets', async () => {
    await saveDataset(db, CURATED_ID, 'curated', small);
    await saveDataset(db, 'url:u', 'url', small, 'u');
    await db.notes.put({
      datasetId: CURATED_ID,
      eventId: 'meeting-1',
      text: 'check the length',
      starred: true,
      updatedAt: '2026-01-01T00:00:00Z',
    });
    await saveDataset(db, CURATED_ID, 'curated', { ...small, version: '3.0.0' });
    expect(await db.notes.get([CURATED_ID, 'meeting-1'])).toMatchObject({
      text: 'check the length',
    });
    expect((await listDatasets(db)).map((d) => d.id).sort()).toEqual([CURATED_ID, 'url:u']);
  });

  it('a failed write leaves the previous version whole (one transaction)', async () => {
    await saveDataset(db, CURATED_ID, 'curated', small);
    // A big dataset whose third chunk fails to write, as a full disk would.
    const big = {
      ...small,
      version: '9.0.0',
      events: Array.from({ length: 2500 }, (_, i) => ({ id: `e${i}`, title: 'T', start: '2025' })),
    };
    const add = db.eventChunks.add.bind(db.eventChunks);
    let calls = 0;
    db.eventChunks.add = (chunk) => {
      if (++calls === 3)
        throw Object.assign(new Error('disk full'), { name: 'QuotaExceededError' });
      return add(chunk);
    };
    await expect(saveDataset(db, CURATED_ID, 'curated', big)).rejects.toThrow('disk full');
    expect(calls).toBe(3);
    expect(await readDataset(db, CURATED_ID)).toEqual(small);
    expect((await getDatasetRecord(db, CURATED_ID))?.version).toBe('2.0.0');
  });

  it('a dataset larger than one chunk reads back whole and in order', async () => {
    const big = {
      ...small,
      events: Array.from({ length: 2345 }, (_, i) => ({ id: `e${i}`, title: 'T', start: '2025' })),
    };
    await saveDataset(db, 'url:big', 'url', big, 'big');
    const read = await readDataset(db, 'url:big');
    expect(read?.events.map((e) => e.id)).toEqual(big.events.map((e) => e.id));
    expect(await db.eventChunks.where('datasetId').equals('url:big').count()).toBe(3);
  });

  it('reading a dataset that was never stored gives undefined', async () => {
    expect(await readDataset(db, 'nope')).toBeUndefined();
  });
});
