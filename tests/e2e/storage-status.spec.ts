import { expect, test, type Page } from '@playwright/test';
import { storedDatasetIds, waitForApp } from './helpers';

/** Makes the browser answer "Keep my data" with `granted`, and count how often it is asked. */
async function browserWillAnswer(page: Page, granted: boolean): Promise<void> {
  await page.addInitScript((answer) => {
    let persisted = false;
    const w = window as unknown as { __asked: number };
    w.__asked = 0;
    navigator.storage.persisted = async () => persisted;
    navigator.storage.persist = async () => {
      w.__asked++;
      persisted = answer;
      return persisted;
    };
  }, granted);
}

const asked = (page: Page) =>
  page.evaluate(() => (window as unknown as { __asked: number }).__asked);

test('the footer says how much is stored and offers to keep it, without asking on load', async ({
  page,
}) => {
  await browserWillAnswer(page, true);
  await page.goto('/');
  await waitForApp(page);
  await expect.poll(() => storedDatasetIds(page)).toContain('curated');
  const status = page.getByTestId('storage-status');
  await expect(status).toContainText(/Storage: \d+(\.\d)? (kB|MB) used of \d+(\.\d)? (MB|GB|TB)/);
  await expect(status).toContainText('the browser may clear it when space runs low');
  expect(await asked(page)).toBe(0);

  await status.getByRole('button', { name: 'Keep my data' }).click();
  await expect(status).toContainText('kept until you clear it (persistent)');
  await expect(status.getByRole('button')).toHaveCount(0);
  expect(await asked(page)).toBe(1);
});

test('a browser that refuses to keep the data is reported as refusing', async ({ page }) => {
  await browserWillAnswer(page, false);
  await page.goto('/');
  await waitForApp(page);
  const status = page.getByTestId('storage-status');
  // The line loads after the page and redraws when its figures come; on a slow machine a click
  // landed as the button was drawn again and was lost, so it is clicked until the answer shows.
  await expect(async () => {
    await status.getByRole('button', { name: 'Keep my data' }).click();
    await expect(status).toContainText('the browser did not agree to keep it', { timeout: 2000 });
  }).toPass();
  await expect(status).toHaveAttribute('data-persisted', 'false');
});

test('a browser without a storage manager is told plainly', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'storage', { get: () => undefined });
  });
  await page.goto('/');
  await waitForApp(page);
  const status = page.getByTestId('storage-status');
  await expect(status).toContainText('usage not reported by this browser');
  await expect(status).toContainText('this browser cannot promise to keep it');
});
