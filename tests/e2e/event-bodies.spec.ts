import { expect, test, type Page } from '@playwright/test';
import { listItem, serveJson, waitForApp } from './helpers';
import { test as released } from './released-data';

// Once a dataset is shown, stored and its columns built, the app lets go of its events' whole
// records and reads them back from IndexedDB as the list and the detail show them. The page
// says where records come from in `data-bodies` on <main>: "memory", then "stored".

const DATA = 'https://data.test/bodies.json';
const DATASET_ID = `url:${DATA}`;
const chronology = {
  title: 'Records test',
  version: '1',
  sources: [
    {
      id: 'S1',
      publisher: 'Example News',
      title: 'The early article',
      url: 'https://example.org/a',
    },
  ],
  events: [
    {
      id: 'early',
      title: 'Early meeting',
      start: '2020-03-04',
      summary: 'The summary as downloaded.',
      sources: ['S1'],
    },
    { id: 'late-1', title: 'Late meeting one', start: '2025-02-11', summary: 'Late one met.' },
    { id: 'late-2', title: 'Late meeting two', start: '2025-02-20', summary: 'Late two met.' },
  ],
};
// Opens on February 2025: the early meeting is not on screen when the records are released.
const OPENING = `/?data=${encodeURIComponent(DATA)}&from=2025-02-01&to=2025-03-01`;

/** Changes the early meeting's stored summary, behind the app's back. */
async function rewriteStoredSummary(page: Page, summary: string): Promise<void> {
  await page.evaluate(
    ({ id, summary }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('parley');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const store = db.transaction('eventChunks', 'readwrite').objectStore('eventChunks');
          const get = store.get([id, 0]);
          get.onsuccess = () => {
            const chunk = get.result as { events: { id: string; summary?: string }[] };
            const early = chunk.events.find((event) => event.id === 'early');
            if (early) early.summary = summary;
            const put = store.put(chunk);
            put.onsuccess = () => {
              db.close();
              resolve();
            };
            put.onerror = () => reject(put.error);
          };
        };
      }),
    { id: DATASET_ID, summary },
  );
}

test('once stored, the list and the detail read events’ records back from IndexedDB', async ({
  page,
}) => {
  await page.route(DATA, serveJson(JSON.stringify(chronology)));
  await page.goto(OPENING);
  await waitForApp(page);
  await expect(page.locator('main')).toHaveAttribute('data-bodies', 'stored');
  // The cards on screen kept their records.
  await expect(listItem(page, 'late-1')).toContainText('Late one met.');

  // What IndexedDB holds now differs from what was downloaded: what shows can only come from it.
  await rewriteStoredSummary(page, 'The summary as stored in this browser.');
  await page.getByRole('button', { name: 'Show all' }).click();
  const early = listItem(page, 'early');
  await expect(early).toContainText('The summary as stored in this browser.');
  await expect(early.getByRole('link', { name: /Example News/ })).toHaveAttribute(
    'href',
    'https://example.org/a',
  );

  await early.locator('h4 a').click();
  const detail = page.getByTestId('event-detail');
  await expect(detail).toContainText('The summary as stored in this browser.');
  await expect(detail.locator('.detail-sources')).toContainText('The early article');
  await expect(detail).not.toContainText('The summary as downloaded.');
  await expect(page.getByTestId('body-failed')).toHaveCount(0);
});

test('a dataset that could not be stored keeps its records in memory, and shows them whole', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get: () => undefined });
  });
  await page.route(DATA, serveJson(JSON.stringify(chronology)));
  await page.goto(OPENING);
  await waitForApp(page);
  await expect(page.getByTestId('storage-warning')).toContainText('nothing will be saved');
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(listItem(page, 'early')).toContainText('The summary as downloaded.');
  await listItem(page, 'early').locator('h4 a').click();
  const detail = page.getByTestId('event-detail');
  await expect(detail).toContainText('The summary as downloaded.');
  await expect(detail.locator('.detail-sources')).toContainText('The early article');
  await expect(page.locator('main')).toHaveAttribute('data-bodies', 'memory');
});

released(
  'the curated chronology is released on a first visit, and when read back on the next',
  async ({ page }) => {
    const main = page.locator('main');
    await page.goto('/');
    await waitForApp(page);
    await expect(main).toHaveAttribute('data-bodies', 'stored');
    await page.reload();
    await waitForApp(page);
    await expect(main).toHaveAttribute('data-bodies', 'stored');
    await expect(listItem(page, 'witkoff-kushner-putin-2025-12-02')).toContainText(
      'revised US framework',
    );
    await listItem(page, 'witkoff-putin-2025-02-11').locator('h4 a').click();
    await expect(page.getByTestId('event-detail')).toContainText('Marc Fogel');
  },
);
