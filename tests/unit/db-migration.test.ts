import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import {
  createDb,
  DB_NAME,
  declareVersion1,
  declareVersion2,
  declareVersion3,
} from '../../src/lib/db/db';
import { deleteDataset } from '../../src/lib/db/datasets';
import { deleteStory, getStories, saveStory } from '../../src/lib/db/stories';
import { readDataset } from '../../src/lib/db/datasets';

/** Data as version 1 of the schema wrote it (tests/fixtures/db-v1.json). */
const v1 = JSON.parse(readFileSync('tests/fixtures/db-v1.json', 'utf8'));

async function writeVersion1(): Promise<void> {
  const old = new Dexie(DB_NAME);
  declareVersion1(old);
  await old.open();
  await old.table('datasets').bulkPut(v1.datasets);
  await old.table('events').bulkPut(v1.events);
  old.close();
}

beforeEach(() => Dexie.delete(DB_NAME));

describe('opening a version 1 database with the current code', () => {
  it('keeps every dataset and event', async () => {
    await writeVersion1();
    const db = createDb();
    await db.open();
    const chronology = await readDataset(db, 'curated');
    expect(chronology?.title).toBe('Talks stored by version 1');
    expect(chronology?.events.map((e) => e.id)).toEqual(['first', 'second']);
    db.close();
  });

  it('adds the event count version 2 introduced', async () => {
    await writeVersion1();
    const db = createDb();
    await db.open();
    expect((await db.datasets.get('curated'))?.eventCount).toBe(2);
    expect((await db.datasets.get('url:https://example.org/x.json'))?.eventCount).toBe(1);
    db.close();
  });

  it('creates the empty notes, meta and stories tables', async () => {
    await writeVersion1();
    const db = createDb();
    await db.open();
    expect(await db.notes.count()).toBe(0);
    expect(await db.meta.count()).toBe(0);
    expect(await db.stories.count()).toBe(0);
    expect(db.verno).toBe(5);
    expect(await db.besideColumns.count()).toBe(0);
    db.close();
  });
});

describe('opening a version 2 database with the current code', () => {
  async function writeVersion2(eventCount: number): Promise<void> {
    const old = new Dexie(DB_NAME);
    declareVersion2(old);
    await old.open();
    await old.table('datasets').put({ ...v1.datasets[0], eventCount });
    // Stored out of order, as a primary-key sort would return them.
    const rows = Array.from({ length: eventCount }, (_, order) => ({
      datasetId: 'curated',
      id: `event-${String(eventCount - order).padStart(5, '0')}`,
      order,
      event: {
        id: `event-${String(eventCount - order).padStart(5, '0')}`,
        title: 'T',
        start: '2025',
      },
    }));
    await old.table('events').bulkPut(rows);
    await old.table('notes').put({
      datasetId: 'curated',
      eventId: 'event-00001',
      text: 'my note',
      starred: true,
      updatedAt: '2026-01-01T00:00:00Z',
    });
    old.close();
  }

  it('moves per-event rows into chunks, in file order, over several chunks', async () => {
    await writeVersion2(2500);
    const db = createDb();
    await db.open();
    const chronology = await readDataset(db, 'curated');
    expect(chronology?.events).toHaveLength(2500);
    expect(chronology?.events[0]?.id).toBe('event-02500');
    expect(chronology?.events.at(-1)?.id).toBe('event-00001');
    expect(await db.eventChunks.count()).toBe(3);
    db.close();
  });

  it('keeps the user notes', async () => {
    await writeVersion2(3);
    const db = createDb();
    await db.open();
    expect(await db.notes.get(['curated', 'event-00001'])).toMatchObject({ text: 'my note' });
    db.close();
  });
});

describe('opening a version 3 database with the current code (version 4 adds stories, 5 the band’s columns)', () => {
  async function writeVersion3(): Promise<void> {
    const old = new Dexie(DB_NAME);
    declareVersion3(old);
    await old.open();
    await old.table('datasets').put({ ...v1.datasets[0], eventCount: 1 });
    await old.table('eventChunks').put({
      datasetId: 'file:mine',
      chunk: 0,
      events: [{ id: 'a', title: 'A', start: '2025' }],
    });
    await old.table('datasets').put({
      ...v1.datasets[0],
      id: 'file:mine',
      origin: 'file',
      eventCount: 1,
    });
    await old.table('notes').put({
      datasetId: 'curated',
      eventId: 'event-1',
      text: 'kept',
      starred: false,
      updatedAt: '2026-01-01T00:00:00Z',
    });
    old.close();
  }
  const story = { id: 'mine', title: 'Mine', steps: [{ event: 'a', headline: 'A' }] };

  it('keeps datasets, events and notes, and opens with an empty stories table', async () => {
    await writeVersion3();
    const db = createDb();
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.besideColumns.count()).toBe(0);
    expect((await readDataset(db, 'file:mine'))?.events).toHaveLength(1);
    expect(await db.notes.get(['curated', 'event-1'])).toMatchObject({ text: 'kept' });
    expect(await db.stories.count()).toBe(0);
    db.close();
  });

  it('stores, lists and deletes a reader’s story per dataset; deleting the dataset takes its stories', async () => {
    await writeVersion3();
    const db = createDb();
    await db.open();
    await saveStory(db, 'file:mine', story);
    await saveStory(db, 'curated', { ...story, id: 'other' });
    expect(await getStories(db, 'file:mine')).toEqual([story]);
    await deleteStory(db, 'curated', 'other');
    expect(await getStories(db, 'curated')).toEqual([]);
    await deleteDataset(db, 'file:mine');
    expect(await db.stories.count()).toBe(0);
    db.close();
  });
});
