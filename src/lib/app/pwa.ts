/**
 * The real service worker registration (vite-plugin-pwa's virtual module), kept apart from
 * UpdateState so the state can be tested without a browser or a build. Registration waits for
 * the page's load event, so caching the app never competes with the first paint; so does
 * fetching its code, which is then not part of the first load (src/lib/app/lazy.ts).
 */
import { pageLoaded } from './lazy';
import type { Register } from './update-state.svelte';

export const registerServiceWorker: Register = (hooks) => {
  const activating = pageLoaded().then(async () => {
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
    navigator.serviceWorker?.addEventListener('controllerchange', () => window.location.reload(), {
      once: true,
    });
    const activate = await activating;
    await activate(reloadPage);
  };
};
