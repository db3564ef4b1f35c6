import { type Page } from '@playwright/test';
import { expect, test } from './released-data';
import { readFileSync } from 'node:fs';
import { openChart, storedDatasetIds, storedKeys, waitForApp } from './helpers';

const small = readFileSync('tests/fixtures/small.json', 'utf8');

function timeline(page: Page) {
  return page.getByTestId('timeline');
}

/** Open the import dialog and hand it a file, as the file picker would. */
async function pickFile(page: Page, name: string, text: string, mimeType = 'application/json') {
  await page.getByTestId('open-import').click();
  await page.getByTestId('import-file').setInputFiles({
    name,
    mimeType,
    buffer: Buffer.from(text),
  });
}

async function openAndLoad(page: Page) {
  await openChart(page);
  // The curated chronology is stored after the first paint: wait for it.
  await expect.poll(() => storedDatasetIds(page)).toContain('curated');
}

test('an imported file is previewed, added as its own dataset, and still there after a reload', async ({
  page,
}) => {
  await openAndLoad(page);
  await pickFile(page, 'my-talks.json', small);
  const preview = page.getByTestId('import-preview');
  await expect(preview).toContainText('Parley JSON');
  await expect(page.getByTestId('import-summary')).toContainText('3 events');
  await expect(preview.getByRole('cell', { name: 'Envoy meets host' })).toBeVisible();
  // Nothing is written before the reader confirms.
  expect((await storedDatasetIds(page)).filter((id) => id.startsWith('file:'))).toEqual([]);

  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-dialog')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Test talks');
  await expect(timeline(page)).toHaveAttribute('data-events', '3');
  await expect(page).toHaveURL(/dataset=file%3A/);
  await expect(page.locator('.dataset-meta')).toContainText('imported from my-talks.json');

  await page.reload();
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Test talks');
  await expect(timeline(page)).toHaveAttribute('data-events', '3');
});

test('the dataset list shows each dataset with its source and size; rename, switch, delete', async ({
  page,
}) => {
  await openAndLoad(page);
  await pickFile(page, 'my-talks.json', small);
  await page.getByTestId('import-confirm').click();
  await expect(timeline(page)).toHaveAttribute('data-events', '3');

  await page.getByTestId('open-datasets').click();
  const manager = page.getByTestId('dataset-manager');
  const rows = manager.getByTestId('dataset-row');
  await expect(rows).toHaveCount(2);
  const curated = rows.first();
  await expect(curated).toContainText('Curated by Parley');
  await expect(curated).toContainText('47 events');
  const imported = rows.nth(1);
  await expect(imported).toContainText('Imported from my-talks.json');
  await expect(imported).toContainText('3 events');
  await expect(imported).toContainText(/\d+(\.\d)? kB/);

  await imported.getByRole('button', { name: 'Rename' }).click();
  await imported.getByLabel('New name').fill('Talks <b>notes</b>');
  await imported.getByRole('button', { name: 'Save' }).click();
  // Text stays text, in the list and in the page heading.
  await expect(imported.getByRole('heading')).toContainText('Talks <b>notes</b>');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Talks <b>notes</b>');

  await curated.getByRole('button', { name: 'Open' }).click();
  await expect(manager).toHaveCount(0);
  await expect(timeline(page)).toHaveAttribute('data-events', '47');
  await expect(page).not.toHaveURL(/dataset=/);

  await page.getByTestId('open-datasets').click();
  const row = page.getByTestId('dataset-row').nth(1);
  await row.getByRole('button', { name: 'Delete…' }).click();
  // Deleting asks first; keeping it changes nothing.
  await row.getByRole('button', { name: 'Keep it' }).click();
  expect((await storedDatasetIds(page)).some((id) => id.startsWith('file:'))).toBe(true);
  await row.getByRole('button', { name: 'Delete…' }).click();
  await row.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByTestId('dataset-row')).toHaveCount(1);
  expect((await storedDatasetIds(page)).some((id) => id.startsWith('file:'))).toBe(false);
});

test('a rejected import names its problems and leaves the database unchanged', async ({ page }) => {
  await openAndLoad(page);
  const before = await storedKeys(page);
  const broken = JSON.stringify({
    events: [
      { id: 'a', title: 'Fine', start: '2025-02-11' },
      { id: 'a', title: 'Duplicate', start: '2025-13-40' },
      { id: 'c', title: '<script>window.__ran = true</script>', start: '2025-03-01' },
    ],
  });
  await pickFile(page, 'broken.json', broken);
  const problems = page.getByTestId('import-problems');
  await expect(problems).toContainText('nothing can be imported');
  await expect(problems).toContainText('events[1]');
  await expect(page.getByTestId('import-confirm')).toBeDisabled();
  await page.getByRole('button', { name: 'Cancel' }).click();
  expect(await storedKeys(page)).toEqual(before);
  expect(await page.evaluate(() => (window as { __ran?: boolean }).__ran)).toBeUndefined();
});

test('a file dropped on the page opens the import preview', async ({ page }) => {
  await openAndLoad(page);
  const drop = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return data;
  }, small);
  await page.dispatchEvent('main', 'dragover', { dataTransfer: drop });
  await page.dispatchEvent('main', 'drop', { dataTransfer: drop });
  await expect(page.getByTestId('import-preview')).toContainText('dropped.json');
  await expect(page.getByTestId('import-summary')).toContainText('3 events');
});

test('a full disk during an import says so and leaves nothing half-written', async ({ page }) => {
  await openAndLoad(page);
  const before = await storedKeys(page);
  // The disk fills up on the third chunk of 1,000 events, after two were written in the same
  // transaction. (Chromium's DevTools quota override does not take effect in this headless
  // build, so the error is raised where IndexedDB would raise it: in the store's add().)
  await page.evaluate(() => {
    const add = IDBObjectStore.prototype.add;
    let chunks = 0;
    IDBObjectStore.prototype.add = function (...args: Parameters<typeof add>) {
      if (this.name === 'eventChunks' && ++chunks === 3) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return add.apply(this, args);
    };
  });
  const big = {
    title: 'Too big for the disk',
    events: Array.from({ length: 3000 }, (_, i) => ({
      id: `e${i}`,
      title: `Event number ${i}`,
      start: '2025-03-01',
    })),
  };
  await pickFile(page, 'big.json', JSON.stringify(big));
  await expect(page.getByTestId('import-summary')).toContainText('3,000 events');
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-dialog').getByRole('alert')).toContainText(
    'Nothing was imported: the storage quota is full',
  );
  expect(await storedKeys(page)).toEqual(before);
  // The open dataset is untouched.
  await expect(timeline(page)).toHaveAttribute('data-events', '47');
});

test('a second tab holding an older database: the page still shows the chronology and says why nothing is saved', async ({
  page,
  context,
}) => {
  // Another tab of an older Parley (schema version 2, which Dexie stores as 20) holds the
  // database open and ignores requests to close it.
  const older = await context.newPage();
  // A plain file of the same origin: the app itself must not run in this tab.
  await older.goto('/favicon.svg');
  await older.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('parley', 20);
        request.onupgradeneeded = () => {
          request.result.createObjectStore('datasets', { keyPath: 'id' });
        };
        request.onsuccess = () => {
          (window as { __held?: IDBDatabase }).__held = request.result;
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );
  await page.goto('/');
  await waitForApp(page);
  await expect(page.getByTestId('storage-warning')).toContainText(
    'another Parley tab is holding the database',
  );
  await expect(timeline(page)).toHaveAttribute('data-events', '47');
  await older.close();
});

test('a newer Parley upgrading the database in another tab: this tab says to reload', async ({
  page,
  context,
}) => {
  await openAndLoad(page);
  const newer = await context.newPage();
  await newer.goto('/favicon.svg');
  const opened = await newer.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('parley', 990);
        request.onsuccess = () => {
          const version = request.result.version;
          request.result.close();
          resolve(version);
        };
        request.onerror = () => reject(request.error);
      }),
  );
  // This tab let go of the database, so the upgrade was not blocked…
  expect(opened).toBe(990);
  // …and it tells the reader instead of failing silently on the next save.
  await expect(page.getByTestId('storage-warning')).toContainText('Reload this tab');
  await expect(timeline(page)).toHaveAttribute('data-events', '47');
});

test('two tabs importing at once both get complete datasets, and each tab’s list shows both', async ({
  page,
  context,
}) => {
  await openAndLoad(page);
  const other = await context.newPage();
  await other.goto('/');
  await waitForApp(other);
  const second = JSON.stringify({ ...JSON.parse(small), title: 'Second talks' });
  await pickFile(page, 'first.json', small);
  await pickFile(other, 'second.json', second);
  await Promise.all([
    page.getByTestId('import-confirm').click(),
    other.getByTestId('import-confirm').click(),
  ]);
  await expect(timeline(page)).toHaveAttribute('data-events', '3');
  await expect(timeline(other)).toHaveAttribute('data-events', '3');
  const ids = (await storedDatasetIds(page)).filter((id) => id.startsWith('file:'));
  expect(ids).toHaveLength(2);
  const chunks = (await storedKeys(page)).eventChunks ?? [];
  for (const id of ids) expect(chunks.filter((key) => key.includes(id))).toHaveLength(1);

  await page.getByTestId('open-datasets').click();
  await expect(page.getByTestId('dataset-row')).toHaveCount(3);
  await expect(page.getByTestId('dataset-manager')).toContainText('Second talks');
});

test('another tab’s import and delete show in this tab’s open list, and deleting the dataset on screen here is told', async ({
  page,
  context,
}) => {
  await openAndLoad(page);
  await pickFile(page, 'mine.json', small);
  await page.getByTestId('import-confirm').click();
  await expect(timeline(page)).toHaveAttribute('data-events', '3');
  await page.getByTestId('open-datasets').click();
  await expect(page.getByTestId('dataset-row')).toHaveCount(2);

  const other = await context.newPage();
  await other.goto('/');
  await waitForApp(other);
  const theirs = JSON.stringify({ ...JSON.parse(small), title: 'Their talks' });
  await pickFile(other, 'theirs.json', theirs);
  await other.getByTestId('import-confirm').click();
  await expect(timeline(other)).toHaveAttribute('data-events', '3');
  // This tab's list, open all along, follows without being reopened.
  await expect(page.getByTestId('dataset-row')).toHaveCount(3);
  await expect(page.getByTestId('dataset-manager')).toContainText('Their talks');
  await expect(page.getByRole('status').filter({ hasText: 'deleted in another tab' })).toHaveCount(
    0,
  );

  // The other tab deletes the dataset this tab shows: it stays on screen, and the reader is told.
  const mine = page.getByTestId('dataset-row').filter({ hasText: 'mine.json' });
  const mineId = await mine.getAttribute('data-dataset-id');
  await other.getByTestId('open-datasets').click();
  const row = other.locator(`[data-testid="dataset-row"][data-dataset-id="${mineId}"]`);
  await row.getByRole('button', { name: 'Delete…' }).click();
  await row.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByTestId('dataset-row')).toHaveCount(2);
  await expect(page.getByRole('status').filter({ hasText: 'deleted in another tab' })).toHaveCount(
    1,
  );
  await expect(timeline(page)).toHaveAttribute('data-events', '3');
  // The tab that deleted it is not told it was deleted elsewhere.
  await expect(other.getByRole('status').filter({ hasText: 'deleted in another tab' })).toHaveCount(
    0,
  );
  await other.close();
});
