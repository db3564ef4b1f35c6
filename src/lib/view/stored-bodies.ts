/**
 * Records read back from the stored chunks of a released dataset (a RecordSource for
 * ./event-bodies.svelte.ts). Cards that ask in the same task are read together, one
 * transaction for the chunks they need; the last few thousand records read are kept, so
 * scrolling the list back does not read them again.
 */
import type { EventView, FullEventView, PreparedChronology } from '../model/prepare';
import { fullView } from '../model/release';
import type { ChronologyEvent } from '../model/types';
import { BoundedCache, PendingReads, chunkOf, chunksHolding } from './body-chunks';
import type { BodyState, RecordSource } from './event-bodies.svelte';

/** Reads stored chunks of the released dataset: their events by chunk number. */
export type ChunkReader = (chunks: readonly number[]) => Promise<Map<number, ChronologyEvent[]>>;

/** Records kept after reading: well above a list's page of cards, so none on screen is dropped. */
export const KEPT_RECORDS = 5000;

const LOADING: BodyState = { status: 'loading' };

export class StoredBodies implements RecordSource {
  /** Records asked for since the last read finished: what is on screen now (each finished read
   * renders every asker again, so they all ask again). They are never dropped. */
  #onScreen = new Set<number>();
  readonly #kept = new BoundedCache<number, FullEventView>(KEPT_RECORDS, (index) =>
    this.#onScreen.has(index),
  );
  /** Why a record could not be read, by file index. */
  readonly #failed = new BoundedCache<number, string>(KEPT_RECORDS, (index) =>
    this.#onScreen.has(index),
  );
  /** Asked for and not read yet: read together in the next microtask. */
  readonly #pending = new PendingReads<EventView>();

  constructor(
    private readonly prepared: Pick<PreparedChronology, 'people' | 'sources'>,
    private readonly read: ChunkReader,
    /** Events per stored chunk (CHUNK_SIZE). */
    private readonly chunkSize: number,
    /** Called when a batch of reads has finished, well or not. */
    private readonly onchange: () => void,
  ) {}

  /** Keeps a record already at hand (one on screen as the records leave memory). */
  keep(view: FullEventView): void {
    this.#kept.set(view.index, fullView(view, view.event, this.prepared));
  }

  get(view: EventView): BodyState {
    this.#onScreen.add(view.index);
    const kept = this.#kept.get(view.index);
    if (kept) return { status: 'ready', view: kept };
    const failed = this.#failed.get(view.index);
    if (failed !== undefined) return { status: 'failed', message: failed };
    if (this.#pending.want(view)) queueMicrotask(() => void this.#readPending());
    return LOADING;
  }

  async records(views: readonly EventView[]): Promise<ChronologyEvent[]> {
    const chunks = await this.read(
      chunksHolding(
        views.map((view) => view.index),
        this.chunkSize,
      ),
    );
    return views.map((view) => recordOf(view, chunks, this.chunkSize));
  }

  async #readPending(): Promise<void> {
    const batch = this.#pending.take();
    try {
      const indexes = batch.map((view) => view.index);
      const chunks = await this.read(chunksHolding(indexes, this.chunkSize));
      for (const view of batch) {
        try {
          this.#kept.set(
            view.index,
            fullView(view, recordOf(view, chunks, this.chunkSize), this.prepared),
          );
        } catch (error) {
          this.#failed.set(view.index, messageOf(error));
        }
      }
    } catch (error) {
      for (const view of batch) this.#failed.set(view.index, messageOf(error));
    } finally {
      this.#pending.done(batch);
      this.#onScreen = new Set();
      this.onchange();
    }
  }
}

/** The record of `view` in the chunks read; throws when it is not there or is another event. */
export function recordOf(
  view: EventView,
  chunks: ReadonlyMap<number, ChronologyEvent[]>,
  chunkSize: number,
): ChronologyEvent {
  const { chunk, offset } = chunkOf(view.index, chunkSize);
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
