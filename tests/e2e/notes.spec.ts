import { expect, test, type Page } from '@playwright/test';
import { CURATED_FILE, listItem, mark, storedDatasetIds, waitForApp } from './helpers';

const EVENT = 'istanbul-direct-2025-05-16';
const OTHER = 'witkoff-putin-2025-04-25';

/** Open an event, type a note, and wait until the detail says it is stored. */
async function writeNote(page: Page, id: string, text: string): Promise<void> {
  await page.goto(`/?event=${id}`);
  await waitForApp(page);
  const note = page.getByTestId('event-note');
  await note.getByLabel('Note (kept in this browser only)').fill(text);
  // Leaving the field saves at once (typing alone saves after a pause).
  await note.getByLabel('Note (kept in this browser only)').blur();
  await expect(note.getByTestId('note-status')).toHaveText('Saved in this browser.');
}

test('a note and a star survive a reload, show in the list and on the timeline', async ({
  page,
}) => {
  await writeNote(page, EVENT, 'Ask about the prisoner lists\nsecond line');
  const note = page.getByTestId('event-note');
  const star = note.getByRole('button', { name: 'Star this event' });
  await expect(star).toHaveAttribute('aria-pressed', 'false');
  await star.click();
  await expect(star).toHaveAttribute('aria-pressed', 'true');
  await expect(note.getByTestId('note-status')).toHaveText('Saved in this browser.');

  await page.reload();
  await waitForApp(page);
  await expect(note.getByLabel('Note (kept in this browser only)')).toHaveValue(
    'Ask about the prisoner lists\nsecond line',
  );
  await expect(note.getByRole('button', { name: 'Star this event' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.getByRole('button', { name: '← All events' }).click();
  const item = listItem(page, EVENT);
  await expect(item.getByTestId('starred-mark')).toBeVisible();
  await expect(item.getByTestId('note-line')).toHaveText(
    /Your note:\s+Ask about the prisoner lists$/,
  );
  await expect(listItem(page, OTHER).getByTestId('starred-mark')).toHaveCount(0);
  await expect(mark(page, EVENT).locator('.star-ring')).toHaveCount(1);
  await expect(mark(page, OTHER).locator('.star-ring')).toHaveCount(0);
});

test('a note is saved after a pause in typing, without leaving the field', async ({ page }) => {
  await page.goto(`/?event=${OTHER}`);
  await waitForApp(page);
  const field = page.getByLabel('Note (kept in this browser only)');
  await field.pressSequentially('typed, then left alone');
  await expect(field).toBeFocused();
  await expect(page.getByTestId('note-status')).toHaveText('Saved in this browser.');
  await page.reload();
  await waitForApp(page);
  await expect(field).toHaveValue('typed, then left alone');
});

test('"Starred only" shows just the starred events and is kept in the URL', async ({ page }) => {
  await page.goto(`/?event=${EVENT}`);
  await waitForApp(page);
  await page.getByRole('button', { name: 'Star this event' }).click();
  await expect(page.getByTestId('note-status')).toHaveText('Saved in this browser.');
  await page.getByRole('button', { name: '← All events' }).click();

  const timeline = page.getByTestId('timeline');
  const total = Number(await timeline.getAttribute('data-events'));
  expect(total).toBeGreaterThan(1);
  await page.getByLabel('Starred only').check();
  await expect(page).toHaveURL(/[?&]starred=1/);
  await expect(timeline).toHaveAttribute('data-events', '1');
  await expect(page.locator('#events article[data-event-id]')).toHaveCount(1);
  await expect(listItem(page, EVENT)).toBeVisible();

  await page.reload();
  await waitForApp(page);
  await expect(page.getByLabel('Starred only')).toBeChecked();
  await expect(timeline).toHaveAttribute('data-events', '1');
  await page.getByLabel('Starred only').uncheck();
  await expect(timeline).toHaveAttribute('data-events', String(total));
});

test('search finds words in the reader’s own note', async ({ page }) => {
  await writeNote(page, OTHER, 'Compare with the Zürich memo');
  await page.getByRole('button', { name: '← All events' }).click();
  await page.getByTestId('filter-search').fill('zurich memo');
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-events', '1');
  await expect(listItem(page, OTHER)).toBeVisible();
});

test('a note with markup shows as text and never runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const text = '<script>alert(1)</script><img src=x onerror="alert(2)">';
  await writeNote(page, EVENT, text);
  await page.reload();
  await waitForApp(page);
  await expect(page.getByLabel('Note (kept in this browser only)')).toHaveValue(text);
  await page.getByRole('button', { name: '← All events' }).click();
  const line = listItem(page, EVENT).getByTestId('note-line');
  await expect(line).toContainText('<script>alert(1)</script>');
  await expect(line.locator('script, img')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('a note on a full disk stays on the page and says it was not saved', async ({ page }) => {
  await page.addInitScript(() => {
    // A full disk, for the notes table only: the dataset itself stores fine.
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args) {
      if (this.name === 'notes') throw new DOMException('The quota is full.', 'QuotaExceededError');
      return put.apply(this, args as Parameters<typeof put>);
    };
  });
  await page.goto(`/?event=${EVENT}`);
  await waitForApp(page);
  const field = page.getByLabel('Note (kept in this browser only)');
  await field.fill('words that must not be lost');
  await field.blur();
  const status = page.getByTestId('note-status');
  await expect(status).toContainText('Not saved: the storage quota is full');
  await expect(field).toHaveValue('words that must not be lost');
  await expect(
    page.getByRole('status').filter({ hasText: 'A note could not be saved' }),
  ).toBeVisible();
  // The star is kept on the page too, and the list still shows the note.
  await page.getByRole('button', { name: 'Star this event' }).click();
  await expect(page.getByRole('button', { name: 'Star this event' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByRole('button', { name: '← All events' }).click();
  await expect(listItem(page, EVENT).getByTestId('note-line')).toContainText('words that must');
});

test('notes survive a newer curated version, even on an event it removed', async ({ page }) => {
  await writeNote(page, EVENT, 'kept through the update');
  await writeNote(page, OTHER, 'on an event the update removes');
  await expect.poll(() => storedDatasetIds(page)).toContain('curated');

  await page.route(CURATED_FILE, async (route) => {
    const response = await route.fetch();
    const data = await response.json();
    data.version = '99.0.0';
    data.events = data.events.filter((e: { id: string }) => e.id !== OTHER);
    // A story may not tell of an event the release no longer has: its curator drops the step.
    for (const story of data.stories ?? [])
      story.steps = story.steps.filter((step: { event?: string }) => step.event !== OTHER);
    await route.fulfill({ response, json: data });
  });
  await page.goto(`/?event=${EVENT}`);
  await expect(
    page.getByRole('status').filter({ hasText: 'updated to version 99.0.0' }),
  ).toBeVisible();
  await expect(page.getByLabel('Note (kept in this browser only)')).toHaveValue(
    'kept through the update',
  );
  // The removed event's note is still stored, for when it comes back or is looked for.
  const stored = await page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('parley');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction('notes').objectStore('notes').getAll();
          all.onsuccess = () => {
            request.result.close();
            resolve(all.result.map((n: { text: string }) => n.text).sort());
          };
        };
      }),
  );
  expect(stored).toEqual(['kept through the update', 'on an event the update removes']);
});

test('a note and a star made in one tab show in another tab without a reload', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await waitForApp(page);
  await expect(listItem(page, EVENT)).toBeVisible();
  const other = await context.newPage();
  await writeNote(other, EVENT, 'Written in the other tab');
  await other.getByTestId('event-note').getByRole('button', { name: 'Star this event' }).click();
  await expect(other.getByTestId('note-status')).toHaveText('Saved in this browser.');

  const item = listItem(page, EVENT);
  await expect(item.getByTestId('starred-mark')).toBeVisible();
  await expect(item.getByTestId('note-line')).toHaveText(/Your note:\s+Written in the other tab$/);
  await expect(mark(page, EVENT).locator('.star-ring')).toHaveCount(1);
  await other.close();
});
