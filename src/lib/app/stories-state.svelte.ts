/**
 * The reader's own stories of the dataset on screen, as runes: read from IndexedDB and kept in
 * step with what other tabs write (Dexie's liveQuery). A story is held in memory at once when
 * saved, so it is there to read even when the write fails (a full disk) or nothing can be
 * stored; the save says why, and such a story stays on the page until it is closed.
 */
import { liveQuery, type Subscription } from 'dexie';
import type { ParleyDb } from '../db/db';
import { deleteStory, getStories, saveStory } from '../db/stories';
import type { Story } from '../model/types';
import { describeStorageError } from './load';

export class StoriesState {
  own = $state.raw<readonly Story[]>([]);
  /** Whether the stored stories have been read (or there is nothing to read them from). */
  loaded = $state(false);

  #datasetId: string | undefined;
  #query: Subscription | undefined;
  #opening: Promise<ParleyDb | null> = Promise.resolve(null);
  /** Each load's number: an older one finishing late must not subscribe. */
  #loads = 0;
  /**
   * Stories kept on the page because their write failed: a later read must not drop them. Not
   * reactive on purpose: `own` is what the page reads.
   */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #unsaved = new Map<string, Story>();

  /** Show `datasetId`'s stories; `db` may still be opening. Never rejects. */
  load(db: ParleyDb | null | Promise<ParleyDb | null>, datasetId: string): void {
    if (this.#datasetId !== datasetId) {
      this.own = [];
      this.#unsaved.clear();
    }
    this.#datasetId = datasetId;
    this.loaded = false;
    this.#query?.unsubscribe();
    this.#query = undefined;
    const load = ++this.#loads;
    this.#opening = Promise.resolve(db).then((opened) => {
      if (load !== this.#loads) return opened;
      if (!opened) {
        this.loaded = true;
        return opened;
      }
      this.#query = liveQuery(() => getStories(opened, datasetId)).subscribe({
        next: (stored) => {
          if (load !== this.#loads) return;
          const kept = [...this.#unsaved.values()].filter(
            (s) => !stored.some((t) => t.id === s.id),
          );
          this.own = [...stored, ...kept];
          this.loaded = true;
        },
        error: () => {
          if (load === this.#loads) this.loaded = true;
        },
      });
      return opened;
    });
  }

  /** Keep `story` (replacing one with its id); resolves to why it was not stored, if not. */
  async save(story: Story): Promise<string | undefined> {
    const datasetId = this.#datasetId;
    this.own = [...this.own.filter((s) => s.id !== story.id), story];
    this.#unsaved.set(story.id, story);
    const db = await this.#opening;
    if (!db || !datasetId)
      return 'this browser is not letting Parley store data: it stays on this page until you close it';
    try {
      await saveStory(db, datasetId, story);
      this.#unsaved.delete(story.id);
      return undefined;
    } catch (error) {
      return `${describeStorageError(error)}: it stays on this page until you close it`;
    }
  }

  /** Forget `id`; resolves to why it could not be deleted from storage, if not. */
  async remove(id: string): Promise<string | undefined> {
    const datasetId = this.#datasetId;
    this.own = this.own.filter((s) => s.id !== id);
    this.#unsaved.delete(id);
    const db = await this.#opening;
    if (!db || !datasetId) return undefined;
    try {
      await deleteStory(db, datasetId, id);
      return undefined;
    } catch (error) {
      return describeStorageError(error);
    }
  }
}
