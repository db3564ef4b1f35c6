import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { createDb, DB_NAME, type ParleyDb } from '../../src/lib/db/db';
import { CURATED_ID } from '../../src/lib/db/datasets';
import { getNotes, saveNote } from '../../src/lib/db/notes';
import { NO_STORAGE_REASON, NotesState } from '../../src/lib/app/notes-state.svelte';

let db: ParleyDb;
beforeEach(async () => {
  await Dexie.delete(DB_NAME);
  db = createDb();
  await db.open();
});
afterEach(() => db.close());

describe('notes on the page', () => {
  it('load the stored notes and stars of the dataset on screen', async () => {
    await saveNote(db, CURATED_ID, 'a', { text: 'stored', starred: true });
    await saveNote(db, 'url:x', 'b', { text: 'other dataset', starred: true });
    const notes = new NotesState();
    await notes.load(db, CURATED_ID);
    expect(notes.byEvent.get('a')).toEqual({ text: 'stored', starred: true });
    expect([...notes.starred]).toEqual(['a']);
  });

  it('write through to IndexedDB and say "saved"', async () => {
    const notes = new NotesState();
    await notes.load(db, CURATED_ID);
    expect(await notes.set('a', { text: 'hello', starred: false })).toBeUndefined();
    expect(notes.saves['a']).toEqual({ state: 'saved' });
    expect(await getNotes(db, CURATED_ID)).toEqual([
      { eventId: 'a', text: 'hello', starred: false },
    ]);
  });

  it('a note typed before the stored ones arrive is not overwritten by them', async () => {
    await saveNote(db, CURATED_ID, 'a', { text: 'old', starred: false });
    await saveNote(db, CURATED_ID, 'b', { text: 'removed while loading', starred: true });
    const notes = new NotesState();
    let open!: (db: ParleyDb) => void;
    const loading = notes.load(new Promise<ParleyDb>((resolve) => (open = resolve)), CURATED_ID);
    const typed = notes.set('a', { text: 'typed while loading', starred: true });
    const cleared = notes.set('b', { text: '', starred: false });
    open(db);
    await Promise.all([loading, typed, cleared]);
    expect(notes.byEvent.get('a')?.text).toBe('typed while loading');
    expect(notes.byEvent.has('b')).toBe(false);
    expect(await getNotes(db, CURATED_ID)).toEqual([
      { eventId: 'a', text: 'typed while loading', starred: true },
    ]);
  });

  it('on a full disk, keep the typed note on the page and give the reason', async () => {
    const notes = new NotesState();
    await notes.load(db, CURATED_ID);
    vi.spyOn(db.notes, 'put').mockRejectedValue(
      Object.assign(new Error('disk full'), { name: 'QuotaExceededError' }),
    );
    const reason = await notes.set('a', { text: 'precious words', starred: true });
    expect(reason).toBe('the storage quota is full');
    expect(notes.byEvent.get('a')).toEqual({ text: 'precious words', starred: true });
    expect(notes.saves['a']).toEqual({
      state: 'not-saved',
      reason: 'the storage quota is full',
    });
    expect(await db.notes.count()).toBe(0);
  });

  it('with no database, notes work in memory and say they are not saved', async () => {
    const notes = new NotesState();
    await notes.load(null, CURATED_ID);
    expect(await notes.set('a', { text: 'x', starred: true })).toBe(NO_STORAGE_REASON);
    expect(notes.starred.has('a')).toBe(true);
    expect(notes.saves['a']).toMatchObject({ state: 'not-saved' });
  });

  it('clearing a note removes it and its star', async () => {
    const notes = new NotesState();
    await notes.load(db, CURATED_ID);
    await notes.set('a', { text: 'x', starred: true });
    await notes.set('a', { text: '', starred: false });
    expect(notes.byEvent.has('a')).toBe(false);
    expect(notes.starred.size).toBe(0);
    expect(await db.notes.count()).toBe(0);
  });

  it('lists notes for exports as { eventId, text, starred }', async () => {
    const notes = new NotesState();
    await notes.load(db, CURATED_ID);
    await notes.set('b', { text: 'two', starred: false });
    await notes.set('a', { text: 'one', starred: true });
    expect(notes.list()).toEqual([
      { eventId: 'a', text: 'one', starred: true },
      { eventId: 'b', text: 'two', starred: false },
    ]);
  });

  it('switching datasets shows only the new dataset’s notes', async () => {
    await saveNote(db, 'url:x', 'b', { text: 'x', starred: false });
    const notes = new NotesState();
    await notes.load(db, CURATED_ID);
    await notes.set('a', { text: 'curated', starred: false });
    await notes.load(db, 'url:x');
    expect([...notes.byEvent.keys()]).toEqual(['b']);
  });
});

describe('notes changed in another tab', () => {
  /** Another tab: its own connection to the same database. */
  async function otherTab(): Promise<ParleyDb> {
    const other = createDb();
    await other.open();
    return other;
  }

  it('show here without a reload, removals included', async () => {
    await saveNote(db, CURATED_ID, 'gone', { text: 'to be removed', starred: true });
    const notes = new NotesState();
    await notes.load(db, CURATED_ID);
    const other = await otherTab();
    await saveNote(other, CURATED_ID, 'a', { text: 'from the other tab', starred: true });
    await saveNote(other, CURATED_ID, 'gone', { text: '', starred: false });
    await vi.waitFor(() => {
      expect(notes.byEvent.get('a')).toEqual({ text: 'from the other tab', starred: true });
      expect(notes.byEvent.has('gone')).toBe(false);
    });
    expect([...notes.starred]).toEqual(['a']);
    other.close();
  });

  it('leave a note here that could not be stored on the page', async () => {
    const notes = new NotesState();
    await notes.load(db, CURATED_ID);
    vi.spyOn(db.notes, 'put').mockRejectedValueOnce(
      Object.assign(new Error('disk full'), { name: 'QuotaExceededError' }),
    );
    await notes.set('a', { text: 'precious words', starred: false });
    const other = await otherTab();
    await saveNote(other, CURATED_ID, 'b', { text: 'theirs', starred: false });
    await vi.waitFor(() => expect(notes.byEvent.get('b')?.text).toBe('theirs'));
    expect(notes.byEvent.get('a')?.text).toBe('precious words');
    other.close();
  });

  it('stop following a dataset once another is shown', async () => {
    const notes = new NotesState();
    await notes.load(db, CURATED_ID);
    await notes.load(db, 'url:x');
    const other = await otherTab();
    await saveNote(other, CURATED_ID, 'a', { text: 'curated note', starred: false });
    await saveNote(other, 'url:x', 'b', { text: 'shown', starred: false });
    await vi.waitFor(() => expect(notes.byEvent.get('b')?.text).toBe('shown'));
    expect(notes.byEvent.has('a')).toBe(false);
    other.close();
  });
});
