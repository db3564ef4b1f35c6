/**
 * What a page shows, as runes, shared by the app and the embed: the dataset, and from it and
 * the view its URL holds, the filtered events, their lanes, the visible range and the counts.
 *
 *   dataset ─ columns ─┐
 *   view (URL) ────────┴─ rows ─ filtered ─┬─ lanes ─────── the chart
 *                                          └─ inView ────── the list beside it (the visible range)
 *
 * Filtering, facet counts and lanes read the events as columns (../columns/): typed arrays and
 * string tables, built the first time anything filters or counts, so the first draw of an
 * unfiltered dataset never waits for them. The chart reads the prepared event views the rows
 * point at; the list and the detail read the events' whole records through `bodies`.
 *
 * The URL is read and written through a ViewHistory (./history.ts) that the page passes in,
 * so this never touches `window` and is tested in Node. Components read; only methods change.
 * The app (AppState) adds storage, notes and datasets; the embed (EmbedState) its app link.
 */
import { buildEventColumns, type EventColumns } from '../columns/event-columns';
import {
  allRows,
  facetCountsOfColumns,
  filterColumns,
  rowsInRange,
} from '../columns/filter-columns';
import { isFiltering, type Filters, type UserMarks } from '../filters/filters';
import { asLoadError, type LoadError } from '../io/fetch-text';
import {
  prepareChronology,
  type EventView,
  type InMemoryChronology,
  type PreparedChronology,
} from '../model/prepare';
import type { Chronology } from '../model/types';
import {
  buildLanes,
  buildLanesFromColumns,
  laneSetFromColumns,
  type Grouping,
  type LaneSet,
} from '../timeline/lanes';
import { eventsInRange, selectionExtent } from '../timeline/selection';
import {
  eraSpans,
  openingRange,
  rangeForUrl,
  readEras,
  sameRange,
  type EraSpan,
} from '../timeline/eras';
import { eraFilterBounds, knownEra, withEraFilter } from '../filters/era-filter';
import { EventBodies } from './event-bodies.svelte';
import type { ViewHistory } from './history';
import {
  DEFAULT_VIEW,
  readView,
  serializeViewState,
  showsAnotherDataset,
  type TimeDisplay,
  type ViewState,
} from './view-state';

export type Phase = 'loading' | 'ready' | 'failed';

export interface PageKind {
  /**
   * Whether discrete changes (filters, grouping, the open event) are history entries that
   * Back undoes. The app's are; an embed's are not: a frame that pushed history would take
   * over the host page's Back button.
   */
  historyEntries: boolean;
  /** Whether the reader's stars exist here; without them `starred=1` is ignored. */
  stars: boolean;
}

export class ViewModel {
  phase = $state<Phase>('loading');
  /** The dataset on screen, prepared for reading. */
  prepared = $state.raw<PreparedChronology | null>(null);
  /**
   * The events' whole records, for the list, the detail and exports: in memory, or read from
   * IndexedDB once the app has released them (./event-bodies.svelte.ts). One per dataset shown.
   */
  bodies = $state.raw(new EventBodies());
  /** Why nothing could be shown at all (phase 'failed'). */
  error = $state.raw<LoadError | null>(null);
  /** Everything the URL holds. Replaced whole on each change. */
  view = $state.raw<ViewState>(DEFAULT_VIEW);

  /**
   * The dataset as columns, built the first time a filter, a count or a lane needs them, from
   * the records in memory: the app builds them (prepareForFiltering) before it releases those.
   */
  columns = $derived(this.prepared ? columnsOnDemand(this.prepared as InMemoryChronology) : null);
  /** The whole dataset's span, so the zoom does not jump when filters change. */
  extent = $derived(selectionExtent(this.prepared?.spans));
  /** The dataset's named periods on the axis; an open era runs to the data's end. */
  eras = $derived<EraSpan[]>(eraSpans(readEras(this.prepared?.chronology.eras), this.extent[1]));
  /** The reader's filters with the era filter's days applied (`era=` in the URL). */
  filters = $derived<Filters>(
    withEraFilter(this.view.filters, eraFilterBounds(this.eras, this.view.era)),
  );
  /** The column rows matching the filters, in time order; null when nothing filters. */
  rows = $derived<Uint32Array | null>(
    this.columns && isFiltering(this.filters)
      ? filterColumns(this.columns.get(), this.filters, this.userMarks())
      : null,
  );
  /** The selection: events matching the filters, in time order. Chart and list share it. */
  filtered = $derived<EventView[]>(
    !this.prepared
      ? []
      : this.rows
        ? viewsOfRows(this.prepared.events, this.rows)
        : this.prepared.events,
  );
  /** Counts per facet value for the filter bar; computed the first time one reads them. */
  facets = $derived(
    this.columns ? facetCountsOfColumns(this.columns.get(), this.filters, this.userMarks()) : null,
  );
  /**
   * The grouping alone: a derived that keeps its value when a change of range or filter
   * replaces the view, so the lanes below are not rebuilt for them.
   */
  group = $derived(this.view.group);
  /** The chart's rows: the selection's lanes, built from the columns, or the whole dataset's. */
  lanes = $derived(
    this.columns && this.rows
      ? laneSetFromColumns(
          buildLanesFromColumns(this.columns.get(), this.rows, this.group),
          this.filtered,
        )
      : this.#lanesOfAll(this.prepared, this.group),
  );
  /** The whole dataset's lanes for one grouping, kept (see #lanesOfAll). */
  #allLanes: { events: readonly EventView[]; group: Grouping; lanes: LaneSet } | undefined;
  /** The open event, or null when none is open or the dataset has no such event. */
  selected = $derived(
    this.view.event && this.prepared ? (this.prepared.byId.get(this.view.event) ?? null) : null,
  );
  /**
   * The visible range: the URL's; else, for a dataset with eras, the open event's era or the
   * latest era (the curated chronology opens on the 2025– talks); else undefined (everything).
   */
  range = $derived<[number, number] | undefined>(
    this.view.from !== undefined && this.view.to !== undefined
      ? [this.view.from, this.view.to]
      : openingRange(this.eras, this.extent, this.selected?.start.startMs),
  );
  /** The events of the selection inside the visible range: what the list beside the chart shows. */
  inView = $derived(eventsInRange(this.filtered, this.range?.[0], this.range?.[1]));
  /**
   * The rows in view under every filter but the place filter: what the venue map draws, so
   * that choosing one place keeps the others on it to choose instead (as the filter panel
   * counts each facet under the other filters). Computed only when the map reads it; null
   * until there is a dataset.
   */
  rowsInViewAnyPlace = $derived.by(() => {
    if (!this.columns) return null;
    const columns = this.columns.get();
    const filters = { ...this.filters, place: [] };
    const rows =
      (this.filters.place.length ? null : this.rows) ??
      (isFiltering(filters)
        ? filterColumns(columns, filters, this.userMarks())
        : allRows(columns.count));
    return rowsInRange(columns, rows, this.range?.[0], this.range?.[1]);
  });
  /** Events in the dataset, and how many match the filters. */
  total = $derived(this.prepared?.events.length ?? 0);
  matching = $derived(this.filtered.length);

  protected readonly history: ViewHistory;
  readonly #page: PageKind;

  constructor(history: ViewHistory, page: PageKind) {
    this.history = history;
    this.#page = page;
  }

  /**
   * Builds the columns and their search text now, if not built yet: the app calls it in idle
   * time after the first draw, so that the first filter or search answers at once.
   */
  prepareForFiltering(): void {
    void this.columns?.get().search;
  }

  /** The reader's stars and notes, for the starred filter and the search; none here. */
  protected userMarks(): UserMarks | undefined {
    return undefined;
  }

  /**
   * Takes the view from the URL and follows Back and Forward from then on; returns how to
   * stop following. Going back to another dataset reloads the page: a dataset is chosen
   * when the page loads.
   */
  followUrl(): () => void {
    this.view = readView(this.history.read(), this.#page);
    return this.history.onChange(() => {
      const next = readView(this.history.read(), this.#page);
      if (showsAnotherDataset(this.view, next)) this.history.reload();
      else this.view = next;
    });
  }

  /** Shows `chronology`; the view (filters, range, open event) stays as it is. */
  show(chronology: Chronology): void {
    const prepared = prepareChronology(chronology);
    this.prepared = prepared;
    this.bodies = new EventBodies();
    this.phase = 'ready';
    // An era this dataset does not have is dropped from the URL, never guessed at.
    if (this.view.era && !knownEra(this.eras, this.view.era))
      this.update({ era: undefined }, 'replace');
  }

  /** Nothing can be shown: the page says why. */
  fail(error: unknown): void {
    this.error = asLoadError(error);
    this.phase = 'failed';
  }

  /**
   * Changes the view and the URL with it, keeping parameters the view does not own (a host's,
   * the embed's theme). A 'push' is a history entry where the page keeps them; a 'replace'
   * (moving the range, which would flood the history) never is.
   */
  update(patch: Partial<ViewState>, mode: 'push' | 'replace'): void {
    this.view = { ...this.view, ...patch };
    const search = serializeViewState(this.view, this.history.read());
    if (mode === 'push' && this.#page.historyEntries) this.history.push(search);
    else this.history.replace(search);
  }

  select(id: string | null): void {
    if (id === (this.view.event ?? null)) return;
    // Without a range in the URL the view follows the open event's era: closing the event keeps
    // that era in view instead of jumping back to the latest one (which needs no range).
    const shown = this.range;
    const keep =
      id === null &&
      this.view.from === undefined &&
      shown &&
      !sameRange(shown, openingRange(this.eras, this.extent))
        ? shown
        : undefined;
    this.update(
      { event: id ?? undefined, ...(keep ? { from: keep[0], to: keep[1] } : {}) },
      'push',
    );
  }

  setFilters(filters: Filters, mode: 'push' | 'replace' = 'push'): void {
    this.update({ filters }, mode);
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
   * The chart's rows for every event. Until the columns are built, lanes by channel, kind or
   * place come from the views, so the first draw does not wait for them; the rest from the
   * columns, which are faster and never resolve every event's participants into objects
   * (property-tested to give the same lanes). Kept while filters come and go: clearing a
   * filter shows these again instead of building 100,000 events' lanes anew.
   */
  #lanesOfAll(prepared: PreparedChronology | null, group: Grouping): LaneSet {
    const events = prepared?.events ?? [];
    const kept = this.#allLanes;
    if (kept && kept.events === events && kept.group === group) return kept.lanes;
    const lanes =
      this.columns && (this.columns.built || group === 'participant')
        ? laneSetFromColumns(
            buildLanesFromColumns(this.columns.get(), allRows(events.length), group),
            events,
          )
        : buildLanes(events, group, prepared?.spans);
    this.#allLanes = { events, group, lanes };
    return lanes;
  }

  /** The query string of this view (or `view`) with event `id` open: a link to it. */
  linkTo(id: string, view: ViewState = this.view): string {
    return serializeViewState({ ...view, event: id });
  }
}

/** The columns of `prepared`, built on the first `get()`; `built` says whether they are. */
function columnsOnDemand(prepared: InMemoryChronology): {
  get(): EventColumns;
  readonly built: boolean;
} {
  let columns: EventColumns | undefined;
  return {
    get: () => (columns ??= buildEventColumns(prepared)),
    get built() {
      return columns !== undefined;
    },
  };
}

/** The views at `rows`. */
function viewsOfRows(views: readonly EventView[], rows: Uint32Array): EventView[] {
  const out: EventView[] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) out[r] = views[rows[r] as number] as EventView;
  return out;
}
