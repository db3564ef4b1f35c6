/**
 * The reader's own stories of the dataset on screen, as runes: read from IndexedDB and kept in
 * step with what other tabs write (Dexie's liveQuery). A story is held in memory at once when
 * saved, so it is there to read even when the write fails (a full disk) or nothing can be
 * stored; the save says why.
 */
import { liveQuery, type Subscription } from 'dexie';
import type { ParleyDb } from '../db/db';
import { deleteStory, getStories, saveStory } from '../db/stories';
import type { Story } from '../model/types';
import { describeStorageError } from './load';

export class StoriesState {
  own = $state.raw<readonly Story[]>([]);

  #datasetId: string | undefined;
  #query: Subscription | undefined;
  #opening: Promise<ParleyDb | null> = Promise.resolve(null);

  /** Show `datasetId`'s stories; `db` may still be opening. Never rejects. */
  load(db: ParleyDb | null | Promise<ParleyDb | null>, datasetId: string): void {
    if (this.#datasetId !== datasetId) this.own = [];
    this.#datasetId = datasetId;
    this.#query?.unsubscribe();
    this.#query = undefined;
    this.#opening = Promise.resolve(db).then((opened) => {
      if (!opened || this.#datasetId !== datasetId) return opened;
      this.#query = liveQuery(() => getStories(opened, datasetId)).subscribe({
        next: (stored) => {
          if (this.#datasetId === datasetId) this.own = stored;
        },
        error: () => undefined,
      });
      return opened;
    });
  }

  /** Keep `story` (replacing one with its id); resolves to why it was not stored, if not. */
  async save(story: Story): Promise<string | undefined> {
    this.own = [...this.own.filter((s) => s.id !== story.id), story];
    const db = await this.#opening;
    const datasetId = this.#datasetId;
    if (!db || !datasetId)
      return 'this browser is not letting Parley store data: it stays on this page until you close it';
    try {
      await saveStory(db, datasetId, story);
      return undefined;
    } catch (error) {
      return `${describeStorageError(error)}: it stays on this page until you close it`;
    }
  }

  async remove(id: string): Promise<string | undefined> {
    this.own = this.own.filter((s) => s.id !== id);
    const db = await this.#opening;
    if (!db || !this.#datasetId) return undefined;
    try {
      await deleteStory(db, this.#datasetId, id);
      return undefined;
    } catch (error) {
      return describeStorageError(error);
    }
  }
}
