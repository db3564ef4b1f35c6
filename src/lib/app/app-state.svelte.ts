/**
 * The app's state as runes: the shared view model (src/lib/view/view-model.svelte.ts: the
 * dataset, the view its URL holds, what derives from them) plus what only the app has: where
 * the dataset came from, storage, the reader's notes and stars, the datasets stored here.
 * Components read it; only the methods change it.
 */
import { liveQuery, type Subscription } from 'dexie';
import { asLoadError, type LoadError } from '../io/fetch-text';
import { NO_FILTERS, type UserMarks } from '../filters/filters';
import type { NoteContent } from '../notes/note';
import { whenIdle } from './idle';
import { NotesState } from './notes-state.svelte';
import { StoriesState } from './stories-state.svelte';
import { WhatChangedState } from './what-changed-state.svelte';
import {
  describeStorageError,
  loadCurated,
  loadFromUrl,
  loadStored,
  mark,
  openStorage,
  type LoadDeps,
  type Loaded,
  type Storage,
} from './load';
import { CHUNK_SIZE, type StoredDataset } from '../db/db';
import {
  CURATED_ID,
  deleteDataset,
  getDatasetRecord,
  importDataset,
  listDatasets,
  readBesideColumns,
  readDataset,
  renameDataset,
  saveDataset,
} from '../db/datasets';
import type { BesideData } from '../beside/columns';
import type { Chronology } from '../model/types';
import type { ViewHistory } from '../view/history';
import { ViewModel } from '../view/view-model.svelte';

export class AppState extends ViewModel {
  datasetId = $state('curated');
  notices = $state<string[]>([]);
  /** Set when nothing can be saved (no IndexedDB, blocked, full). */
  storageProblem = $state<string | undefined>(undefined);
  /** A `?data=` file that could not be used; the curated chronology shows below it. */
  dataError = $state.raw<LoadError | null>(null);
  /** Every dataset stored in this browser, for the dataset list (empty without storage). */
  datasets = $state.raw<StoredDataset[]>([]);
  /** The opened database (or why there is none); set once opening settles. */
  private storage: Promise<Storage> | undefined;

  /** The reader's notes and stars on the open dataset (src/lib/app/notes-state.svelte.ts). */
  notes = new NotesState();
  /** The reader's own stories of the dataset on screen (the file's are in its header). */
  stories = new StoriesState();
  /** What changed since the reader's last visit, when the curated chronology was updated. */
  changes = new WhatChangedState();
  /** What the starred filter and the search of notes read. */
  marks = $derived<UserMarks>({ starred: this.notes.starred, notes: this.notes.byEvent });
  /** Starred events this dataset has (a star on an event a newer version removed is kept, not
   * counted). */
  starredCount = $derived(
    [...this.notes.starred].filter((id) => this.prepared?.byId.has(id)).length,
  );
  /** Set once the first view has painted: work nobody needs for it waits until then. */
  deferredReady = $state(false);
  /**
   * Resolves once the first view has painted, or once loading failed and the page says why:
   * what would compete with the first draw (the service worker's install) waits for it.
   */
  readonly firstView: Promise<void>;
  #firstViewDrawn!: () => void;

  constructor(history: ViewHistory) {
    super(history, { historyEntries: true, stars: true });
    this.firstView = new Promise((resolve) => (this.#firstViewDrawn = resolve));
  }

  protected override userMarks(): UserMarks {
    return this.marks;
  }

  /** Loads the dataset the view (read by `followUrl` first) asks for. */
  async start(deps: LoadDeps): Promise<void> {
    // Open the database and download a linked dataset at the same time.
    const opening = openStorage(deps.openDb).then((storage) => {
      this.storageProblem = storage.problem;
      this.watchUpgrades(storage);
      return storage;
    });
    this.storage = opening;

    let loaded: Loaded | undefined;
    if (this.view.data) {
      try {
        loaded = await loadFromUrl(this.view.data, opening, deps, this.history.href());
      } catch (error) {
        this.dataError = asLoadError(error);
      }
    }
    if (this.view.dataset && this.view.dataset !== CURATED_ID) {
      try {
        loaded = await loadStored(await opening, this.view.dataset);
      } catch (error) {
        this.dataError = asLoadError(error);
      }
    }
    try {
      loaded ??= await loadCurated(await opening, deps);
    } catch (error) {
      this.fail(error);
      void afterPaint().then(this.#firstViewDrawn);
      return;
    }
    this.showLoaded(loaded);
    await afterPaint();
    this.deferredReady = true;
    this.#firstViewDrawn();
    whenIdle(() => this.prepareForFiltering());
    const failed = await loaded.persist?.();
    if (failed) this.notices = [...this.notices, failed];
    void this.watchDatasets();
    // A stored copy shown while the file is checked for a newer version keeps its records in
    // memory until that check is over: the newer version replaces the stored chunks.
    const update = await loaded.update;
    if (update && this.datasetId === update.datasetId) this.showLoaded(update);
    if (!failed) void this.releaseWhenStored(this.datasetId);
  }

  /**
   * Once the dataset on screen is safely stored and its columns are built, its events' records
   * leave memory; the list, the detail and exports read them back from IndexedDB
   * (../db/event-bodies.ts says when, ../view/event-bodies.svelte.ts how). Never without a
   * database; a failed save or a stored copy that is not this dataset keeps them in memory.
   */
  private async releaseWhenStored(datasetId: string): Promise<void> {
    const prepared = this.prepared;
    const db = (await this.storage)?.db;
    // A chunk that cannot be loaded (offline) leaves the records in memory.
    if (db && prepared)
      await import('../db/event-bodies').then(
        (m) => m.releaseWhenIdle(this, prepared, db, datasetId, CHUNK_SIZE),
        () => {},
      );
  }

  private showLoaded(loaded: Loaded): void {
    this.show(loaded.chronology);
    mark('parley-prepared');
    this.datasetId = loaded.datasetId;
    this.notices = [...this.notices, ...loaded.notices];
    void this.notes.load(this.notesDb(), loaded.datasetId);
    this.stories.load(this.notesDb(), loaded.datasetId);
    if (loaded.datasetId === CURATED_ID) void this.changes.load(this.notesDb(), loaded.chronology);
    else this.changes.clear();
  }

  /** The database for notes, once the first view has painted: they are not needed for it. */
  private async notesDb() {
    if (!this.deferredReady) await afterPaint();
    return (await this.storage)?.db ?? null;
  }

  /**
   * Change an event's note or star. A failed write leaves the note on the page (the detail
   * says "Not saved: …") and, once per reason, a notice that outlives the detail.
   */
  async setNote(eventId: string, note: NoteContent): Promise<void> {
    const reason = await this.notes.set(eventId, note);
    if (!reason || this.storageProblem) return;
    const notice = `A note could not be saved: ${reason}. It stays on this page until you close it.`;
    if (!this.notices.includes(notice)) this.notices = [...this.notices, notice];
  }

  // --- Datasets stored in this browser ------------------------------------------------------

  /** Show a stored dataset, with a fresh view (its filters and events are its own). */
  async openDataset(id: string): Promise<void> {
    const storage = await this.storage;
    if (!storage) return;
    const loaded = await loadStored(storage, id);
    this.showLoaded(loaded);
    this.dataError = null;
    void this.releaseWhenStored(id);
    this.update(
      {
        data: undefined,
        dataset: id === CURATED_ID ? undefined : id,
        event: undefined,
        from: undefined,
        to: undefined,
        filters: NO_FILTERS,
        era: undefined,
      },
      'push',
    );
  }

  /**
   * Store an import as a new dataset — or, with `replace`, as the newer version of a stored one,
   * keeping its id and name (so notes and stars on its events stay) — and open it. Rejects with
   * a message for the reader when the write failed; the transaction then left the database as
   * it was.
   */
  async addImport(
    chronology: Chronology,
    from: { fileName: string; format: string; bytes: number; replace?: string },
  ): Promise<void> {
    const db = await this.requireDb('import');
    let id: string;
    try {
      if (from.replace) {
        const existing = await getDatasetRecord(db, from.replace);
        if (!existing) throw new Error('the dataset to update is no longer stored here');
        id = from.replace;
        await saveDataset(
          db,
          id,
          'file',
          { ...chronology, title: existing.title },
          {
            fileName: from.fileName,
            importedFormat: from.format,
            bytes: from.bytes,
          },
        );
      } else id = await importDataset(db, chronology, from);
    } catch (error) {
      throw new Error(
        `Nothing was imported: ${describeStorageError(error)}. Your other datasets are unchanged.`,
      );
    }
    await this.openDataset(id);
  }

  async rename(id: string, title: string): Promise<void> {
    const db = await this.requireDb('rename');
    await renameDataset(db, id, title);
    if (id === this.datasetId) await this.openDataset(id);
  }

  async remove(id: string): Promise<void> {
    const db = await this.requireDb('delete');
    this.deletedHere.push(id);
    await deleteDataset(db, id);
    if (id === this.datasetId) await this.openDataset(CURATED_ID);
  }

  /**
   * The dataset drawn beside this one (`beside=`): one stored in this browser by its id, or a
   * published Parley JSON file by its address (loaded, with its checks, only then).
   */
  async readBeside(id: string): Promise<Chronology | BesideData | undefined> {
    const { downloadBeside, isDatasetAddress } = await import('../beside/source');
    if (isDatasetAddress(id)) return downloadBeside(id, this.history.href());
    const db = await this.requireDb('read a dataset');
    // A big streamed import has its columns stored: a million events need not be read.
    return (await readBesideColumns(db, id)) ?? readDataset(db, id);
  }

  /** Whether dataset `id` was written at or after `since` (an ISO time). */
  async storedSince(id: string, since: string): Promise<boolean> {
    const record = await getDatasetRecord(await this.requireDb('read a dataset'), id);
    return record !== undefined && record.storedAt >= since;
  }

  /** A stored dataset's events, all of them (to compare with a newer export of it). */
  async readStored(id: string): Promise<Chronology | undefined> {
    return readDataset(await this.requireDb('read a dataset'), id);
  }

  private async requireDb(action: string) {
    const storage = await this.storage;
    if (!storage?.db) {
      throw new Error(
        `Cannot ${action}: ${this.storageProblem ?? 'this browser is not letting Parley store data.'}`,
      );
    }
    return storage.db;
  }

  /** Datasets this tab deleted: their leaving the list is no news to this reader. */
  private readonly deletedHere: string[] = [];
  private datasetsQuery: Subscription | undefined;

  /**
   * Keeps the dataset list true from now on, with Dexie's liveQuery: it runs again whenever a
   * write here or in another Parley tab (Dexie tells the others over a BroadcastChannel of its
   * own) touches the datasets table. The load starts it after the first paint, which does not
   * need the list; the Datasets dialog, which may open sooner, starts it as it opens.
   */
  async watchDatasets(): Promise<void> {
    const db = (await this.storage)?.db;
    if (!db || this.datasetsQuery) return;
    this.datasetsQuery = liveQuery(() => listDatasets(db)).subscribe({
      next: (datasets) => {
        const open = this.datasetId;
        const wasListed = this.datasets.some((d) => d.id === open);
        this.datasets = datasets;
        if (
          wasListed &&
          open !== CURATED_ID &&
          !this.deletedHere.includes(open) &&
          !datasets.some((d) => d.id === open)
        ) {
          this.notices = [
            ...this.notices,
            'This dataset was deleted in another tab. It stays on screen until you open another one.',
          ];
        }
      },
      // The list is a convenience: the open dataset keeps working without it.
      error: () => {},
    });
  }

  /**
   * A newer Parley in another tab upgrading the database: Dexie closes this tab's connection
   * so the upgrade can go on, and writes from here would fail, so the reader is told to
   * reload (nothing stored is lost). This is no change to any table, so no liveQuery sees it.
   */
  private watchUpgrades(storage: Storage): void {
    storage.db?.on('versionchange', () => {
      this.storageProblem =
        'A newer version of Parley was opened in another tab and updated the stored data. Reload this tab to keep saving; everything saved so far is kept.';
    });
  }
}

/** Resolves after the browser has painted the current state (two frames). */
function afterPaint(): Promise<void> {
  if (typeof requestAnimationFrame === 'undefined') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
