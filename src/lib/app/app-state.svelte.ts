/**
 * The app's state as runes: what is loaded, what went wrong, and the view (filters, grouping,
 * range, open event) that the URL mirrors. Components read it; only the methods change it.
 */
import { LoadError } from '../io/fetch-text';
import {
  applyFilters,
  buildFilterIndex,
  facetCounts,
  isFiltering,
  type FilterIndex,
  type Filters,
  type UserMarks,
} from '../filters/filters';
import { prepareChronology, type EventView, type PreparedChronology } from '../model/prepare';
import { buildLanes, type Grouping } from '../timeline/lanes';
import { eventsInRange, selectionExtent } from '../timeline/selection';
import { eraSpans, openingRange, rangeForUrl, readEras, type EraSpan } from '../timeline/eras';
import { eraFilterBounds, knownEra, withEraFilter } from '../filters/era-filter';
import type { NoteContent } from '../notes/note';
import { NotesState } from './notes-state.svelte';
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
import { NO_FILTERS } from '../filters/filters';
import type { StoredDataset } from '../db/db';
import {
  CURATED_ID,
  deleteDataset,
  importDataset,
  listDatasets,
  renameDataset,
} from '../db/datasets';
import type { Chronology } from '../model/types';
import {
  DEFAULT_VIEW,
  parseViewState,
  serializeViewState,
  type TimeDisplay,
  type ViewState,
} from './view-state';

export type Phase = 'loading' | 'ready' | 'failed';

export class AppState {
  phase = $state<Phase>('loading');
  prepared = $state.raw<PreparedChronology | null>(null);
  datasetId = $state('curated');
  notices = $state<string[]>([]);
  /** Set when nothing can be saved (no IndexedDB, blocked, full). */
  storageProblem = $state<string | undefined>(undefined);
  /** A `?data=` file that could not be used; the curated chronology shows below it. */
  dataError = $state.raw<LoadError | null>(null);
  /** Nothing could be shown at all. */
  fatal = $state.raw<LoadError | null>(null);
  /** Everything the URL holds. Replaced whole on each change. */
  view = $state.raw<ViewState>(DEFAULT_VIEW);
  /** Every dataset stored in this browser, for the dataset list (empty without storage). */
  datasets = $state.raw<StoredDataset[]>([]);
  /** The opened database (or why there is none); set once opening settles. */
  private storage: Promise<Storage> | undefined;

  index = $derived<FilterIndex | null>(
    this.prepared ? buildFilterIndex(this.prepared.events) : null,
  );
  /** The reader's notes and stars on the open dataset (src/lib/app/notes-state.svelte.ts). */
  notes = new NotesState();
  /** What changed since the reader's last visit, when the curated chronology was updated. */
  changes = new WhatChangedState();
  /** What the starred filter and the search of notes read. */
  marks = $derived<UserMarks>({ starred: this.notes.starred, notes: this.notes.byEvent });
  /** Starred events this dataset has (a star on an event a newer version removed is kept, not
   * counted). */
  starredCount = $derived(
    [...this.notes.starred].filter((id) => this.prepared?.byId.has(id)).length,
  );
  /** The whole dataset's span, so the zoom does not jump when filters change. */
  extent = $derived(selectionExtent(this.prepared?.events ?? []));
  /** The dataset's eras on the axis; an open era runs to the data's end. */
  eras = $derived<EraSpan[]>(eraSpans(readEras(this.prepared?.chronology.eras), this.extent[1]));
  /** The reader's filters with the era filter's days applied. */
  filters = $derived<Filters>(
    withEraFilter(this.view.filters, eraFilterBounds(this.eras, this.view.era)),
  );
  /** The selection: events matching the filters, in time order. Timeline and list share it. */
  filtered = $derived<EventView[]>(
    !this.prepared
      ? []
      : isFiltering(this.filters) && this.index
        ? applyFilters(this.index, this.filters, this.marks)
        : this.prepared.events,
  );
  /** Set once the first view has painted: work nobody needs for it waits until then. */
  deferredReady = $state(false);
  /** Facet counts, computed once the chart is on screen. */
  facets = $derived(
    this.index && this.deferredReady ? facetCounts(this.index, this.filters, this.marks) : null,
  );
  lanes = $derived(buildLanes(this.filtered, this.view.group));
  selected = $derived(
    this.view.event && this.prepared ? (this.prepared.byId.get(this.view.event) ?? null) : null,
  );
  /** The visible range: the URL's, else the open event's era or the latest era, else
   * undefined (everything). */
  range = $derived<[number, number] | undefined>(
    this.view.from !== undefined && this.view.to !== undefined
      ? [this.view.from, this.view.to]
      : openingRange(this.eras, this.extent, this.selected?.start.startMs),
  );
  /** The events of the selection inside the visible range: what the list beside the chart shows. */
  inView = $derived.by(() => eventsInRange(this.filtered, this.range?.[0], this.range?.[1]));

  async start(deps: LoadDeps, location: Location): Promise<void> {
    this.view = parseViewState(location.search);
    // Open the database and download a linked dataset at the same time.
    const opening = openStorage(deps.openDb).then((storage) => {
      this.storageProblem = storage.problem;
      this.watchOtherTabs(storage);
      return storage;
    });
    this.storage = opening;

    let loaded: Loaded | undefined;
    if (this.view.data) {
      try {
        loaded = await loadFromUrl(this.view.data, opening, deps, location.href);
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
      this.fatal = asLoadError(error);
      this.phase = 'failed';
      return;
    }
    this.show(loaded);
    this.phase = 'ready';
    await afterPaint();
    this.deferredReady = true;
    const failed = await loaded.persist?.();
    if (failed) this.notices = [...this.notices, failed];
    void this.refreshDatasets();
    const update = await loaded.update;
    if (update && this.datasetId === update.datasetId) this.show(update);
  }

  private show(loaded: Loaded): void {
    this.prepared = prepareChronology(loaded.chronology);
    mark('parley-prepared');
    this.datasetId = loaded.datasetId;
    // An era this dataset does not have is dropped from the URL, never guessed at.
    if (this.view.era && !knownEra(this.eras, this.view.era))
      this.update({ era: undefined }, 'replace');
    this.notices = [...this.notices, ...loaded.notices];
    void this.notes.load(this.notesDb(), loaded.datasetId);
    if (loaded.datasetId === CURATED_ID) void this.changes.load(this.notesDb(), loaded.chronology);
    else this.changes.clear();
  }

  /** The database for notes, once the first view has painted: they are not needed for it. */
  private async notesDb() {
    if (!this.deferredReady) await afterPaint();
    return (await this.storage)?.db ?? null;
  }

  /**
   * Change the view and the URL with it. Discrete changes (filters, grouping, the open event)
   * are history entries, so Back undoes them; moving the range replaces the entry instead of
   * flooding the history.
   */
  private update(patch: Partial<ViewState>, mode: 'push' | 'replace'): void {
    this.view = { ...this.view, ...patch };
    if (typeof window === 'undefined') return;
    const { pathname, search, hash } = window.location;
    const url = `${pathname}${serializeViewState(this.view, search)}${hash}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }

  select(id: string | null): void {
    if (id === (this.view.event ?? null)) return;
    // Without a range in the URL the view follows the open event's era: closing the event keeps
    // that era in view instead of jumping back to the latest one.
    const keep = id === null && this.view.from === undefined ? this.range : undefined;
    this.update(
      { event: id ?? undefined, ...(keep ? { from: keep[0], to: keep[1] } : {}) },
      'push',
    );
  }

  setFilters(filters: Filters): void {
    this.update({ filters }, 'push');
  }

  setGroup(group: Grouping): void {
    this.update({ group }, 'push');
  }

  setTimes(times: TimeDisplay): void {
    this.update({ times }, 'replace');
  }

  setRange(range: [number, number] | undefined): void {
    // With eras, a URL without a range opens on the latest era: "everything" is spelled out.
    const shown = rangeForUrl(range, this.eras, this.extent);
    this.update({ from: shown?.[0], to: shown?.[1] }, 'replace');
  }

  /** Filter to one era's events, or (undefined) to every era's. */
  setEra(era: string | undefined): void {
    this.update({ era }, 'push');
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

  async refreshDatasets(): Promise<void> {
    const db = (await this.storage)?.db;
    if (!db) return;
    try {
      this.datasets = await listDatasets(db);
    } catch {
      // The list is a convenience: the open dataset keeps working without it.
    }
  }

  /** Show a stored dataset, with a fresh view (its filters and events are its own). */
  async openDataset(id: string): Promise<void> {
    const storage = await this.storage;
    if (!storage) return;
    const loaded = await loadStored(storage, id);
    this.show(loaded);
    this.dataError = null;
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
   * Store an import as a new dataset and open it. Rejects with a message for the reader when
   * the write failed; the transaction then left the database as it was.
   */
  async addImport(
    chronology: Chronology,
    from: { fileName: string; format: string; bytes: number },
  ): Promise<void> {
    const db = await this.requireDb('import');
    let id: string;
    try {
      id = await importDataset(db, chronology, from);
    } catch (error) {
      throw new Error(
        `Nothing was imported: ${describeStorageError(error)}. Your other datasets are unchanged.`,
      );
    }
    this.broadcast();
    await this.refreshDatasets();
    await this.openDataset(id);
  }

  async rename(id: string, title: string): Promise<void> {
    const db = await this.requireDb('rename');
    await renameDataset(db, id, title);
    this.broadcast();
    await this.refreshDatasets();
    if (id === this.datasetId) await this.openDataset(id);
  }

  async remove(id: string): Promise<void> {
    const db = await this.requireDb('delete');
    await deleteDataset(db, id);
    this.broadcast();
    await this.refreshDatasets();
    if (id === this.datasetId) await this.openDataset(CURATED_ID);
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

  /** Tell other Parley tabs that the dataset list changed, so theirs stays true. */
  private broadcast(): void {
    this.channel?.postMessage({ type: 'datasets-changed' });
  }

  private channel: BroadcastChannel | undefined;

  /**
   * Other tabs: a dataset list kept in step, and a clear message when a newer Parley in another
   * tab upgrades the database (Dexie closes this tab's connection so the upgrade can go on;
   * writes from here would fail, so the reader is told to reload — nothing stored is lost).
   */
  private watchOtherTabs(storage: Storage): void {
    if (typeof BroadcastChannel !== 'undefined' && !this.channel) {
      this.channel = new BroadcastChannel('parley');
      this.channel.onmessage = (event: MessageEvent<{ type?: string }>) => {
        if (event.data?.type === 'datasets-changed') void this.onDatasetsChangedElsewhere();
      };
    }
    storage.db?.on('versionchange', () => {
      this.storageProblem =
        'A newer version of Parley was opened in another tab and updated the stored data. Reload this tab to keep saving; everything saved so far is kept.';
    });
  }

  private async onDatasetsChangedElsewhere(): Promise<void> {
    await this.refreshDatasets();
    if (this.datasetId !== CURATED_ID && !this.datasets.some((d) => d.id === this.datasetId)) {
      this.notices = [
        ...this.notices,
        'This dataset was deleted in another tab. It stays on screen until you open another one.',
      ];
    }
  }

  /** Back/forward: the URL is the truth. */
  syncFromUrl(location: Location): void {
    const next = parseViewState(location.search);
    // The dataset is chosen at load; a different `data` or `dataset` needs a reload.
    if (next.data !== this.view.data || next.dataset !== this.view.dataset) {
      window.location.reload();
      return;
    }
    this.view = next;
  }

  /** The link to one event in the current view. */
  linkTo(id: string): string {
    return serializeViewState({ ...this.view, event: id });
  }
}

/** Resolves after the browser has painted the current state (two frames). */
function afterPaint(): Promise<void> {
  if (typeof requestAnimationFrame === 'undefined') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

function asLoadError(error: unknown): LoadError {
  return error instanceof LoadError
    ? error
    : new LoadError(String((error as Error)?.message ?? error));
}
