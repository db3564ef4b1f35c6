/**
 * "The whole record of event X", for the list's cards, the detail, the comparison table and
 * exports. Until the dataset is released the records are in memory (the prepared views hold
 * them); after (`release`), they are read from IndexedDB by stored chunk, on demand, and the
 * last few thousand read are kept so scrolling the list back does not read them again.
 *
 * Reactive: `get` reads a version that each finished read bumps, so a component that asked
 * for a record still loading renders again when it arrives.
 */
import {
  fullView,
  inMemoryBody,
  releaseBodies,
  type EventView,
  type FullEventView,
  type PreparedChronology,
} from '../model/prepare';
import type { ChronologyEvent } from '../model/types';
import { BoundedCache, PendingReads, chunkOf, chunksHolding } from './body-chunks';

export type BodyState =
  | { status: 'ready'; view: FullEventView }
  | { status: 'loading' }
  | { status: 'failed'; message: string };

/** Reads stored chunks of the released dataset: their events by chunk number. */
export type ChunkReader = (chunks: readonly number[]) => Promise<Map<number, ChronologyEvent[]>>;

/** Records kept after reading: well above a list's page of cards, so none on screen is dropped. */
export const KEPT_RECORDS = 5000;
/** Records shown from memory before the release that stay in memory after it (the cards on
 * screen then keep their content instead of reading it again). */
const KEPT_AT_RELEASE = 500;

const LOADING: BodyState = { status: 'loading' };

export class EventBodies {
  /** Where records come from: memory until `release`. */
  source = $state<'memory' | 'stored'>('memory');
  #version = $state(0);
  readonly #prepared: PreparedChronology;
  #read: ChunkReader | undefined;
  readonly #kept = new BoundedCache<number, FullEventView>(KEPT_RECORDS);
  /** Events shown from memory lately, by file index: kept when the records are released. */
  readonly #shown = new BoundedCache<number, EventView>(KEPT_AT_RELEASE);
  /** Why a record could not be read, by file index. */
  readonly #failed = new BoundedCache<number, string>(KEPT_RECORDS);
  /** Asked for and not read yet: read together in the next microtask. */
  readonly #pending = new PendingReads<EventView>();

  constructor(prepared: PreparedChronology) {
    this.#prepared = prepared;
  }

  /** The record of `view`: ready, loading (a read starts), or why it could not be read. */
  get(view: EventView): BodyState {
    void this.#version;
    const inMemory = inMemoryBody(view);
    if (inMemory) {
      this.#shown.set(view.index, view);
      return { status: 'ready', view: inMemory };
    }
    const kept = this.#kept.get(view.index);
    if (kept) return { status: 'ready', view: kept };
    const failed = this.#failed.get(view.index);
    if (failed !== undefined) return { status: 'failed', message: failed };
    this.#want(view);
    return LOADING;
  }

  /** The records of `views`, in their order, for exports: read now, not kept. */
  async records(views: readonly EventView[]): Promise<ChronologyEvent[]> {
    const read = this.#read;
    // Before the release every record is in memory.
    if (!read) return views.map((view) => (inMemoryBody(view) as FullEventView).event);
    const chunks = await read(chunksHolding(views.map((view) => view.index)));
    return views.map((view) => recordOf(view, chunks));
  }

  /**
   * Drops the records from memory (`releaseBodies`): from now on they are read with `read`.
   * The records shown lately stay, so the cards on screen do not flicker or read again.
   */
  release(read: ChunkReader): void {
    if (this.#read) return;
    for (const index of this.#shown.keys()) {
      const view = this.#shown.get(index);
      const body = view && inMemoryBody(view);
      if (body) this.#kept.set(index, fullView(view, body.event, this.#prepared));
    }
    releaseBodies(this.#prepared);
    this.#read = read;
    this.source = 'stored';
    this.#version++;
  }

  #want(view: EventView): void {
    if (this.#pending.want(view)) queueMicrotask(() => void this.#readWanted());
  }

  async #readWanted(): Promise<void> {
    const read = this.#read;
    const wanted = this.#pending.take();
    if (!read || wanted.length === 0) return this.#pending.done(wanted);
    try {
      const chunks = await read(chunksHolding(wanted.map((view) => view.index)));
      for (const view of wanted) {
        try {
          this.#kept.set(view.index, fullView(view, recordOf(view, chunks), this.#prepared));
        } catch (error) {
          this.#failed.set(view.index, messageOf(error));
        }
      }
    } catch (error) {
      for (const view of wanted) this.#failed.set(view.index, messageOf(error));
    } finally {
      this.#pending.done(wanted);
      this.#version++;
    }
  }
}

/** The record of `view` in the chunks read; throws when it is not there or is another event. */
function recordOf(
  view: EventView,
  chunks: ReadonlyMap<number, ChronologyEvent[]>,
): ChronologyEvent {
  const { chunk, offset } = chunkOf(view.index);
  const event = chunks.get(chunk)?.[offset];
  if (!event || event.id !== view.event.id) {
    throw new Error('The stored copy of this dataset no longer holds this event. Reload the page.');
  }
  return event;
}

function messageOf(error: unknown): string {
  const message = (error as Error | null)?.message;
  return message ? message : 'The stored copy could not be read.';
}
