import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { createDb, DB_NAME, type ParleyDb } from '../../src/lib/db/db';
import { CURATED_ID, listDatasets, readDataset, saveDataset } from '../../src/lib/db/datasets';
import {
  changesSeen,
  markChangesSeen,
  PREVIOUS_CURATED_ID,
  readPreviousCurated,
  replaceCurated,
} from '../../src/lib/db/curated-history';
import { loadCurated } from '../../src/lib/app/load';
import type { Chronology } from '../../src/lib/model/types';
import { parseChronology } from '../../src/lib/io/parse-chronology';

const small: Chronology = JSON.parse(readFileSync('tests/fixtures/small.json', 'utf8'));

function release(version: string, extraEvents = 0): Chronology {
  const events = [...small.events];
  for (let i = 0; i < extraEvents; i++) {
    events.push({ id: `extra-${version}-${i}`, title: `Added in ${version}`, start: '2026-01-01' });
  }
  return { ...small, title: 'Test talks', version, events };
}

let db: ParleyDb;
beforeEach(async () => {
  await Dexie.delete(DB_NAME);
  db = createDb();
  await db.open();
});
afterEach(() => db.close());

async function storedVersions() {
  return {
    curated: (await readDataset(db, CURATED_ID))?.version,
    previous: (await readPreviousCurated(db))?.version,
  };
}

describe('a newer curated version keeps the one it replaces', () => {
  it('on the first update, the stored version is kept as the previous one, named by its version', async () => {
    await saveDataset(db, CURATED_ID, 'curated', release('1.0.1'));
    await replaceCurated(db, release('1.0.2', 1));

    expect(await storedVersions()).toEqual({ curated: '1.0.2', previous: '1.0.1' });
    expect(await readPreviousCurated(db)).toEqual({
      ...release('1.0.1'),
      title: 'Test talks (version 1.0.1)',
    });
    const previous = (await listDatasets(db)).find((d) => d.id === PREVIOUS_CURATED_ID);
    expect(previous).toMatchObject({ origin: 'curated', title: 'Test talks (version 1.0.1)' });
  });

  it('with nothing stored yet, there is no previous version', async () => {
    await replaceCurated(db, release('1.0.2'));
    expect(await storedVersions()).toEqual({ curated: '1.0.2', previous: undefined });
  });

  it('keeps only one earlier version: after "Got it", the next update replaces it', async () => {
    await saveDataset(db, CURATED_ID, 'curated', release('1.0.1'));
    await replaceCurated(db, release('1.0.2', 1));
    await markChangesSeen(db, release('1.0.2'));
    await replaceCurated(db, release('1.0.3', 2));

    expect(await storedVersions()).toEqual({ curated: '1.0.3', previous: '1.0.2' });
    expect((await listDatasets(db)).map((d) => d.id).sort()).toEqual([
      CURATED_ID,
      PREVIOUS_CURATED_ID,
    ]);
    // Chunks of the replaced previous version are gone too, not left behind.
    const chunkOwners = new Set((await db.eventChunks.toArray()).map((c) => c.datasetId));
    expect([...chunkOwners].sort()).toEqual([CURATED_ID, PREVIOUS_CURATED_ID]);
  });

  it('two updates before the reader looked: the version they last saw stays the baseline', async () => {
    await saveDataset(db, CURATED_ID, 'curated', release('1.0.1'));
    await replaceCurated(db, release('1.0.2', 1));
    await replaceCurated(db, release('1.0.3', 2));
    expect(await storedVersions()).toEqual({ curated: '1.0.3', previous: '1.0.1' });
  });

  it('remembers which version’s changes the reader acknowledged', async () => {
    expect(await changesSeen(db, release('1.0.2'))).toBe(false);
    await markChangesSeen(db, release('1.0.2'));
    expect(await changesSeen(db, release('1.0.2'))).toBe(true);
    expect(await changesSeen(db, release('1.0.3'))).toBe(false);
  });

  it('is all or nothing: a write failing half-way leaves both versions as they were', async () => {
    await saveDataset(db, CURATED_ID, 'curated', release('1.0.1'));
    await replaceCurated(db, release('1.0.2', 1));
    await markChangesSeen(db, release('1.0.2'));
    const before = {
      datasets: await db.datasets.toArray(),
      chunks: await db.eventChunks.toArray(),
    };
    let written = 0;
    // The previous copy is written first; fail on the new version's chunk, as a full disk would.
    db.eventChunks.hook('creating', () => {
      written++;
      if (written === 2) throw new DOMException('quota', 'QuotaExceededError');
    });
    await expect(replaceCurated(db, release('1.0.3', 2))).rejects.toThrow();
    expect({
      datasets: await db.datasets.toArray(),
      chunks: await db.eventChunks.toArray(),
    }).toEqual(before);
  });
});

describe('the background update check', () => {
  it('stores a newer curated file and keeps the version it replaced', async () => {
    await saveDataset(db, CURATED_ID, 'curated', release('1.0.1'));
    const loaded = await loadCurated(
      { db },
      {
        curatedUrl: 'https://parley.test/chronology.json',
        openDb: async () => db,
        fetchChronology: async (_url, name) =>
          parseChronology(JSON.stringify(release('1.0.2', 1)), name),
      },
    );
    expect(loaded.chronology.version).toBe('1.0.1');
    expect((await loaded.update)?.chronology.version).toBe('1.0.2');
    expect(await storedVersions()).toEqual({ curated: '1.0.2', previous: '1.0.1' });
  });
});
