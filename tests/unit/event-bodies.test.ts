// Reading events' records back from IndexedDB once the page has released them
// (src/lib/db/event-bodies.ts, src/lib/view/stored-bodies.ts, src/lib/view/event-bodies.svelte.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { CHUNK_SIZE, createDb, DB_NAME, type ParleyDb } from '../../src/lib/db/db';
import { CURATED_ID, deleteDataset, saveDataset } from '../../src/lib/db/datasets';
import { replaceCurated } from '../../src/lib/db/curated-history';
import {
  findStoredCopy,
  readChunks,
  releaseWhenIdle,
  type ReleasingPage,
} from '../../src/lib/db/event-bodies';
import {
  prepareChronology,
  type EventView,
  type PreparedChronology,
} from '../../src/lib/model/prepare';
import type { Chronology, ChronologyEvent } from '../../src/lib/model/types';
import { EventBodies } from '../../src/lib/view/event-bodies.svelte';

const small: Chronology = JSON.parse(readFileSync('tests/fixtures/small.json', 'utf8'));

/** A chronology of `count` events, in file order, spread over several stored chunks. */
function many(count: number, version = '1'): Chronology {
  const events: ChronologyEvent[] = Array.from({ length: count }, (_, i) => ({
    id: `e${i}`,
    title: `Event ${i}`,
    // Not in file order on the axis: the prepared views are sorted, the chunks are not.
    start: `20${10 + (i % 13)}-0${1 + (i % 9)}-1${i % 10}`,
    summary: `Summary ${i} of version ${version}`,
    sources: [{ url: `https://example.org/${i}` }],
  }));
  return { title: 'Many', version, events };
}

/** A page showing `chronology` as AppState does, for releaseWhenIdle. */
function pageShowing(
  chronology: Chronology,
  onScreen: (views: EventView[]) => EventView[] = () => [],
) {
  const prepared = prepareChronology(chronology);
  let built = 0;
  const page: ReleasingPage & { built: () => number } = {
    prepared: prepared as PreparedChronology,
    bodies: new EventBodies(),
    inView: onScreen(prepared.events),
    selected: null,
    prepareForFiltering: () => void built++,
    built: () => built,
  };
  return { page, prepared };
}

function byId(prepared: PreparedChronology, id: string): EventView {
  const view = prepared.byId.get(id);
  if (!view) throw new Error(`no ${id}`);
  return view;
}

/** The record `bodies` gives for `view` once its read has finished. */
async function settled(bodies: EventBodies, view: EventView) {
  bodies.get(view);
  await vi.waitFor(() => expect(bodies.get(view).status).not.toBe('loading'));
  return bodies.get(view);
}

let db: ParleyDb;
beforeEach(async () => {
  await Dexie.delete(DB_NAME);
  db = createDb();
  await db.open();
});
afterEach(() => db.close());

describe('the stored copy of the dataset on screen', () => {
  it('is found when it holds the same number of events, version and date', async () => {
    await saveDataset(db, 'url:a', 'url', small, 'a');
    const shown = { header: small, eventCount: small.events.length };
    const copy = await findStoredCopy(db, 'url:a', shown);
    expect(copy).toMatchObject({ datasetId: 'url:a' });
    // It keeps the fields it compares, never the chronology it was given.
    expect(JSON.stringify(copy)).not.toContain('They met and talked');
  });

  it('is not found when nothing is stored, or another version is', async () => {
    const shown = { header: small, eventCount: small.events.length };
    expect(await findStoredCopy(db, 'url:a', shown)).toBeUndefined();
    await saveDataset(db, 'url:a', 'url', { ...small, version: '1.9.0' }, 'a');
    expect(await findStoredCopy(db, 'url:a', shown)).toBeUndefined();
    const fewer = { ...small, events: small.events.slice(1) };
    await saveDataset(db, 'url:a', 'url', fewer, 'a');
    expect(await findStoredCopy(db, 'url:a', shown)).toBeUndefined();
  });

  it('reads its chunks, and refuses once the copy was replaced or deleted', async () => {
    const data = many(2500);
    await saveDataset(db, 'url:m', 'url', data, 'm');
    const copy = await findStoredCopy(db, 'url:m', { header: data, eventCount: 2500 });
    const chunks = await readChunks(db, copy!, [0, 2]);
    expect([...chunks.keys()]).toEqual([0, 2]);
    expect(chunks.get(2)?.[0]?.id).toBe('e2000');

    await saveDataset(db, 'url:m', 'url', many(2500, '2'), 'm');
    await expect(readChunks(db, copy!, [0])).rejects.toThrow('replaced by a newer copy');
    await deleteDataset(db, 'url:m');
    await expect(readChunks(db, copy!, [0])).rejects.toThrow('deleted from this browser');
  });
});

describe('releasing the records of a stored dataset', () => {
  it('builds the columns first, then reads each record back from its chunk when asked', async () => {
    const data = many(2500);
    await saveDataset(db, 'url:m', 'url', data, 'm');
    const { page, prepared } = pageShowing(data);
    expect(await releaseWhenIdle(page, prepared, db, 'url:m', CHUNK_SIZE)).toBe(true);
    expect(page.built()).toBe(1);
    expect(page.bodies.stored).toBeDefined();

    // Only the chart's fields stay in memory, and the chronology keeps no events.
    const view = byId(prepared, 'e2345');
    expect(view.event).toEqual({
      id: 'e2345',
      title: 'Event 2345',
      start: data.events[2345]!.start,
    });
    expect('events' in prepared.chronology).toBe(false);
    expect(prepared.chronology.title).toBe('Many');

    expect(page.bodies.get(view)).toEqual({ status: 'loading' });
    const body = await settled(page.bodies, view);
    expect(body.status).toBe('ready');
    if (body.status !== 'ready') return;
    expect(body.view.event.summary).toBe('Summary 2345 of version 1');
    expect(body.view.sources.map((s) => s.source.url)).toEqual(['https://example.org/2345']);
    // Dates and position come with it.
    expect(body.view.start).toEqual(view.start);
    expect(body.view.index).toBe(2345);
  });

  it('keeps the marks’ "sources disagree" answer, worked out while the records were here', async () => {
    await saveDataset(db, 'url:a', 'url', small, 'a');
    const { page, prepared } = pageShowing(small);
    const before = prepared.events.map((v) => v.disagrees);
    await releaseWhenIdle(page, prepared, db, 'url:a', CHUNK_SIZE);
    expect(prepared.events.map((v) => v.disagrees)).toEqual(before);
    expect(before).toContain(true);
  });

  it('keeps the records of what is on screen, and reads the rest', async () => {
    await saveDataset(db, 'url:a', 'url', small, 'a');
    const { page, prepared } = pageShowing(small, (views) => views.slice(0, 1));
    const shown = prepared.events[0]!;
    const other = prepared.events[1]!;
    await releaseWhenIdle(page, prepared, db, 'url:a', CHUNK_SIZE);
    // Ready at once, without a read.
    expect(page.bodies.get(shown).status).toBe('ready');
    expect(page.bodies.get(other).status).toBe('loading');
    expect((await settled(page.bodies, other)).status).toBe('ready');
  });

  it('reads every record of a selection for exports, in the selection’s order', async () => {
    const data = many(2100);
    await saveDataset(db, 'url:m', 'url', data, 'm');
    const { page, prepared } = pageShowing(data);
    const selection = [byId(prepared, 'e2050'), byId(prepared, 'e3'), byId(prepared, 'e1500')];
    const before = await page.bodies.records(selection);
    await releaseWhenIdle(page, prepared, db, 'url:m', CHUNK_SIZE);
    const after = await page.bodies.records(selection);
    expect(after.map((e) => e.id)).toEqual(['e2050', 'e3', 'e1500']);
    expect(after).toEqual(before);
  });

  it('does not release a dataset whose stored copy is not the one on screen', async () => {
    // A failed save left nothing…
    const nothing = pageShowing(small);
    expect(await releaseWhenIdle(nothing.page, nothing.prepared, db, 'url:a', CHUNK_SIZE)).toBe(
      false,
    );
    // …or an older version is stored under the same id.
    await saveDataset(db, 'url:a', 'url', { ...small, version: '1.0.0' }, 'a');
    const older = pageShowing(small);
    expect(await releaseWhenIdle(older.page, older.prepared, db, 'url:a', CHUNK_SIZE)).toBe(false);
    for (const { page, prepared } of [nothing, older]) {
      expect(page.bodies.stored).toBeUndefined();
      const body = page.bodies.get(prepared.events[0]!);
      expect(body.status === 'ready' && body.view.event.summary).toBe('They met and talked.');
    }
  });

  it('does not release a dataset the page no longer shows', async () => {
    await saveDataset(db, 'url:a', 'url', small, 'a');
    const { page, prepared } = pageShowing(small);
    // Another dataset was shown meanwhile.
    const moved = { ...page, prepared: prepareChronology(small) };
    expect(await releaseWhenIdle(moved, prepared, db, 'url:a', CHUNK_SIZE)).toBe(false);
    expect(prepared.events[0]!.event).toHaveProperty('summary');
  });

  it('a newer curated version never lends its records to the older one’s views', async () => {
    const v1 = many(30, '1');
    const v2 = many(30, '2');
    await saveDataset(db, CURATED_ID, 'curated', v1);
    const first = pageShowing(v1);
    await releaseWhenIdle(first.page, first.prepared, db, CURATED_ID, CHUNK_SIZE);

    // The update replaces the stored chunks while version 1 is still on screen.
    await replaceCurated(db, v2);
    const stale = await settled(first.page.bodies, byId(first.prepared, 'e7'));
    expect(stale).toEqual({
      status: 'failed',
      message: expect.stringContaining('replaced by a newer copy') as string,
    });

    // Shown, version 2 has views of its own, released against its own copy.
    const second = pageShowing(v2);
    expect(await releaseWhenIdle(second.page, second.prepared, db, CURATED_ID, CHUNK_SIZE)).toBe(
      true,
    );
    const fresh = await settled(second.page.bodies, byId(second.prepared, 'e7'));
    expect(fresh.status === 'ready' && fresh.view.event.summary).toBe('Summary 7 of version 2');
  });

  it('a record that is not the event its view names fails with a message, never shows', async () => {
    await saveDataset(db, 'url:a', 'url', small, 'a');
    const { page, prepared } = pageShowing(small);
    await releaseWhenIdle(page, prepared, db, 'url:a', CHUNK_SIZE);
    // Same version, count and write time, different events: written behind the app's back.
    const chunk = await db.eventChunks.get(['url:a', 0]);
    await db.eventChunks.put({ ...chunk!, events: [...chunk!.events].reverse() });
    const body = await settled(page.bodies, prepared.events[0]!);
    expect(body.status).toBe('failed');
  });
});
