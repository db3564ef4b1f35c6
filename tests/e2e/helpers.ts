import { expect, type Page, type Route } from '@playwright/test';

/** The curated chronology file as the build emits it (the name carries a content hash). */
export const CURATED_FILE = '**/assets/chronology-*.json';

/** Wait until the app has finished loading (list or error shown). */
export async function waitForApp(page: Page): Promise<void> {
  await expect(page.locator('main')).not.toHaveAttribute('data-phase', 'loading');
}

/** Open `url` and wait until the chart has drawn every event: how most tests begin. */
export async function openChart(page: Page, url = '/'): Promise<void> {
  await page.goto(url);
  await waitForApp(page);
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-ready', 'true');
}

/** Serve `body` at a cross-origin URL, as a researcher's own server would. */
export function serveJson(body: string, status = 200) {
  return (route: Route) =>
    route.fulfill({
      status,
      body,
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*' },
    });
}

/** Dataset ids stored in the browser's IndexedDB, read directly (not through the app). */
export async function storedDatasetIds(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('parley');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('datasets')) {
            db.close();
            resolve([]);
            return;
          }
          const keys = db.transaction('datasets').objectStore('datasets').getAllKeys();
          keys.onsuccess = () => {
            db.close();
            resolve(keys.result.map(String));
          };
        };
      }),
  );
}

/** An event's entry in the list (the timeline's marks carry the same data-event-id). */
export function listItem(page: Page, id: string) {
  return page.locator(`#events article[data-event-id="${id}"]`);
}

/** An event's mark in the timeline's SVG layer. */
export function mark(page: Page, id: string) {
  return page.locator(`[data-testid="timeline"] [data-event-id="${id}"]`);
}

/** Every stored record's key, per table, read directly: to prove a failed write changed nothing. */
export async function storedKeys(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, string[]>>((resolve, reject) => {
        const request = indexedDB.open('parley');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const names = Array.from(db.objectStoreNames);
          const out: Record<string, string[]> = {};
          if (names.length === 0) {
            db.close();
            resolve(out);
            return;
          }
          const tx = db.transaction(names);
          for (const name of names) {
            const keys = tx.objectStore(name).getAllKeys();
            keys.onsuccess = () => {
              out[name] = keys.result.map((key) => JSON.stringify(key)).sort();
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
        };
      }),
  );
}

/** A value's checkbox in the filter panel's group for `facet` ("kind", "channel", …). */
export function facetOption(page: Page, facet: string, label: RegExp) {
  return page.locator(`fieldset[data-facet="${facet}"]`).getByLabel(label);
}
