import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CURATED_FILE, listItem, storedDatasetIds, waitForApp } from './helpers';

const curatedVersion: string = JSON.parse(readFileSync('data/chronology.json', 'utf8')).version;

const MOVED = 'witkoff-putin-2025-08-06';
const REMOVED = 'witkoff-putin-2025-04-11';
const ADDED = 'later-round';

/** The curated file as the next release: one date moved, one event added, one removed. */
async function serveNextRelease(page: Page, released: Promise<void>) {
  await page.route(CURATED_FILE, async (route) => {
    const response = await route.fetch();
    const data = await response.json();
    data.version = '99.0.0';
    data.events = data.events.filter((e: { id: string }) => e.id !== REMOVED);
    // A story may not tell of an event the release no longer has: its curator drops the step.
    for (const story of data.stories ?? [])
      story.steps = story.steps.filter((step: { event?: string }) => step.event !== REMOVED);
    data.events.find((e: { id: string }) => e.id === MOVED).start = '2025-08-07';
    data.events.push({
      id: ADDED,
      title: 'A later round, added by the update',
      start: '2026-04-01',
      sources: ['S1'],
    });
    // Held until the test has seen the stored copy on screen.
    await released;
    await route.fulfill({ response, json: data });
  });
}

/** The version whose changes the reader acknowledged, read straight from IndexedDB. */
async function seenVersion(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('parley');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const get = db.transaction('meta').objectStore('meta').get('curatedChangesSeen');
          get.onsuccess = () => {
            db.close();
            resolve(get.result?.value);
          };
        };
      }),
  );
}

const ids = (page: Page, change: string) =>
  page
    .getByTestId('what-changed')
    .locator(`li[data-change="${change}"]`)
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-event-id')));

/**
 * A first visit stores the curated version; the next visit shows that stored copy at once,
 * then the next release (moved date, new event, removed event) arrives in the background.
 */
async function visitThenUpdate(page: Page) {
  await page.goto('/');
  await waitForApp(page);
  await expect.poll(() => storedDatasetIds(page)).toContain('curated');
  await expect(page.getByTestId('what-changed')).toHaveCount(0);

  let release = () => {};
  await serveNextRelease(page, new Promise((resolve) => (release = resolve)));
  await page.reload();
  await waitForApp(page);
  // The stored copy is on screen before the update has arrived.
  await expect(listItem(page, REMOVED)).toBeVisible();
  await expect(page.getByTestId('what-changed')).toHaveCount(0);
  release();
}

test('after a curated update, the reader sees what changed since the last visit, linked to the timeline', async ({
  page,
}) => {
  await visitThenUpdate(page);

  const panel = page.getByTestId('what-changed');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
    `What changed since your last visit (version ${curatedVersion} → 99.0.0)`,
  );
  expect(await ids(page, 'added')).toEqual([ADDED]);
  expect(await ids(page, 'changed')).toEqual([MOVED]);
  expect(await ids(page, 'removed')).toEqual([REMOVED]);
  await expect(panel.locator(`li[data-event-id="${MOVED}"] .fields li`)).toHaveText([
    'Date: 6 Aug 2025 → 7 Aug 2025',
  ]);
  await expect(panel.locator(`li[data-event-id="${REMOVED}"]`)).toContainText('11 Apr 2025');
  await expect(listItem(page, REMOVED)).toHaveCount(0);
  expect(await storedDatasetIds(page)).toContain('curated@previous');

  // New and changed events open on the timeline; the panel stays until "Got it".
  await panel.getByRole('link', { name: 'A later round, added by the update' }).click();
  await expect(page).toHaveURL(new RegExp(`event=${ADDED}`));
  await expect(page.getByTestId('event-detail')).toContainText('A later round');
  // Opening the first event set the page moving (its detail loads, the chart glides to it): on
  // a slow machine a click can land while the link is still moving and miss it, as a reader's
  // would, so it is clicked again until the event opens (never more than the wait allows).
  await expect(async () => {
    await panel.locator(`li[data-event-id="${MOVED}"] a`).click();
    await expect(page).toHaveURL(new RegExp(`event=${MOVED}`), { timeout: 2000 });
  }).toPass();
  await expect(page.getByTestId('event-detail')).toContainText('7 Aug 2025');

  // A removed event opens in the kept earlier version, where it still exists.
  await panel.locator(`li[data-event-id="${REMOVED}"] a`).click();
  await waitForApp(page);
  await expect(page).toHaveURL(/dataset=curated%40previous/);
  await expect(page.getByTestId('event-detail')).toContainText('11 Apr 2025');
  await expect(page.locator('.dataset-meta')).toContainText('an earlier curated version');
  await expect(page.getByTestId('what-changed')).toHaveCount(0);
  await page.goBack();
  await waitForApp(page);

  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: 'Got it' }).click();
  await expect(panel).toHaveCount(0);
  await expect.poll(() => seenVersion(page)).toBe('99.0.0|' + (await updatedOf(page)));

  // The next visit does not repeat it, but it can still be opened from the header.
  await page.reload();
  await waitForApp(page);
  const reopen = page.getByTestId('show-changes');
  await expect(reopen).toHaveText('What changed in version 99.0.0');
  await expect(page.getByTestId('what-changed')).toHaveCount(0);
  await reopen.click();
  await expect(panel).toBeVisible();
  await expect(panel).toBeFocused();
  expect(await ids(page, 'added')).toEqual([ADDED]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the panel has no serious accessibility violation (${colorScheme} theme)`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await visitThenUpdate(page);
    await expect(page.getByTestId('what-changed')).toBeVisible();
    const results = await new AxeBuilder({ page })
      .include('[data-testid="what-changed"]')
      .analyze();
    const serious = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
}

/** The `updated` date of the version on screen, as the header shows it. */
async function updatedOf(page: Page): Promise<string> {
  return (await page.locator('.dataset-meta time').first().getAttribute('datetime')) ?? '';
}

test('a reader who stored the curated 1.0.1 sees the long history’s events as added, notes kept', async ({
  page,
}) => {
  const released = readFileSync('tests/fixtures/chronology-1.0.1.json', 'utf8');
  const nextVersion = JSON.parse(readFileSync('data/chronology.json', 'utf8'));
  // The first visit gets the 1.0.1 release, as a reader of the 2025 chronology did.
  await page.route(CURATED_FILE, (route) =>
    route.fulfill({ contentType: 'application/json', body: released }),
  );
  await page.goto('/?event=witkoff-putin-2025-02-11');
  await waitForApp(page);
  await expect.poll(() => storedDatasetIds(page)).toContain('curated');
  const note = page.getByTestId('event-note');
  await note.getByLabel('Note (kept in this browser only)').fill('Check the Fogel exchange');
  await note.getByLabel('Note (kept in this browser only)').blur();
  await expect(note.getByTestId('note-status')).toHaveText('Saved in this browser.');

  // The next visit gets the release that adds 2014–2024.
  await page.unroute(CURATED_FILE);
  await page.goto('/');
  await waitForApp(page);
  const panel = page.getByTestId('what-changed');
  // The new release is fetched in the background after the stored 1.0.1 is drawn, and it is
  // three times the size: give it longer than a click's default wait on a busy machine.
  await expect(panel).toBeVisible({ timeout: 20_000 });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
    `What changed since your last visit (version 1.0.1 → ${nextVersion.version})`,
  );
  const added = await ids(page, 'added');
  expect(added).toHaveLength(43 + 42 + 26);
  for (const id of [
    'package-of-measures-2015-02-12',
    'istanbul-ru-ua-2022-03-29',
    'istanbul-black-sea-grain-initiative-2022-07-22',
    'burgenstock-summit-2024-06-15_16',
  ])
    expect(added).toContain(id);
  expect(await ids(page, 'removed')).toEqual([]);
  // S16's fixed link, and (1.1.1) the notes reworded for readers.
  expect(await ids(page, 'changed')).toEqual([
    'witkoff-putin-2025-02-11',
    'witkoff-putin-2025-03-13',
    'witkoff-putin-2025-04-11',
    'witkoff-putin-2025-04-25',
    'witkoff-putin-2025-08-06',
    'florida-us-ukraine-2025-11-30',
    'florida-witkoff-umerov-2025-12-01',
    'witkoff-kushner-putin-2025-12-02',
  ]);

  // The reader's note on a 2025 event survives the upgrade.
  await page.goto('/?event=witkoff-putin-2025-02-11');
  await waitForApp(page);
  await expect(
    page.getByTestId('event-note').getByLabel('Note (kept in this browser only)'),
  ).toHaveValue('Check the Fogel exchange');
});
