/**
 * Features that load on first use. The page's first load carries only what draws the
 * chronology; a dialog, a menu or a view that waits for the reader is fetched with `import()`
 * when it is first needed, and kept for every later use. The budgets this keeps (app ≤ 110 KB,
 * embed ≤ 70 KB gzipped at first) are checked by `npm run bench` (scripts/bench/size.mjs).
 *
 * The pattern, for every view added later:
 *
 *     <script lang="ts" module>
 *       const importDialog = lazy(() => import('./ImportDialog.svelte'));
 *     </script>
 *     …
 *     <Lazy feature={importDialog} name="the import dialog">
 *       {#snippet children(ImportDialog)}<ImportDialog … />{/snippet}
 *     </Lazy>
 *
 * `Lazy.svelte` shows "Loading …" while the code arrives and, if it cannot (the network went
 * away before the service worker had cached it), a clear error with "Try again"; `overlay`
 * shows those over the page (dialogs), `quiet` shows neither (a status line), `afterLoad`
 * waits for the page's load event and a moment of idle (`pageLoaded`). Where callers should
 * not change, a small component of the old name wraps the new one in `<Lazy>`
 * (ExportMenu.svelte, EventDetail.svelte). A feature a
 * page will surely show can start its fetch early with `feature.load()` (the embed's cards);
 * a function needs no component: `await import('…')` where it runs (ChartImageExport.svelte).
 *
 * The service worker precaches every built chunk (vite.config.ts), so after the first visit
 * these load offline like the rest of the app.
 */
import { whenIdle } from './idle';

/** A module fetched on first use: `load()` starts (or joins) the fetch. */
export interface LazyFeature<T> {
  /** The module's default export, once loaded (a component, usually); undefined before. */
  readonly loaded: T | undefined;
  /** The module's default export. Every call shares one fetch; after a failure, the next call
   * fetches again. */
  load(): Promise<T>;
}

/**
 * Wrap `() => import('./Feature.svelte')` so the fetch happens once, on first use.
 * `import()` must be written out at the call site (Vite splits a chunk for each literal path).
 */
export function lazy<T>(importer: () => Promise<{ default: T }>): LazyFeature<T> {
  let loaded: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    get loaded() {
      return loaded;
    },
    load() {
      pending ??= importer().then(
        (module) => (loaded = module.default),
        (error: unknown) => {
          // Forget the failure, so "Try again" fetches again rather than replaying it.
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
  };
}

/**
 * Resolves once the page has loaded (its `load` event) and then has a moment to spare: for
 * code nobody needs before the first paint (a status line, the service worker's registration).
 * A linked dataset is still downloading at the load event; run then, these took 25 ms of the
 * page's one thread in the middle of the first draw. Waiting for idle puts them after it, and
 * IDLE_WAIT_MS bounds the wait on a page that is never idle.
 */
export function pageLoaded(): Promise<void> {
  return new Promise((resolve) => {
    const spare = () => whenIdle(resolve, IDLE_WAIT_MS);
    if (document.readyState === 'complete') spare();
    else window.addEventListener('load', spare, { once: true });
  });
}

const IDLE_WAIT_MS = 2000;

/** What a reader is told when a feature's code could not be fetched. */
export function lazyFailure(name: string, error: unknown, online: boolean): string {
  const reason = !online
    ? 'This browser is offline, and this part of Parley was not saved for offline use yet.'
    : 'Its code could not be fetched; the connection may have dropped.';
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} could not be loaded. ${reason}${detail}`;
}
