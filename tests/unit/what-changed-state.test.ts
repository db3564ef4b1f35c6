import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { createDb, DB_NAME, type ParleyDb } from '../../src/lib/db/db';
import { CURATED_ID, saveDataset } from '../../src/lib/db/datasets';
import { replaceCurated } from '../../src/lib/db/curated-history';
import { linkToPrevious, WhatChangedState } from '../../src/lib/app/what-changed-state.svelte';
import type { Chronology } from '../../src/lib/model/types';

const small: Chronology = JSON.parse(readFileSync('tests/fixtures/small.json', 'utf8'));
const v1: Chronology = { ...small, version: '1.0.1' };
const v2: Chronology = {
  ...small,
  version: '1.0.2',
  events: [...small.events, { id: 'new', title: 'New', start: '2026-01-01' }],
};

let db: ParleyDb;
beforeEach(async () => {
  await Dexie.delete(DB_NAME);
  db = createDb();
  await db.open();
  await saveDataset(db, CURATED_ID, 'curated', v1);
});
afterEach(() => db.close());

describe('the "what changed" panel', () => {
  it('stays closed when no earlier version is kept', async () => {
    const changes = new WhatChangedState();
    await changes.load(db, v1);
    expect(changes.report).toBeNull();
    expect(changes.open).toBe(false);
  });

  it('opens after an update, and once "Got it" is said, only when asked', async () => {
    await replaceCurated(db, v2);
    const changes = new WhatChangedState();
    await changes.load(db, v2);
    expect(changes.open).toBe(true);
    expect(changes.report?.diff.added.map((e) => e.id)).toEqual(['new']);

    await changes.dismiss();
    expect(changes.open).toBe(false);
    const nextVisit = new WhatChangedState();
    await nextVisit.load(db, v2);
    expect(nextVisit.open).toBe(false);
    expect(nextVisit.report?.previous.version).toBe('1.0.1');
    nextVisit.show();
    expect(nextVisit.open).toBe(true);
    expect(nextVisit.focusOnOpen).toBe(true);
  });

  it('opens again on the next visit when it was not dismissed', async () => {
    await replaceCurated(db, v2);
    await new WhatChangedState().load(db, v2);
    const nextVisit = new WhatChangedState();
    await nextVisit.load(db, v2);
    expect(nextVisit.open).toBe(true);
  });

  it('closes when another dataset is opened, and a slower earlier load does not reopen it', async () => {
    await replaceCurated(db, v2);
    const changes = new WhatChangedState();
    const slow = changes.load(db, v2);
    changes.clear();
    await slow;
    expect(changes.report).toBeNull();
    expect(changes.open).toBe(false);
  });

  it('without storage says nothing', async () => {
    const changes = new WhatChangedState();
    await changes.load(null, v2);
    expect(changes.report).toBeNull();
  });

  it('links a removed event to the kept earlier version', () => {
    expect(linkToPrevious('a b')).toBe('?dataset=curated%40previous&event=a+b');
  });
});
