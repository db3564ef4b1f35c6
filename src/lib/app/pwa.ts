/**
 * The real service worker registration (vite-plugin-pwa's virtual module), kept apart from
 * UpdateState so the state can be tested without a browser or a build. Registration waits for
 * the first view to be drawn (`firstView`), then for the page's load event and a moment of
 * idle, so caching the app never competes with the first draw; so does fetching its code,
 * which is then not part of the first load (src/lib/app/lazy.ts). Waiting for the load event
 * and idle alone was not enough: with a big linked dataset still downloading the page is idle
 * between chunks, and the worker's install (every file of the app fetched and cached) then
 * shared the machine with parsing the data. At 100,000 events on two cores it started 0.76 s
 * after navigation in one of two runs, and that run drew at 4.0 s instead of 2.2 s.
 */
import { pageLoaded } from './lazy';
import type { Register } from './update-state.svelte';

export const registerServiceWorkerAfter =
  (firstView: Promise<void>): Register =>
  (hooks) => {
    const activating = firstView.then(pageLoaded).then(async () => {
      const { registerSW } = await import('virtual:pwa-register');
      return registerSW({
        immediate: false,
        ...hooks,
        // The plugin reloads only when the page had a worker at load time; a tab that was the
        // first visit would wait forever on "Updating…". The reload below covers both cases.
        onNeedReload: () => {},
      });
    });
    // Without its code there is no worker: say so as a registration error would.
    activating.catch(hooks.onRegisterError);
    return async (reloadPage) => {
      // Reload once the waiting version has taken over, so the page runs the code it caches.
      navigator.serviceWorker?.addEventListener(
        'controllerchange',
        () => window.location.reload(),
        {
          once: true,
        },
      );
      const activate = await activating;
      await activate(reloadPage);
    };
  };
