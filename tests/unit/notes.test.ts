import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { createDb, DB_NAME, type ParleyDb } from '../../src/lib/db/db';
import { CURATED_ID, readDataset, saveDataset } from '../../src/lib/db/datasets';
import { getNotes, saveNote } from '../../src/lib/db/notes';
import type { Chronology } from '../../src/lib/model/types';

const small: Chronology = JSON.parse(readFileSync('tests/fixtures/small.json', 'utf8'));

let db: ParleyDb;
beforeEach(async () => {
  await Dexie.delete(DB_NAME);
  db = createDb();
  await db.open();
});
afterEach(() => db.close());

const quotaError = () =>
  Object.assign(new Error('QuotaExceededError: disk full'), { name: 'QuotaExceededError' });

describe('notes in IndexedDB', () => {
  it('read back per dataset, in event-id order', async () => {
    await saveNote(db, CURATED_ID, 'meeting-2', { text: 'second', starred: false });
    await saveNote(db, CURATED_ID, 'meeting-1', { text: 'first', starred: true });
    await saveNote(db, 'url:other', 'meeting-1', { text: 'elsewhere', starred: false });
    expect(await getNotes(db, CURATED_ID)).toEqual([
      { eventId: 'meeting-1', text: 'first', starred: true },
      { eventId: 'meeting-2', text: 'second', starred: false },
    ]);
    expect(await getNotes(db, 'url:other')).toHaveLength(1);
  });

  it('saving again replaces the note and records when', async () => {
    await saveNote(db, CURATED_ID, 'meeting-1', { text: 'draft', starred: false });
    await saveNote(db, CURATED_ID, 'meeting-1', { text: 'final', starred: true });
    const row = await db.notes.get([CURATED_ID, 'meeting-1']);
    expect(row).toMatchObject({ text: 'final', starred: true });
    expect(Date.parse(row?.updatedAt ?? '')).not.toBeNaN();
  });

  it('emptying the text and removing the star deletes the row', async () => {
    await saveNote(db, CURATED_ID, 'meeting-1', { text: 'x', starred: true });
    await saveNote(db, CURATED_ID, 'meeting-1', { text: '  ', starred: false });
    expect(await db.notes.count()).toBe(0);
  });

  it('a star with no words is kept', async () => {
    await saveNote(db, CURATED_ID, 'meeting-1', { text: '', starred: true });
    expect(await getNotes(db, CURATED_ID)).toEqual([
      { eventId: 'meeting-1', text: '', starred: true },
    ]);
  });

  it('survive a newer curated version, even on an event it removed', async () => {
    await saveDataset(db, CURATED_ID, 'curated', small);
    await saveNote(db, CURATED_ID, 'meeting-1', { text: 'kept', starred: true });
    await saveNote(db, CURATED_ID, 'meeting-2', { text: 'on a removed event', starred: false });
    const next = { ...small, version: '3.0.0', events: small.events.slice(0, 1) };
    await saveDataset(db, CURATED_ID, 'curated', next);
    expect((await readDataset(db, CURATED_ID))?.events.map((e) => e.id)).toEqual(['meeting-1']);
    expect(await getNotes(db, CURATED_ID)).toEqual([
      { eventId: 'meeting-1', text: 'kept', starred: true },
      { eventId: 'meeting-2', text: 'on a removed event', starred: false },
    ]);
  });

  it('a full disk rejects the save with the quota error and leaves the stored note', async () => {
    await saveNote(db, CURATED_ID, 'meeting-1', { text: 'old', starred: false });
    const put = vi.spyOn(db.notes, 'put').mockRejectedValue(quotaError());
    await expect(
      saveNote(db, CURATED_ID, 'meeting-1', { text: 'new', starred: true }),
    ).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(put).toHaveBeenCalledOnce();
    put.mockRestore();
    expect(await getNotes(db, CURATED_ID)).toEqual([
      { eventId: 'meeting-1', text: 'old', starred: false },
    ]);
  });
});
