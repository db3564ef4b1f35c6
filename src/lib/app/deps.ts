/** The real browser dependencies of the loader (tests pass their own). */
import curatedUrl from '../../../data/chronology.json?url';
import { createDb, type ParleyDb } from '../db/db';
import { downloadChronology } from '../io/download-chronology';
import { fetchWithEarlyData } from '../io/early-data';
import { mark, type LoadDeps } from './load';

/** An upgrade blocked by another tab would otherwise leave the page waiting forever. */
const OPEN_TIMEOUT_MS = 5000;
/**
 * Once IndexedDB says the upgrade is blocked (an older tab did not let go), wait only this
 * long: a tab of this version lets go at once, so a longer wait only delays the page.
 */
const BLOCKED_GRACE_MS = 1000;
const HELD_ELSEWHERE = 'another Parley tab is holding the database; close it and reload';

async function openDb(): Promise<ParleyDb> {
  const db = createDb();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(HELD_ELSEWHERE)), OPEN_TIMEOUT_MS);
    db.on('blocked', () => {
      clearTimeout(timer);
      timer = setTimeout(() => reject(new Error(HELD_ELSEWHERE)), BLOCKED_GRACE_MS);
    });
  });
  try {
    await Promise.race([db.open(), timeout]);
    return db;
  } catch (error) {
    db.close();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

export const browserDeps: LoadDeps = {
  openDb,
  fetchChronology: (url, name) =>
    downloadChronology(url, name, {
      fetchImpl: fetchWithEarlyData(window),
      onDownloaded: () => mark('parley-downloaded'),
    }),
  curatedUrl,
};
