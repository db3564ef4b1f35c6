/**
 * How the app gets its data, with every dependency passed in so tests can run it in Node:
 * - the curated chronology comes from IndexedDB when stored, and from the file otherwise; a
 *   newer file replaces the stored copy; with no file (offline, blocked) the stored copy serves;
 * - `?data=<url>` is downloaded, validated, stored beside the curated dataset, and shown;
 * - with no IndexedDB at all, everything still shows from memory and the user is told so.
 */
import {
  CURATED_ID,
  getDatasetRecord,
  readDataset,
  saveDataset,
  urlDatasetId,
} from '../db/datasets';
import { replaceCurated } from '../db/curated-history';
import type { ParleyDb } from '../db/db';
import { resolveDataUrl } from '../io/data-url';
import { conversionNotes, LoadError } from '../io/fetch-text';
import type { Chronology } from '../model/types';
import { isNewer } from '../model/version';

export interface LoadDeps {
  /** Opens (and upgrades) the database; rejects when IndexedDB is unavailable. */
  openDb: () => Promise<ParleyDb>;
  /**
   * Downloads, parses and validates a chronology (../io/download-chronology.ts); `name` is how
   * messages call it. Rejects with a LoadError that says what and where.
   */
  fetchChronology: (url: string, name: string) => Promise<Chronology>;
  /** Where the curated chronology file is served. */
  curatedUrl: string;
}

export interface Storage {
  db: ParleyDb | null;
  /** Why nothing will be saved, when that is so. */
  problem?: string;
}

export interface Loaded {
  chronology: Chronology;
  datasetId: string;
  notices: string[];
  /** When a stored copy was shown: resolves to a newer version once found and stored. */
  update?: Promise<Loaded | undefined>;
  /**
   * Stores what was downloaded. Left to the caller so a big dataset is drawn first and saved
   * after (cloning 100,000 events into IndexedDB takes the main thread for a while). Resolves to
   * a message when saving failed.
   */
  persist?: () => Promise<string | undefined>;
}

/** Stage marks for the benchmark (performance.getEntriesByType('mark')); no-ops elsewhere. */
export function mark(name: string): void {
  globalThis.performance?.mark?.(name);
}

export async function openStorage(openDb: LoadDeps['openDb']): Promise<Storage> {
  try {
    return { db: await openDb() };
  } catch (error) {
    return {
      db: null,
      problem: `This browser is not letting Parley store data (${describeStorageError(error)}). Everything works, but nothing will be saved: notes, imports and the offline copy are lost when you close the page.`,
    };
  }
}

export function describeStorageError(error: unknown): string {
  const name = (error as { name?: string } | null)?.name ?? '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError')
    return 'the storage quota is full';
  if (name === 'MissingAPIError') return 'IndexedDB is not available, as in some private windows';
  if (name === 'VersionError')
    return 'a newer version of Parley has changed the stored data; reload this tab';
  if (name === 'DatabaseClosedError' || name === 'OpenFailedError')
    return 'the database could not be opened';
  const message = (error as Error | null)?.message;
  return message ? message : 'storage error';
}

/** Write without failing the load: the data is on screen either way, the user is told if not saved. */
async function trySave(
  storage: Storage,
  id: string,
  origin: 'curated' | 'url',
  chronology: Chronology,
  url?: string,
): Promise<string | undefined> {
  if (!storage.db) return undefined;
  try {
    await saveDataset(storage.db, id, origin, chronology, url);
    return undefined;
  } catch (error) {
    return `Could not save "${chronology.title ?? id}" for offline use: ${describeStorageError(error)}. It is shown, but will have to be downloaded again.`;
  }
}

/** A newer curated version, keeping the one it replaces so the reader can see what changed. */
async function tryReplaceCurated(storage: Storage, next: Chronology): Promise<string | undefined> {
  if (!storage.db) return undefined;
  try {
    await replaceCurated(storage.db, next);
    return undefined;
  } catch (error) {
    return `Could not save "${next.title ?? CURATED_ID}" for offline use: ${describeStorageError(error)}. It is shown, but will have to be downloaded again.`;
  }
}

async function tryRead(storage: Storage, id: string): Promise<Chronology | undefined> {
  if (!storage.db) return undefined;
  try {
    return await readDataset(storage.db, id);
  } catch {
    return undefined;
  }
}

async function tryDownload(deps: LoadDeps, url: string, name: string) {
  try {
    const chronology = await deps.fetchChronology(url, name);
    mark('parley-validated');
    return { chronology };
  } catch (error) {
    if (error instanceof LoadError) return { error };
    return { error: new LoadError(`Could not load ${name}: ${(error as Error).message}`) };
  }
}

/**
 * How long the stored copy may take before the file is drawn instead. Reading it takes tens of
 * milliseconds; it takes longer only when another tab holds the tables, storing a big import in
 * one transaction (20 s for a million rows), and the page must not wait for that.
 */
export const STORAGE_WAIT_MS = 1500;

const BUSY = Symbol('storage busy');

/**
 * The stored copy, at once, when there is one: a later visit must not wait on the network. The
 * file is then checked in the background (`update`), and a newer version is stored and returned.
 * On a first visit the file is downloaded, stored in one transaction, and shown. When storage is
 * busy (another tab's big import), the file is shown, and stored, if newer, once storage is free.
 */
export async function loadCurated(
  storage: Storage,
  deps: LoadDeps,
  waitMs = STORAGE_WAIT_MS,
): Promise<Loaded> {
  const reading = tryRead(storage, CURATED_ID);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stored = await Promise.race([
    reading,
    new Promise<typeof BUSY>((resolve) => (timer = setTimeout(() => resolve(BUSY), waitMs))),
  ]).finally(() => clearTimeout(timer));
  if (stored === BUSY) return loadCuratedWhileBusy(storage, deps, reading);
  if (stored) {
    return {
      chronology: stored,
      datasetId: CURATED_ID,
      notices: [],
      update: checkForUpdate(storage, deps, stored),
    };
  }
  const downloaded = await tryDownload(deps, deps.curatedUrl, CURATED_NAME);
  const chronology = downloaded.chronology;
  if (!chronology) throw downloaded.error;
  return {
    chronology,
    datasetId: CURATED_ID,
    notices: [],
    persist: () => trySave(storage, CURATED_ID, 'curated', chronology),
  };
}

/** The file drawn while the stored copy cannot be read yet; storage settled when it can. */
async function loadCuratedWhileBusy(
  storage: Storage,
  deps: LoadDeps,
  reading: Promise<Chronology | undefined>,
): Promise<Loaded> {
  const downloaded = await tryDownload(deps, deps.curatedUrl, CURATED_NAME);
  const chronology = downloaded.chronology;
  if (!chronology) {
    // No file either (offline without the service worker): the stored copy it is, when it comes.
    const stored = await reading;
    if (!stored) throw downloaded.error;
    return { chronology: stored, datasetId: CURATED_ID, notices: [] };
  }
  return {
    chronology,
    datasetId: CURATED_ID,
    notices: [],
    persist: async () => {
      const stored = await reading;
      if (!stored) return trySave(storage, CURATED_ID, 'curated', chronology);
      return isNewer(chronology, stored) ? tryReplaceCurated(storage, chronology) : undefined;
    },
  };
}

const CURATED_NAME = 'The curated chronology';

/** Never rejects: an unreachable or unchanged file simply means there is no update. */
async function checkForUpdate(
  storage: Storage,
  deps: LoadDeps,
  stored: Chronology,
): Promise<Loaded | undefined> {
  const downloaded = await tryDownload(deps, deps.curatedUrl, CURATED_NAME);
  const next = downloaded.chronology;
  if (!next || !isNewer(next, stored)) return undefined;
  const failed = await tryReplaceCurated(storage, next);
  const updated = `The curated chronology was updated to version ${next.version ?? '?'} (${next.updated ?? 'no date'}).`;
  return {
    chronology: next,
    datasetId: CURATED_ID,
    notices: failed ? [updated, failed] : [updated],
  };
}

/**
 * Loads `?data=<url>`. A broken or unreachable file throws a LoadError and stores nothing;
 * an unreachable one falls back to the copy stored from an earlier visit.
 */
export async function loadFromUrl(
  rawUrl: string,
  /** Storage may still be opening: the download does not wait for it. */
  storageReady: Storage | Promise<Storage>,
  deps: LoadDeps,
  base: string,
): Promise<Loaded> {
  const url = resolveDataUrl(rawUrl, base);
  const id = urlDatasetId(url);
  const downloaded = await tryDownload(deps, url, url);
  const chronology = downloaded.chronology;
  if (chronology) {
    return {
      chronology,
      datasetId: id,
      // A file in another format, converted: what the conversion changed or left out.
      notices: conversionNotes.get(chronology) ?? [],
      persist: async () => trySave(await storageReady, id, 'url', chronology, url),
    };
  }
  const error = downloaded.error;
  const storage = await storageReady;
  if (error.kind === 'download' && storage.db) {
    const stored = await tryRead(storage, id);
    const record = stored ? await getDatasetRecord(storage.db, id) : undefined;
    if (stored) {
      const when = record?.storedAt.slice(0, 10) ?? 'an earlier visit';
      return {
        chronology: stored,
        datasetId: id,
        notices: [`${error.message} Showing the copy saved on ${when}.`],
      };
    }
  }
  throw error;
}

/**
 * A dataset stored on this device (`?dataset=<id>`: an import, a `?data=` copy, the curated
 * one). Throws a LoadError that says why when it is not here: imports live in the browser
 * they were made in, so a shared `?dataset=` link cannot open on another device.
 */
export async function loadStored(storage: Storage, id: string): Promise<Loaded> {
  if (!storage.db) {
    throw new LoadError(
      `The dataset "${id}" is stored in this browser, but storage is not available here.`,
    );
  }
  let chronology: Chronology | undefined;
  try {
    chronology = await readDataset(storage.db, id);
  } catch (error) {
    throw new LoadError(`The dataset "${id}" could not be read: ${describeStorageError(error)}.`);
  }
  if (!chronology) {
    throw new LoadError(
      `There is no dataset "${id}" in this browser. Imported datasets stay on the device they were imported on; it may also have been deleted.`,
    );
  }
  return { chronology, datasetId: id, notices: [] };
}

// In its own module so the embed can check a link without this loader's database imports.
export { resolveDataUrl };
