/**
 * The app's state as runes: what is loaded, what went wrong, which event is open.
 * Components read it; only the methods here change it.
 */
import { prepareChronology, type PreparedChronology } from '../model/prepare';
import { LoadError } from '../io/fetch-text';
import { loadCurated, loadFromUrl, openStorage, type LoadDeps, type Loaded } from './load';
import { readParams, writeParams } from './url';

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
  selectedId = $state<string | null>(null);
  dataUrl = $state<string | undefined>(undefined);

  selected = $derived(
    this.selectedId && this.prepared ? (this.prepared.byId.get(this.selectedId) ?? null) : null,
  );

  async start(deps: LoadDeps, location: Location): Promise<void> {
    const params = readParams(location.search);
    this.selectedId = params.event ?? null;
    this.dataUrl = params.data;
    const storage = await openStorage(deps.openDb);
    this.storageProblem = storage.problem;

    let loaded: Loaded | undefined;
    if (params.data) {
      try {
        loaded = await loadFromUrl(params.data, storage, deps, location.href);
      } catch (error) {
        this.dataError = asLoadError(error);
      }
    }
    try {
      loaded ??= await loadCurated(storage, deps);
    } catch (error) {
      this.fatal = asLoadError(error);
      this.phase = 'failed';
      return;
    }
    this.show(loaded);
    this.phase = 'ready';
    const update = await loaded.update;
    if (update && this.datasetId === update.datasetId) this.show(update);
  }

  private show(loaded: Loaded): void {
    this.prepared = prepareChronology(loaded.chronology);
    this.datasetId = loaded.datasetId;
    this.notices = [...this.notices, ...loaded.notices];
  }

  /** Open an event's detail (or close it with null), recording it in the URL and history. */
  select(id: string | null, history: History, location: Location): void {
    if (id === this.selectedId) return;
    this.selectedId = id;
    const search = writeParams(location.search, { event: id ?? undefined, data: this.dataUrl });
    history.pushState({ event: id }, '', `${location.pathname}${search}${location.hash}`);
  }

  /** Back/forward: the URL is the truth. */
  syncFromUrl(location: Location): void {
    this.selectedId = readParams(location.search).event ?? null;
  }

  /** The link to one event in the current dataset. */
  linkTo(id: string): string {
    return writeParams('', { event: id, data: this.dataUrl });
  }
}

function asLoadError(error: unknown): LoadError {
  return error instanceof LoadError
    ? error
    : new LoadError(String((error as Error)?.message ?? error));
}
