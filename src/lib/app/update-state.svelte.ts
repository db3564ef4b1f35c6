/**
 * What the reader is told about Parley's own code: "works offline now" once, and "a new
 * version is ready" when a newer service worker is waiting. The service worker is reached
 * through a `register` function (vite-plugin-pwa's `registerSW` in the app, a fake in tests).
 *
 * Updating never touches stored data. The service worker only swaps the cached app files
 * (HTML, JS, CSS, icons, the curated data file); IndexedDB is not in its reach. The new code
 * opens the same `parley` database, and Dexie's append-only schema versions (src/lib/db/db.ts)
 * migrate it in place on that first open, keeping every dataset, note and star.
 */

/** The part of vite-plugin-pwa's RegisterSWOptions this app uses. */
export interface RegisterHooks {
  onNeedRefresh: () => void;
  onOfflineReady: () => void;
  onRegisterError: (error: unknown) => void;
}

/** Registers the worker; the returned function activates a waiting one (and reloads). */
export type Register = (hooks: RegisterHooks) => (reloadPage?: boolean) => Promise<void>;

function message(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error);
}

export class UpdateState {
  /** A newer version is installed and waiting for the reader's "Reload to update". */
  needRefresh = $state(false);
  /** The app has just been cached for offline use; shown once, until dismissed. */
  offlineReady = $state(false);
  /** "Reload to update" was clicked: the page is about to reload. */
  updating = $state(false);
  /** Why "Reload to update" failed; shown in the banner, which stays so it can be tried again. */
  problem = $state<string | undefined>(undefined);
  /**
   * Why the worker could not be registered (e.g. a private window that refuses workers). Not
   * shown: the app works online exactly as before; only offline use is not offered.
   */
  registerError = $state<string | undefined>(undefined);

  private activate: ((reloadPage?: boolean) => Promise<void>) | undefined;

  start(register: Register): void {
    this.activate = register({
      onNeedRefresh: () => {
        this.needRefresh = true;
        // One message at a time: the update matters more than "offline ready".
        this.offlineReady = false;
      },
      onOfflineReady: () => {
        if (!this.needRefresh) this.offlineReady = true;
      },
      onRegisterError: (error) => {
        this.registerError = message(error);
      },
    });
  }

  /** Activates the waiting version; the page reloads when it takes control. */
  async update(): Promise<void> {
    if (!this.activate || !this.needRefresh || this.updating) return;
    this.updating = true;
    this.problem = undefined;
    try {
      await this.activate(true);
    } catch (error) {
      this.updating = false;
      this.problem = message(error);
    }
  }

  /** "Not now": the waiting version stays and is used after the next full close. */
  later(): void {
    this.needRefresh = false;
  }

  dismissOffline(): void {
    this.offlineReady = false;
  }
}
