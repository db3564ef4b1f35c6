/**
 * The reader's notes and stars for the dataset on screen, as runes. The map in memory is the
 * truth the UI reads; every change is written through to IndexedDB, and a write that fails
 * (a full disk) keeps the note in memory with the reason, so nothing typed is lost while the
 * page is open. With no database at all, notes live in memory and say they are not saved.
 */
import { liveQuery, type Subscription } from 'dexie';
import type { ParleyDb } from '../db/db';
import { getNotes, saveNote } from '../db/notes';
import {
  mergeNotes,
  noteList,
  starredIds,
  withNote,
  type EventNote,
  type NoteContent,
} from '../notes/note';
import { describeStorageError } from './load';

/** What became of an event's last change, for the line under its note. */
export type NoteSave =
  | { state: 'saving' }
  | { state: 'saved' }
  /** Kept in memory only; `reason` says why. */
  | { state: 'not-saved'; reason: string };

const NO_NOTES: ReadonlyMap<string, NoteContent> = new Map();

export const NO_STORAGE_REASON = 'this browser is not letting Parley store data';

export class NotesState {
  /** eventId → note. Replaced whole on each change, so what derives from it follows. */
  byEvent = $state.raw<ReadonlyMap<string, NoteContent>>(NO_NOTES);
  /** eventId → the fate of its latest change (absent: unchanged since load). */
  saves = $state.raw<Readonly<Record<string, NoteSave>>>({});
  starred = $derived(starredIds(this.byEvent));

  #db: ParleyDb | null = null;
  #datasetId: string | undefined;
  /** The live read of the open dataset's notes. */
  #query: Subscription | undefined;
  /** Settles when the stored notes are in: a change made before then is written after. */
  #loading: Promise<void> = Promise.resolve();
  /** Events changed on the page while the stored notes were loading: the page wins. */
  #changedWhileLoading: string[] | undefined;
  /** Per event, the number of the latest write: an older write finishing late must not
   * overwrite the status of a newer one. */
  #writes: Record<string, number> = {};
  /** Per event of this dataset, changes made on the page whose write has not finished yet. */
  #settling: Record<string, number> = {};

  /**
   * Show `datasetId`'s notes, and keep them in step with what other tabs store (Dexie's
   * liveQuery runs the read again after every write to the notes table, here or in another
   * tab). `db` may still be opening (the app reads notes after its first paint); changes made
   * meanwhile are kept and stored once it is open. Resolves once the stored notes are in;
   * never rejects: unreadable notes leave the page's notes as they are.
   */
  load(db: ParleyDb | null | Promise<ParleyDb | null>, datasetId: string): Promise<void> {
    if (this.#datasetId !== datasetId) {
      this.byEvent = NO_NOTES;
      this.saves = {};
      this.#settling = {};
    }
    this.#datasetId = datasetId;
    this.#query?.unsubscribe();
    this.#query = undefined;
    const changed: string[] = [];
    this.#changedWhileLoading = changed;
    this.#loading = (async () => {
      this.#db = await db;
      const opened = this.#db;
      if (this.#changedWhileLoading !== changed) return;
      if (!opened) {
        this.#changedWhileLoading = undefined;
        return;
      }
      await new Promise<void>((loaded) => {
        this.#query = liveQuery(() => getNotes(opened, datasetId)).subscribe({
          next: (stored) => {
            this.#takeStored(stored, changed);
            loaded();
          },
          // Unreadable: what is on the page stays; new changes are still written.
          error: () => {
            if (this.#changedWhileLoading === changed) this.#changedWhileLoading = undefined;
            loaded();
          },
        });
      });
    })();
    return this.#loading;
  }

  /**
   * The stored notes replace the page's, except where the page holds what is not stored
   * (yet): a change made while they first loaded, a write still going, a write that failed.
   */
  #takeStored(stored: EventNote[], changedWhileLoading: string[]): void {
    const first = this.#changedWhileLoading === changedWhileLoading;
    this.#changedWhileLoading = undefined;
    const unstored = [
      ...Object.keys(this.#settling).filter((eventId) => this.#settling[eventId]),
      ...Object.keys(this.saves).filter((eventId) => this.saves[eventId]?.state === 'not-saved'),
    ];
    this.byEvent = mergeNotes(
      stored,
      this.byEvent,
      first ? [...changedWhileLoading, ...unstored] : unstored,
    );
  }

  /**
   * Change one event's note. Resolves to the reason when it could not be stored (the note
   * stays on the page either way), undefined when it was.
   */
  async set(eventId: string, note: NoteContent): Promise<string | undefined> {
    this.byEvent = withNote(this.byEvent, eventId, note);
    this.#changedWhileLoading?.push(eventId);
    const settling = this.#settling;
    settling[eventId] = (settling[eventId] ?? 0) + 1;
    try {
      return await this.#store(eventId, note);
    } finally {
      settling[eventId] = (settling[eventId] ?? 1) - 1;
    }
  }

  async #store(eventId: string, note: NoteContent): Promise<string | undefined> {
    const datasetId = this.#datasetId;
    await this.#loading;
    const db = this.#db;
    if (!db || datasetId === undefined || datasetId !== this.#datasetId) {
      this.#setSave(eventId, { state: 'not-saved', reason: NO_STORAGE_REASON });
      return NO_STORAGE_REASON;
    }
    const write = (this.#writes[eventId] ?? 0) + 1;
    this.#writes[eventId] = write;
    this.#setSave(eventId, { state: 'saving' });
    let reason: string | undefined;
    try {
      await saveNote(db, datasetId, eventId, note);
    } catch (error) {
      reason = describeStorageError(error);
    }
    if (this.#writes[eventId] === write && this.#datasetId === datasetId) {
      this.#setSave(eventId, reason ? { state: 'not-saved', reason } : { state: 'saved' });
    }
    return reason;
  }

  /** The notes as exports take them: `{ eventId, text, starred }[]`, in event-id order. */
  list(): EventNote[] {
    return noteList(this.byEvent);
  }

  #setSave(eventId: string, save: NoteSave): void {
    this.saves = { ...this.saves, [eventId]: save };
  }
}
