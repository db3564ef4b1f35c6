import { describe, expect, it } from 'vitest';
import { UpdateState, type RegisterHooks } from '../../src/lib/app/update-state.svelte';

/** A stand-in for vite-plugin-pwa's registerSW: the test plays the service worker's part. */
function fakeWorker(activate: () => Promise<void> = async () => {}) {
  let hooks: RegisterHooks | undefined;
  const calls: (boolean | undefined)[] = [];
  const state = new UpdateState();
  state.start((given) => {
    hooks = given;
    return async (reloadPage) => {
      calls.push(reloadPage);
      await activate();
    };
  });
  if (!hooks) throw new Error('register was not called');
  return { state, hooks, calls };
}

describe('UpdateState', () => {
  it('says nothing until the worker reports something', () => {
    const { state } = fakeWorker();
    expect(state.needRefresh).toBe(false);
    expect(state.offlineReady).toBe(false);
  });

  it('says once that Parley works offline, until dismissed', () => {
    const { state, hooks } = fakeWorker();
    hooks.onOfflineReady();
    expect(state.offlineReady).toBe(true);
    state.dismissOffline();
    expect(state.offlineReady).toBe(false);
  });

  it('offers "Reload to update" when a new version waits, and it replaces the offline note', () => {
    const { state, hooks } = fakeWorker();
    hooks.onOfflineReady();
    hooks.onNeedRefresh();
    expect(state.needRefresh).toBe(true);
    expect(state.offlineReady).toBe(false);
    // A late "offline ready" does not hide the update behind it.
    hooks.onOfflineReady();
    expect(state.offlineReady).toBe(false);
  });

  it('activates the waiting version on "Reload to update", once however often it is clicked', async () => {
    const { state, hooks, calls } = fakeWorker();
    hooks.onNeedRefresh();
    const first = state.update();
    expect(state.updating).toBe(true);
    await Promise.all([first, state.update()]);
    expect(calls).toEqual([true]);
  });

  it('does nothing on update when no version is waiting', async () => {
    const { state, calls } = fakeWorker();
    await state.update();
    expect(calls).toEqual([]);
    expect(state.updating).toBe(false);
  });

  it('says why an update failed and lets the reader try again', async () => {
    let fail = true;
    const { state, hooks, calls } = fakeWorker(async () => {
      if (fail) throw new Error('the new version could not start');
    });
    hooks.onNeedRefresh();
    await state.update();
    expect(state.problem).toBe('the new version could not start');
    expect(state.updating).toBe(false);
    expect(state.needRefresh).toBe(true);
    fail = false;
    await state.update();
    expect(state.problem).toBeUndefined();
    expect(calls).toHaveLength(2);
  });

  it('"Not now" hides the prompt without activating anything', () => {
    const { state, hooks, calls } = fakeWorker();
    hooks.onNeedRefresh();
    state.later();
    expect(state.needRefresh).toBe(false);
    expect(calls).toEqual([]);
  });

  it('keeps a registration failure out of the reader’s way', () => {
    const { state, hooks } = fakeWorker();
    hooks.onRegisterError(new Error('SecurityError: workers are disabled'));
    expect(state.registerError).toBe('SecurityError: workers are disabled');
    expect(state.needRefresh).toBe(false);
    expect(state.offlineReady).toBe(false);
    expect(state.problem).toBeUndefined();
  });
});
