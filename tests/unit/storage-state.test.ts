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
});
