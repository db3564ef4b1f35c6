/**
 * "The whole record of event X", for the list's cards, the detail, the comparison table and
 * exports. Until the dataset is released the records are in memory (the prepared views hold
 * them); once ../db/event-bodies.ts has released them, a record source (`stored`,
 * ./stored-bodies.ts) reads them from IndexedDB on demand. That code loads only then, so the
 * first load carries none of it.
 *
 * Reactive: `get` reads a version that each finished read bumps (`changed`), so a component
 * that asked for a record still loading renders again when it arrives.
 */
import type { EventView, FullEventView } from '../model/prepare';
import type { ChronologyEvent } from '../model/types';

export type BodyState =
  | { status: 'ready'; view: FullEventView }
  | { status: 'loading' }
  | { status: 'failed'; message: string };

/** Where records come from once they have left memory. */
export interface RecordSource {
  /** The record of `view` if at hand; else it starts reading it and says it is loading. */
  get(view: EventView): BodyState;
  /** The records of `views`, in their order (exports, the comparison table). */
  records(views: readonly EventView[]): Promise<ChronologyEvent[]>;
}

export class EventBodies {
  /**
   * Where records come from once they have left memory (set by ../db/event-bodies.ts when it
   * releases them); undefined while they are in memory. The page says which in `data-bodies`.
   */
  stored = $state.raw<RecordSource>();
  #version = $state(0);

  /** The record of `view`: ready, loading (a read starts), or why it could not be read. */
  get(view: EventView): BodyState {
    void this.#version;
    // Until the release every view holds its whole record (model/prepare.ts, LazyEventView).
    return this.stored ? this.stored.get(view) : { status: 'ready', view: view as FullEventView };
  }

  /** The records of `views`, in their order. */
  async records(views: readonly EventView[]): Promise<ChronologyEvent[]> {
    if (this.stored) return this.stored.records(views);
    return views.map((view) => (view as FullEventView).event);
  }

  /** Records arrived (or failed): whoever asked renders again. */
  changed(): void {
    this.#version++;
  }
}
