/**
 * Reading events' records back from the stored chunks, for a dataset whose records the page has
 * released from memory (src/lib/view/event-bodies.svelte.ts). Loaded after the first draw: the
 * first load never needs it.
 *
 * A stored copy is named by its dataset id, the time it was written (`storedAt`) and what it
 * holds (event count, version, date), because the same id may be written again while the page
 * shows the older copy: a newer curated version,
 * the same `?data=` link reloaded in another tab. A read then fails and says so, and never
 * mixes one version's records into another's views.
 */
import { idle } from '../app/idle';
import type { EventView, PreparedChronology } from '../model/prepare';
import { inMemoryBody, releaseBodies } from '../model/release';
import type { ChronologyEvent, ChronologyHeader } from '../model/types';
import type { EventBodies } from '../view/event-bodies.svelte';
import { StoredBodies } from '../view/stored-bodies';
import type { ParleyDb, StoredDataset } from './db';

/** The stored copy of a dataset that the page reads records from. */
export interface StoredCopy {
  datasetId: string;
  storedAt: string;
  shown: ShownDataset;
}

/** What the page shows of a dataset, to tell whether a stored copy is that same dataset. */
export interface ShownDataset {
  header: Pick<ChronologyHeader, 'version' | 'updated'>;
  eventCount: number;
}

/** Whether `record` holds the dataset on screen: same number of events, version and date. */
export function holdsShownDataset(record: StoredDataset | undefined, shown: ShownDataset): boolean {
  return (
    record !== undefined &&
    record.eventCount === shown.eventCount &&
    record.header.version === shown.header.version &&
    record.header.updated === shown.header.updated
  );
}

/** The stored copy of the dataset on screen, or undefined when what is stored is not it. */
export async function findStoredCopy(
  db: ParleyDb,
  datasetId: string,
  shown: ShownDataset,
): Promise<StoredCopy | undefined> {
  const record = await db.datasets.get(datasetId);
  if (!holdsShownDataset(record, shown) || !record) return undefined;
  // The fields only: `shown.header` may be the whole chronology, events and all.
  const { version, updated } = shown.header;
  return {
    datasetId,
    storedAt: record.storedAt,
    shown: { header: { version, updated }, eventCount: shown.eventCount },
  };
}

/** The stored copy changed (or went) since the page released its records. */
export class StoredCopyChanged extends Error {}

/**
 * The events of `chunks` of a stored copy, by chunk number, read in one transaction. Rejects
 * with StoredCopyChanged when the copy was replaced or deleted since it was found.
 */
export async function readChunks(
  db: ParleyDb,
  copy: StoredCopy,
  chunks: readonly number[],
): Promise<Map<number, ChronologyEvent[]>> {
  return db.transaction('r', db.datasets, db.eventChunks, async () => {
    const record = await db.datasets.get(copy.datasetId);
    if (record?.storedAt !== copy.storedAt || !holdsShownDataset(record, copy.shown)) {
      throw new StoredCopyChanged(
        record
          ? 'This dataset was replaced by a newer copy since the page opened. Reload the page to see it.'
          : 'This dataset was deleted from this browser since the page opened. Reload the page.',
      );
    }
    const rows = await db.eventChunks.bulkGet(chunks.map((chunk) => [copy.datasetId, chunk]));
    const out = new Map<number, ChronologyEvent[]>();
    rows.forEach((row, i) => {
      if (row) out.set(chunks[i] as number, row.events);
    });
    return out;
  });
}

/** What the page shows, as the release reads it (AppState). */
export interface ReleasingPage {
  readonly prepared: PreparedChronology | null;
  readonly bodies: EventBodies;
  /** The list's events, first card first, and the open event. */
  readonly inView: readonly EventView[];
  readonly selected: EventView | null;
  /** Builds the columns and their search text, which read the records. */
  prepareForFiltering(): void;
}

/** Events at the top of the list whose records stay in memory when the others are released. */
const KEPT_ON_SCREEN = 300;

/**
 * Once the browser is idle, releases the records of `prepared` (the dataset the page showed
 * when it was stored) if the page still shows it and the stored copy of `datasetId` is that
 * dataset, and says whether it did. The columns are built first, from the records. The
 * records of the list's first cards and the open event stay, so what is showing keeps its
 * content; every other record is read back from the stored copy when asked for.
 */
export async function releaseWhenIdle(
  page: ReleasingPage,
  prepared: PreparedChronology,
  db: ParleyDb,
  datasetId: string,
  /** Events per stored chunk: CHUNK_SIZE, from the caller, which has ./db.ts loaded already. */
  chunkSize: number,
): Promise<boolean> {
  await idle();
  if (page.prepared !== prepared) return false;
  // The page's bodies belong to its prepared chronology: both are set when a dataset is shown.
  const bodies = page.bodies;
  page.prepareForFiltering();
  let copy: StoredCopy | undefined;
  try {
    copy = await findStoredCopy(db, datasetId, {
      header: prepared.chronology,
      eventCount: prepared.events.length,
    });
  } catch {
    // Storage that cannot be read now: the records simply stay in memory.
  }
  if (!copy || page.prepared !== prepared) return false;
  const stored = new StoredBodies(
    prepared,
    (chunks) => readChunks(db, copy, chunks),
    chunkSize,
    () => bodies.changed(),
  );
  const onScreen = [...page.inView.slice(0, KEPT_ON_SCREEN), page.selected];
  for (const view of onScreen) {
    const body = view && inMemoryBody(view);
    if (body) stored.keep(body);
  }
  releaseBodies(prepared);
  bodies.stored = stored;
  return true;
}
