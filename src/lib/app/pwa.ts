/**
 * The real service worker registration (vite-plugin-pwa's virtual module), kept apart from
 * UpdateState so the state can be tested without a browser or a build.
 */
import { registerSW } from 'virtual:pwa-register';
import type { Register } from './update-state.svelte';

export const registerServiceWorker: Register = (hooks) => {
  const activate = registerSW({
    // Register once the page has loaded, so caching the app never competes with first paint.
    immediate: false,
    ...hooks,
    // The plugin reloads only when the page had a worker at load time; a tab that was the
    // first visit would wait forever on "Updating…". The reload below covers both cases.
    onNeedReload: () => {},
  });
  return async (reloadPage) => {
    // Reload once the waiting version has taken over, so the page runs the code it caches.
    navigator.serviceWorker?.addEventListener('controllerchange', () => window.location.reload(), {
      once: true,
    });
    await activate(reloadPage);
  };
};
