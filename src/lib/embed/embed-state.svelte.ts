/**
 * The embed's state as runes: the chronology it shows and the view its URL holds. Like the
 * app's AppState, but with nothing stored: no database, no notes, no history entries (a frame
 * that pushed history would hijack the host page's Back button).
 */
import type { ViewState } from '../app/view-state';
import { DEFAULT_VIEW, parseViewState, serializeViewState } from '../app/view-state';
import {
  applyFilters,
  buildFilterIndex,
  facetCounts,
  isFiltering,
  type Filters,
} from '../filters/filters';
import { LoadError } from '../io/fetch-text';
import { prepareChronology, type EventView, type PreparedChronology } from '../model/prepare';
import { buildLanes } from '../timeline/lanes';
import { eventsInRange, selectionExtent } from '../timeline/selection';
import { loadEmbedChronology, type EmbedDeps } from './load';
import { appLinkFor, appUrlBeside } from './options';

export type EmbedPhase = 'loading' | 'ready' | 'failed';

/** Nothing is starred and no note exists in an embed. */
const NO_MARKS = { starred: new Set<string>(), notes: new Map<string, { text: string }>() };

export class EmbedState {
  phase = $state<EmbedPhase>('loading');
  prepared = $state.raw<PreparedChronology | null>(null);
  error = $state.raw<LoadError | null>(null);
  view = $state.raw<ViewState>(DEFAULT_VIEW);
  /** The full app's address: "Open in Parley" links there with the same view. */
  appUrl = $state('');

  index = $derived(this.prepared ? buildFilterIndex(this.prepared.events) : null);
  filtered = $derived<EventView[]>(
    !this.prepared
      ? []
      : isFiltering(this.view.filters) && this.index
        ? applyFilters(this.index, this.view.filters, NO_MARKS)
        : this.prepared.events,
  );
  lanes = $derived(buildLanes(this.filtered, this.view.group));
  /** The whole dataset's span, so the zoom does not jump when filters change. */
  extent = $derived(selectionExtent(this.prepared?.events ?? []));
  range = $derived<[number, number] | undefined>(
    this.view.from !== undefined && this.view.to !== undefined
      ? [this.view.from, this.view.to]
      : undefined,
  );
  /** The events of the selection inside the visible range (the vertical mode's list). */
  inView = $derived(eventsInRange(this.filtered, this.range?.[0], this.range?.[1]));
  selected = $derived(
    this.view.event && this.prepared ? (this.prepared.byId.get(this.view.event) ?? null) : null,
  );
  title = $derived(this.prepared?.chronology.title?.trim() || 'Untitled chronology');
  appLink = $derived(this.appUrl ? appLinkFor(this.view, this.appUrl) : '');

  /** Counts for the filter bar; computed only when it shows. */
  facets(): ReturnType<typeof facetCounts> | null {
    return this.index ? facetCounts(this.index, this.view.filters, NO_MARKS) : null;
  }

  async start(deps: EmbedDeps, location: Location): Promise<void> {
    const view = parseViewState(location.search);
    // Stars live in one reader's browser: an embed has none, so starred=1 would show nothing.
    this.view = { ...view, filters: { ...view.filters, starred: undefined } };
    this.appUrl = appUrlBeside(location.href);
    try {
      const chronology = await loadEmbedChronology(this.view, deps, location.href);
      this.prepared = prepareChronology(chronology);
      this.phase = 'ready';
    } catch (error) {
      this.error =
        error instanceof LoadError ? error : new LoadError(String((error as Error)?.message));
      this.phase = 'failed';
    }
  }

  /** The full app's link to one event, in this view. */
  linkTo(id: string): string {
    return appLinkFor({ ...this.view, event: id }, this.appUrl);
  }

  select(id: string | null): void {
    if (id === (this.view.event ?? null)) return;
    this.update({ event: id ?? undefined });
  }

  setFilters(filters: Filters): void {
    this.update({ filters });
  }

  setRange(range: [number, number] | undefined): void {
    this.update({ from: range?.[0], to: range?.[1] });
  }

  /** The view moves, and the frame's own URL with it, so a reload shows the same thing. */
  private update(patch: Partial<ViewState>): void {
    this.view = { ...this.view, ...patch };
    if (typeof window === 'undefined') return;
    const { pathname, search, hash } = window.location;
    // serializeViewState keeps the parameters it does not own: theme, height, frame…
    window.history.replaceState(
      null,
      '',
      `${pathname}${serializeViewState(this.view, search)}${hash}`,
    );
  }
}
