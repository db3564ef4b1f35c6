import { expect, test, type Page } from '@playwright/test';
import { storedKeys, waitForApp } from './helpers';

const FIXTURES = 'tests/fixtures/import';

async function importFixture(page: Page, file: string) {
  await page.goto('/');
  await waitForApp(page);
  await page.getByTestId('open-import').click();
  await page.getByTestId('import-file').setInputFiles(`${FIXTURES}/${file}`);
  return page.getByTestId('import-preview');
}

async function confirmAndShow(page: Page, events: number) {
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-events', String(events));
}

test('a Parley CSV file imports with its sources and semicolon lists', async ({ page }) => {
  const preview = await importFixture(page, 'talks.parley.csv');
  await expect(preview).toContainText('Parley CSV');
  await expect(page.getByTestId('import-summary')).toContainText('6 events');
  await confirmAndShow(page, 6);
  const first = page.locator('#events article[data-event-id]').first();
  // Its sources are links out (participants' names link to their person view, in the app).
  await expect(first.locator('.source-links').getByRole('link').first()).toHaveAttribute(
    'href',
    /^https?:\/\//,
  );
});

test('a TimelineJS spreadsheet (CSV) keeps year-only and year-month dates, Group becomes the lane and an era row an era', async ({
  page,
}) => {
  const preview = await importFixture(page, 'timelinejs-sheet.csv');
  await expect(preview).toContainText('TimelineJS spreadsheet (CSV)');
  await expect(page.getByTestId('import-summary')).toContainText('7 events');
  await expect(page.getByTestId('import-warnings')).toContainText(
    'HTML was turned into plain text',
  );
  await confirmAndShow(page, 7);
  // The sheet's era row is an era, drawn as a band over the axis.
  await expect(page.getByTestId('eras')).toContainText(
    'From the first Witkoff–Putin meeting to the Alaska summit',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'US–Russia–Ukraine peace talks, 2025–2026',
  );
  const lanes = await page.locator('.lane-label').allTextContents();
  expect(lanes.sort()).toEqual(['US–Russia', 'US–Russia–Ukraine']);
  const calls = page.locator('#events article', { hasText: 'Ten Trump–Putin phone calls' });
  await expect(calls).toContainText('month and day not known');
  // The script in the sheet's Text cell was removed, and never ran.
  await expect(calls).not.toContainText('alert');
  // With an era, the chart opens on it (February to August); the plan came in November.
  await page.getByRole('button', { name: 'Fit all' }).click();
  const plan = page.locator('#events article', { hasText: 'US 28-point peace plan' });
  await expect(plan).toContainText('day not known');
});

test('a TimelineJS JSON file imports with its title slide, groups and links as sources', async ({
  page,
}) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  const preview = await importFixture(page, 'timelinejs.json');
  await expect(preview).toContainText('TimelineJS JSON');
  await expect(page.getByTestId('import-warnings')).toContainText(
    'Links in the text became sources',
  );
  await confirmAndShow(page, 6);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Witkoff’s meetings with Putin');
  const lanes = await page.locator('.lane-label').allTextContents();
  expect(lanes.sort()).toEqual(['Envoy meetings', 'Summits']);
  expect(dialogs).toBe(0);
  await expect(page.locator('#events')).not.toContainText('<');
});

test('TimelineJS’s own eras example imports whole: its 20 slides as events, its eras as bands over the axis', async ({
  page,
}) => {
  const preview = await importFixture(page, 'timelinejs-examples/eras.json');
  await expect(preview).toContainText('TimelineJS JSON');
  await expect(page.getByTestId('import-summary')).toContainText('20 events');
  await confirmAndShow(page, 20);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Eras Test');
  await page.getByRole('button', { name: 'Fit all' }).click();
  // Each era is a band, a button named by its title and years (a narrow band's label is cut).
  const eras = page.getByTestId('eras');
  for (const name of [
    'Era Test 600-650, 600–650',
    'Era Test 650-700, 650–700',
    'Era Test 700-720, 700–720',
  ])
    await expect(eras.getByRole('button', { name: new RegExp(`^${name}`) })).toBeVisible();
});

test('a TimelineJS Sheets file is told as it was: its title slide and rows become a story read step by step, with its pictures', async ({
  page,
}) => {
  // The pictures are Wikimedia's: answered here, so the test needs no network.
  await page.route('https://upload.wikimedia.org/**', (route) =>
    route.fulfill({ status: 404, body: '' }),
  );
  const preview = await importFixture(page, 'timelinejs-examples/women_in_computing.csv');
  await expect(preview).toContainText('The slides became a story of 11 steps');
  await confirmAndShow(page, 10);
  const stories = page.getByTestId('story-list');
  await stories.getByRole('link', { name: 'Women in Computing' }).click();
  const card = page.getByTestId('story-step');
  await expect(card).toHaveAttribute('data-steps', '11');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('Women in Computing');
  await card.getByRole('button', { name: 'Next' }).click();
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('Ada Lovelace');
  await expect(card).toContainText('1815');
  // Its portrait, answered 404 here, stands in as the words that say what it shows.
  await expect(card).toContainText('The image could not be loaded. It shows:');
  await expect(card.locator('figcaption')).toContainText('Wikimedia Commons');
});

test('a vis-timeline item list imports with its groups as lanes', async ({ page }) => {
  const preview = await importFixture(page, 'vis-items.json');
  await expect(preview).toContainText('vis-timeline items');
  await confirmAndShow(page, 6);
  const lanes = await page.locator('.lane-label').allTextContents();
  expect(lanes.sort()).toEqual(['US–Russia', 'US–Ukraine']);
});

test('a CSV with impossible dates is refused row by row, and nothing is stored', async ({
  page,
}) => {
  await page.goto('/');
  await waitForApp(page);
  await expect.poll(async () => (await storedKeys(page)).datasets?.length ?? 0).toBe(1);
  const before = await storedKeys(page);
  const preview = await importFixture(page, 'broken-dates.csv');
  const problems = preview.getByTestId('import-problems');
  await expect(problems).toContainText('row 3, column start');
  await expect(problems).toContainText('there is no month 13');
  await expect(page.getByTestId('import-confirm')).toBeDisabled();
  expect(await storedKeys(page)).toEqual(before);
});

test('a file in no known format says which formats Parley reads', async ({ page }) => {
  const preview = await importFixture(page, 'not-a-timeline.json');
  await expect(preview).toContainText('Format not recognised');
  await expect(preview.getByTestId('import-problems')).toContainText('TimelineJS JSON');
  await expect(page.getByTestId('import-confirm')).toBeDisabled();
});

test('a TimelineJS timeline reaching before the common era draws on an axis of BCE years, and lists its dates as BCE', async ({
  page,
}) => {
  const preview = await importFixture(page, 'timelinejs-rome.json');
  await expect(page.getByTestId('import-summary')).toContainText('6 events');
  await expect(page.getByTestId('import-summary')).toContainText('753 BCE');
  await confirmAndShow(page, 6);
  await expect(preview).toHaveCount(0);
  await page.getByRole('button', { name: 'Fit all' }).click();
  const ticks = page.getByTestId('timeline').locator('.tick-zoom');
  await expect(ticks.filter({ hasText: /BCE$/ }).first()).toBeVisible();
  await expect(page.locator('#events')).toContainText('15 Mar 44 BCE');
  // The story follows the slides' dates, oldest first.
  await page.getByTestId('story-list').getByRole('link').first().click();
  await page.getByTestId('story-step').getByRole('button', { name: 'Next' }).click();
  await expect(page.getByTestId('story-step')).toContainText('753 BCE');
});

test('TimelineJS’s cosmological example imports whole: from the Big Bang to a wheeled vehicle on one axis of years ago, and the chart moves through it', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const preview = await importFixture(page, 'timelinejs-examples/cosmo.json');
  await expect(page.getByTestId('import-summary')).toContainText('7 events');
  await confirmAndShow(page, 7);
  await expect(preview).toHaveCount(0);
  await page.getByRole('button', { name: 'Fit all' }).click();
  const timeline = page.getByTestId('timeline');
  await expect(
    timeline
      .locator('.tick-zoom')
      .filter({ hasText: /billion years ago$/ })
      .first(),
  ).toBeVisible();
  await expect(page.locator('#events')).toContainText('13.8 billion years ago');
  await expect(page.locator('#events')).toContainText(
    '538.8 million years ago – 251.902 million years ago',
  );
  // The link to the view says where it is, in years, and opens there again.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/from=-\d{9,}/);
  await page.reload();
  await expect(timeline).toHaveAttribute('data-events', '7');
  await expect(timeline.locator('.tick-zoom').first()).toContainText('years ago');
  // A tick names its stretch of time and zooms to it.
  await timeline.locator('.tick-zoom').first().click();
  await expect(page).toHaveURL(/from=-\d{9,}/);
  // The slides are a story, told from the Big Bang.
  await page.getByTestId('story-list').getByRole('link').first().click();
  await page.getByTestId('story-step').getByRole('button', { name: 'Next' }).click();
  await expect(page.getByTestId('story-step')).toContainText('13.8 billion years ago');
  expect(errors).toEqual([]);
});
