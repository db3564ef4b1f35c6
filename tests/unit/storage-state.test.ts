import { describe, expect, it } from 'vitest';
import { StorageState } from '../../src/lib/app/storage-state.svelte';

describe('the storage footer’s state', () => {
  it('keeps “Keep my data”’s answer when a read begun before it comes back after it', async () => {
    let persisted = false;
    let releaseSlowRead: () => void = () => {};
    const slowRead = new Promise<void>((resolve) => (releaseSlowRead = resolve));
    let reads = 0;
    const storage = {
      estimate: async () => ({ usage: 1000, quota: 10_000 }),
      persisted: async () => {
        const answer = persisted;
        // The first read (the page's refresh) is slow, as on a busy page.
        if (++reads === 1) await slowRead;
        return answer;
      },
      persist: async () => {
        persisted = true;
        return true;
      },
    };
    const state = new StorageState(storage);
    const refresh = state.refresh();
    await state.ask();
    expect(state.status?.persisted).toBe(true);
    releaseSlowRead();
    await refresh;
    expect(state.status?.persisted).toBe(true);
  });

  it('keeps the answer when a read begins while the browser is being asked, and comes back after', async () => {
    let persisted = false;
    let releaseAsk: () => void = () => {};
    const slowAsk = new Promise<void>((resolve) => (releaseAsk = resolve));
    const storage = {
      estimate: async () => ({ usage: 1000, quota: 10_000 }),
      persisted: async () => persisted,
      persist: async () => {
        await slowAsk;
        persisted = true;
        return true;
      },
    };
    const state = new StorageState(storage);
    const asking = state.ask();
    // The dataset list changes while the browser is asked: the footer reads again, sees "not
    // yet", and is slower to answer than the browser.
    let releaseRead: () => void = () => {};
    const readHeld = new Promise<void>((resolve) => (releaseRead = resolve));
    const original = storage.persisted;
    let held = false;
    storage.persisted = async () => {
      const answer = await original();
      // Only the refresh's read is slow; the ask's own reading of the answer is not.
      if (!held) {
        held = true;
        await readHeld;
      }
      return answer;
    };
    const refresh = state.refresh();
    releaseAsk();
    await asking;
    expect(state.status?.persisted).toBe(true);
    releaseRead();
    await refresh;
    expect(state.status?.persisted).toBe(true);
  });
});
