/**
 * The curated chronology's history on this device: the version a newer one replaced is kept
 * (one only, so storage does not grow with every release), and the version whose changes the
 * reader has acknowledged is remembered, so "what changed since your last visit" is shown once.
 */
import { CURATED_ID, readDataset, saveDataset } from './datasets';
import type { ParleyDb } from './db';
import type { Chronology } from '../model/types';
import type { Versioned } from '../model/version';
import { releaseLabel } from '../format/release';

/** The kept earlier curated version, a dataset like any other (origin 'curated'). */
export const PREVIOUS_CURATED_ID = 'curated@previous';

/** `meta` key: the curated version whose changes the reader has acknowledged ("Got it"). */
const SEEN_KEY = 'curatedChangesSeen';

/** What identifies a release: its version, and its date for files that have no version. */
export function releaseKey(chronology: Versioned): string {
  return `${chronology.version ?? ''}|${chronology.updated ?? ''}`;
}

/**
 * Store a newer curated version, keeping the one it replaces as PREVIOUS_CURATED_ID, in one
 * transaction: a failed write leaves both as they were.
 *
 * The kept version is the baseline of the reader's "since your last visit": when the stored
 * version's changes were never acknowledged, the older kept one stays, so two releases in a row
 * still show everything that changed since the version the reader last looked at.
 */
export async function replaceCurated(db: ParleyDb, next: Chronology): Promise<void> {
  await db.transaction('rw', [db.datasets, db.eventChunks, db.besideColumns, db.meta], async () => {
    const current = await readDataset(db, CURATED_ID);
    const hasPrevious = (await db.datasets.get(PREVIOUS_CURATED_ID)) !== undefined;
    const seen = (await db.meta.get(SEEN_KEY))?.value;
    const unacknowledged = hasPrevious && current && seen !== releaseKey(current);
    if (current && !unacknowledged) {
      const title = `${current.title ?? 'The curated chronology'} (${releaseLabel(current)})`;
      await saveDataset(db, PREVIOUS_CURATED_ID, 'curated', { ...current, title });
    }
    await saveDataset(db, CURATED_ID, 'curated', next);
  });
}

/** The kept earlier version, if any. */
export async function readPreviousCurated(db: ParleyDb): Promise<Chronology | undefined> {
  return readDataset(db, PREVIOUS_CURATED_ID);
}

/** Whether the reader has acknowledged the changes that led to `current`. */
export async function changesSeen(db: ParleyDb, current: Versioned): Promise<boolean> {
  return (await db.meta.get(SEEN_KEY))?.value === releaseKey(current);
}

export async function markChangesSeen(db: ParleyDb, current: Versioned): Promise<void> {
  await db.meta.put({ key: SEEN_KEY, value: releaseKey(current) });
}
