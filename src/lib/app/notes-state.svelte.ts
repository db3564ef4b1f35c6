/**
 * The reader's notes and stars for the dataset on screen, as runes. The map in memory is the
 * truth the UI reads; every change is written through to IndexedDB, and a write that fails
 * (a full disk) keeps the note in memory with the reason, so nothing typed is lost while the
 * page is open. With no database at all, notes live in memory and say they are not saved.
 */
import type { ParleyDb } from '../db/db';
import { getNotes, saveNote } from '../db/notes';
import { isBlank, noteList, starredIds, type EventNote, type NoteContent } from '../notes/note';
import { describeStorageError } from './load';

/** What became of an event's last change, for the line under its note. */
export type NoteSave =
  | { state: 'saving' }
  | { state: 'saved' }
  /** Kept in memory only; `reason` says why. */
  | { state: 'not-saved'; reason: string };

export const NO_STORAGE_REASON = 'this browser is not letting Parley store data';

export class NotesState {
  /** eventId → note. Replaced whole on each change, so what derives from it follows. */
  byEvent = $state.raw<ReadonlyMap<string, NoteContent>>(new Map());
  /** eventId → the fate of its latest change (absent: unchanged since load). */
  saves = $state.raw<ReadonlyMap<string, NoteSave>>(new Map());
  starred = $derived(starredIds(this.byEvent));

  #db: ParleyDb | null = null;
  #datasetId: string | undefined;
  /** Settles when the stored notes are in: a change made before then is written after. */
  #loading: Promise<void> = Promise.resolve();
  /** Events changed on the page while the stored notes were loading: the page wins. */
  #changedWhileLoading: Set<string> | undefined;
  /** Per event, the number of the latest write: an older write finishing late must not
   * overwrite the status of a newer one. */
  #writes = new Map<string, number>();

  /**
   * Show `datasetId`'s notes. `db` may still be opening (the app reads notes after its first
   * paint); changes made meanwhile are kept and stored once it is open. Never rejects:
   * unreadable notes leave the page's notes as they are.
   */
  load(db: ParleyDb | null | Promise<ParleyDb | null>, datasetId: string): Promise<void> {
    if (this.#datasetId !== datasetId) {
      this.byEvent = new Map();
      this.saves = new Map();
    }
    this.#datasetId = datasetId;
    const changed = new Set<string>();
    this.#changedWhileLoading = changed;
    this.#loading = (async () => {
      this.#db = await db;
      let stored: EventNote[] = [];
      try {
        if (this.#db) stored = await getNotes(this.#db, datasetId);
      } catch {
        // Unreadable: what is on the page stays; new changes are still written.
      }
      if (this.#datasetId !== datasetId || this.#changedWhileLoading !== changed) return;
      this.#changedWhileLoading = undefined;
      const merged = new Map<string, NoteContent>();
      for (const { eventId, text, starred } of stored) merged.set(eventId, { text, starred });
      for (const id of changed) {
        const mine = this.byEvent.get(id);
        if (mine) merged.set(id, mine);
        else merged.delete(id);
      }
      this.byEvent = merged;
    })();
    return this.#loading;
  }

  /**
   * Change one event's note. Resolves to the reason when it could not be stored (the note
   * stays on the page either way), undefined when it was.
   */
  async set(eventId: string, note: NoteContent): Promise<string | undefined> {
    const next = new Map(this.byEvent);
    if (isBlank(note)) next.delete(eventId);
    else next.set(eventId, { text: note.text, starred: note.starred });
    this.byEvent = next;
    this.#changedWhileLoading?.add(eventId);

    const datasetId = this.#datasetId;
    await this.#loading;
    const db = this.#db;
    if (!db || datasetId === undefined || datasetId !== this.#datasetId) {
      this.#setSave(eventId, { state: 'not-saved', reason: NO_STORAGE_REASON });
      return NO_STORAGE_REASON;
    }
    const write = (this.#writes.get(eventId) ?? 0) + 1;
    this.#writes.set(eventId, write);
    this.#setSave(eventId, { state: 'saving' });
    let reason: string | undefined;
    try {
      await saveNote(db, datasetId, eventId, note);
    } catch (error) {
      reason = describeStorageError(error);
    }
    if (this.#writes.get(eventId) === write && this.#datasetId === datasetId) {
      this.#setSave(eventId, reason ? { state: 'not-saved', reason } : { state: 'saved' });
    }
    return reason;
  }

  /** The notes as exports take them: `{ eventId, text, starred }[]`, in event-id order. */
  list(): EventNote[] {
    return noteList(this.byEvent);
  }

  #setSave(eventId: string, save: NoteSave): void {
    const next = new Map(this.saves);
    next.set(eventId, save);
    this.saves = next;
  }
}
