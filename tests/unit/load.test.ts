import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { createDb, DB_NAME, type ParleyDb } from '../../src/lib/db/db';
import {
  CURATED_ID,
  listDatasets,
  readDataset,
  saveDataset,
  urlDatasetId,
} from '../../src/lib/db/datasets';
import { LoadError } from '../../src/lib/io/fetch-text';
import {
  loadCurated,
  loadFromUrl,
  loadStored,
  openStorage,
  resolveDataUrl,
  type LoadDeps,
  type Storage,
} from '../../src/lib/app/load';
import type { Chronology } from '../../src/lib/model/types';
import { parseChronology } from '../../src/lib/io/parse-chronology';

const small: Chronology = JSON.parse(readFileSync('tests/fixtures/small.json', 'utf8'));
const CURATED_URL = 'https://parley.test/chronology.json';

/** A web of files by URL; a missing URL fails as an offline network would. */
function deps(files: Record<string, string>, db: ParleyDb | null): LoadDeps {
  return {
    curatedUrl: CURATED_URL,
    openDb: async () => {
      if (!db) throw Object.assign(new Error('no IndexedDB'), { name: 'MissingAPIError' });
      return db;
    },
    fetchChronology: async (url, name) => {
      const text = files[url];
      if (text === undefined)
        throw new LoadError(`Could not download ${url}: offline.`, { kind: 'download' });
      return parseChronology(text, name);
    },
  };
}

const json = (value: unknown) => JSON.stringify(value);

let db: ParleyDb;

/** A first visit: download, show, then store. */
async function firstVisit(): Promise<void> {
  const loaded = await loadCurated(storage, deps({ [CURATED_URL]: json(small) }, db));
  await loaded.persist?.();
}
let storage: Storage;
beforeEach(async () => {
  await Dexie.delete(DB_NAME);
  db = createDb();
  await db.open();
  storage = { db };
});
afterEach(() => db.close());

describe('the curated chronology', () => {
  it('is stored on the first visit, once the caller has drawn it', async () => {
    const loaded = await loadCurated(storage, deps({ [CURATED_URL]: json(small) }, db));
    expect(loaded.chronology.title).toBe('Test talks');
    expect(await readDataset(db, CURATED_ID)).toBeUndefined();
    expect(await loaded.persist?.()).toBeUndefined();
    expect(await readDataset(db, CURATED_ID)).toEqual(small);
  });

  it('comes from IndexedDB when the file cannot be fetched', async () => {
    await firstVisit();
    const loaded = await loadCurated(storage, deps({}, db));
    expect(loaded.chronology).toEqual(small);
    expect(loaded.notices).toEqual([]);
    expect(await loaded.update).toBeUndefined();
  });

  it('is shown from IndexedDB without waiting for the network', async () => {
    await firstVisit();
    const hanging: LoadDeps = { ...deps({}, db), fetchChronology: () => new Promise(() => {}) };
    const loaded = await loadCurated(storage, hanging);
    expect(loaded.chronology).toEqual(small);
  });

  it('is drawn from the file while another tab holds storage (a big import), and stored when it is free', async () => {
    await firstVisit();
    // Another tab's long import: a read-write transaction on the same tables, kept open.
    let holding = true;
    const held = db.transaction('rw', db.datasets, db.eventChunks, async () => {
      while (holding) await db.datasets.get('nothing');
    });
    const newer = { ...small, version: '9.9.9', title: 'Newer talks' };
    const started = Date.now();
    const loaded = await loadCurated(storage, deps({ [CURATED_URL]: json(newer) }, db), 50);
    expect(loaded.chronology.title).toBe('Newer talks');
    expect(Date.now() - started).toBeLessThan(5000);
    // Stored once the other tab is done: as a newer version, the one it replaces kept.
    const persisted = loaded.persist?.();
    holding = false;
    await held;
    expect(await persisted).toBeUndefined();
    expect((await readDataset(db, CURATED_ID))?.version).toBe('9.9.9');
    expect((await readDataset(db, 'curated@previous'))?.version).toBe(small.version);
  });

  it('waits for storage after all when the file cannot be fetched either', async () => {
    await firstVisit();
    let holding = true;
    const held = db.transaction('rw', db.datasets, db.eventChunks, async () => {
      while (holding) await db.datasets.get('nothing');
    });
    const loading = loadCurated(storage, deps({}, db), 50);
    setTimeout(() => (holding = false), 200);
    await held;
    expect((await loading).chronology).toEqual(small);
  });

  it('is replaced by a newer version, with a notice, keeping user notes', async () => {
    await firstVisit();
    await db.notes.put({
      datasetId: CURATED_ID,
      eventId: 'range',
      text: 'mine',
      starred: false,
      updatedAt: '',
    });
    const newer = { ...small, version: '2.1.0', updated: '2025-10-01' };
    const loaded = await loadCurated(storage, deps({ [CURATED_URL]: json(newer) }, db));
    expect(loaded.chronology.version).toBe('2.0.0');
    const update = await loaded.update;
    expect(update?.chronology.version).toBe('2.1.0');
    expect(update?.notices[0]).toContain('updated to version 2.1.0');
    expect((await readDataset(db, CURATED_ID))?.version).toBe('2.1.0');
    expect(await db.notes.count()).toBe(1);
  });

  it('is not downgraded by an older file', async () => {
    await saveDataset(db, CURATED_ID, 'curated', { ...small, version: '3.0.0' });
    const loaded = await loadCurated(storage, deps({ [CURATED_URL]: json(small) }, db));
    expect(loaded.chronology.version).toBe('3.0.0');
    expect(await loaded.update).toBeUndefined();
    expect((await readDataset(db, CURATED_ID))?.version).toBe('3.0.0');
  });

  it('shows from memory when IndexedDB is unavailable, and says nothing will be saved', async () => {
    const noDb = deps({ [CURATED_URL]: json(small) }, null);
    const none = await openStorage(noDb.openDb);
    expect(none.db).toBeNull();
    expect(none.problem).toContain('nothing will be saved');
    expect(none.problem).toContain('IndexedDB is not available');
    const loaded = await loadCurated(none, noDb);
    expect(loaded.chronology.title).toBe('Test talks');
  });

  it('fails with the reason when neither the file nor a stored copy exists', async () => {
    await expect(loadCurated(storage, deps({}, db))).rejects.toThrow('Could not download');
  });

  it('still shows when saving fails (a full disk), and says it was not saved', async () => {
    const full = createDb();
    await full.open();
    full.eventChunks.add = () => {
      throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    };
    const loaded = await loadCurated({ db: full }, deps({ [CURATED_URL]: json(small) }, full));
    expect(loaded.chronology.title).toBe('Test talks');
    expect(await loaded.persist?.()).toContain('the storage quota is full');
    expect(await readDataset(db, CURATED_ID)).toBeUndefined();
    full.close();
  });
});

describe('?data=<url>', () => {
  const url = 'https://data.test/mine.json';
  const page = 'https://parley.test/?data=x';

  it('loads, validates and stores a good file as its own dataset', async () => {
    const loaded = await loadFromUrl(url, storage, deps({ [url]: json(small) }, db), page);
    expect(loaded.datasetId).toBe(urlDatasetId(url));
    await loaded.persist?.();
    expect(await readDataset(db, urlDatasetId(url))).toEqual(small);
  });

  it('refuses a broken file, naming the first problems, and stores nothing', async () => {
    const broken = {
      events: [{ id: 'a', title: '<script>alert(1)</script>', start: '2025-13-40' }],
    };
    const error = await loadFromUrl(url, storage, deps({ [url]: json(broken) }, db), page).then(
      () => undefined,
      (e: unknown) => e,
    );
    if (!(error instanceof LoadError)) throw new Error('expected a LoadError');

    expect(error.problems.join('\n')).toContain('events[0].title: contains markup');
    expect(error.problems.join('\n')).toContain('events[0].start: "2025-13-40" is not a date');
    expect(await listDatasets(db)).toEqual([]);
  });

  it('falls back to the stored copy when the file cannot be downloaded', async () => {
    await (await loadFromUrl(url, storage, deps({ [url]: json(small) }, db), page)).persist?.();
    const loaded = await loadFromUrl(url, storage, deps({}, db), page);
    expect(loaded.chronology).toEqual(small);
    expect(loaded.notices[0]).toMatch(/Showing the copy saved on \d{4}-\d{2}-\d{2}/);
  });

  it('resolves a relative link against the page', () => {
    expect(resolveDataUrl('data/x.json', 'https://parley.test/app/?data=data/x.json')).toBe(
      'https://parley.test/app/data/x.json',
    );
  });

  it.each(['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd'])(
    'refuses a %s link',
    (link) => {
      expect(() => resolveDataUrl(link, page)).toThrow('must start with http:// or https://');
    },
  );
});

describe('a stored dataset by id (?dataset=)', () => {
  it('opens an imported dataset from this browser', async () => {
    await saveDataset(db, 'file:abc', 'file', small, { fileName: 'talks.json' });
    const loaded = await loadStored(storage, 'file:abc');
    expect(loaded.datasetId).toBe('file:abc');
    expect(loaded.chronology).toEqual(small);
  });

  it('says an import lives in the browser it was made in when the id is not here', async () => {
    await expect(loadStored(storage, 'file:elsewhere')).rejects.toThrow(
      /no dataset "file:elsewhere" in this browser.*imported on/,
    );
  });

  it('says storage is not available when there is no database', async () => {
    await expect(loadStored({ db: null }, 'file:abc')).rejects.toThrow(/storage is not available/);
  });
});
