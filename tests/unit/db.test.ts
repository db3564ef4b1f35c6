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
    // Two events with one id make bulkAdd fail half way through.
    const broken = { ...small, version: '9.0.0', events: [small.events[0]!, small.events[0]!] };
    await expect(saveDataset(db, CURATED_ID, 'curated', broken)).rejects.toThrow();
    expect(await readDataset(db, CURATED_ID)).toEqual(small);
    expect((await getDatasetRecord(db, CURATED_ID))?.version).toBe('2.0.0');
  });

  it('reading a dataset that was never stored gives undefined', async () => {
    expect(await readDataset(db, 'nope')).toBeUndefined();
  });
});
