import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { listItem, openChart, serveJson, waitForApp } from './helpers';

// Fourteen events from 2014 to 2025 and the four curated eras (tests/fixtures/eras.json).
const fixture = readFileSync('tests/fixtures/eras.json', 'utf8');
const DATA = 'https://data.test/eras.json';
const ALL = 14;
const MINSK_EVENTS = [
  'tcg-minsk-2014-09-01',
  'minsk-summit-2015-02-11_12',
  'package-of-measures-2015-02-12',
  'paris-summit-2019-12-09',
  'geneva-biden-putin-2021-06-16',
];
const LATEST_EVENTS = [
  'witkoff-putin-2025-02-11',
  'riyadh-us-russia-2025-02-18',
  'alaska-summit-2025-08-15',
];

const timeline = (page: Page) => page.getByTestId('timeline');
const picker = (page: Page) => page.getByTestId('era-picker');
const band = (page: Page, name: string) =>
  page.getByTestId('eras').getByRole('button', { name: `${name}: show this period` });
const listed = (page: Page) => page.locator('#events article');

async function open(page: Page, params = '') {
  await page.route(DATA, serveJson(fixture));
  await openChart(page, `/?data=${encodeURIComponent(DATA)}${params}`);
}

/** The visible range the URL holds, in ms, or undefined when it holds none. */
function urlRange(page: Page): [number, number] | undefined {
  const params = new URL(page.url()).searchParams;
  const from = params.get('from');
  const to = params.get('to');
  return from && to ? [Date.parse(from), Date.parse(to)] : undefined;
}

test('a link without a range opens on the latest era, with the eras drawn over the axis', async ({
  page,
}) => {
  await open(page);
  expect(urlRange(page)).toBeUndefined();
  // Every event matches; the chart and the list show the 2025 talks.
  await expect(timeline(page)).toHaveAttribute('data-events', String(ALL));
  await expect(listed(page)).toHaveCount(LATEST_EVENTS.length);
  for (const id of LATEST_EVENTS) await expect(listItem(page, id)).toBeVisible();
  await expect(listItem(page, 'burgenstock-summit-2024-06-15_16')).toHaveCount(0);
  const latest = band(page, 'Talks under the second Trump administration, 2025–');
  await expect(latest).toHaveText('Talks under the second Trump administration, 2025–');
  await expect(
    picker(page).getByRole('button', { name: 'Talks under the second Trump administration' }),
  ).toHaveAttribute('aria-pressed', 'true');
});

test('"Whole history" shows every event and puts the whole range in the URL', async ({ page }) => {
  await open(page);
  await picker(page).getByRole('button', { name: 'Whole history' }).click();
  await expect(listed(page)).toHaveCount(ALL);
  const range = urlRange(page)!;
  expect(range[0]).toBeLessThan(Date.UTC(2014, 5, 6));
  expect(range[1]).toBeGreaterThan(Date.UTC(2025, 7, 16));
  await expect(picker(page).getByRole('button', { name: 'Whole history' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // Every era is drawn, each band named by its title; the widest shows its title in full.
  for (const title of [
    'Minsk process, 2014–2022',
    'Talks after the full-scale invasion, 2022',
    'The peace formula, 2023–2024',
    'Talks under the second Trump administration, 2025–',
  ]) {
    await expect(band(page, title)).toBeVisible();
  }
  await expect(band(page, 'Minsk process, 2014–2022')).toHaveText('Minsk process, 2014–2022');

  // A shared link to the whole history opens on it, not on the latest era.
  await page.reload();
  await waitForApp(page);
  await expect(listed(page)).toHaveCount(ALL);

  // "Fit all" after zooming in spells the whole range out too: a bare URL means the latest era.
  await band(page, 'Minsk process, 2014–2022').click();
  await expect(listed(page)).not.toHaveCount(ALL);
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect(listed(page)).toHaveCount(ALL);
  await expect.poll(() => urlRange(page)?.[0]).toBeLessThan(Date.UTC(2014, 5, 6));
});

test('on a phone the eras open as a sheet over the page; choosing a period closes it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await open(page);
  const chartTop = (await page.locator('.plot').boundingBox())!.y;
  await picker(page).locator('summary').click();
  const sheet = picker(page).locator('.era-body');
  await expect(sheet).toBeVisible();
  const box = (await sheet.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(812 + 1);
  // Over the chart, not pushing it down.
  expect((await page.locator('.plot').boundingBox())!.y).toBe(chartTop);
  await expect(sheet.getByRole('button', { name: `Show ${ALL} results` })).toBeVisible();
  await sheet.getByRole('button', { name: 'Whole history' }).click();
  await expect(sheet).toBeHidden();
  await expect(listed(page)).toHaveCount(ALL);
});

test('clicking an era’s band zooms the timeline to that era', async ({ page }) => {
  await open(page);
  await picker(page).getByRole('button', { name: 'Whole history' }).click();
  await band(page, 'Minsk process, 2014–2022').click();
  await expect.poll(() => urlRange(page)?.[0]).toBeLessThanOrEqual(Date.UTC(2014, 8, 1));
  const [from, to] = urlRange(page)!;
  // The era, padded a little: not the months before it, nor the rest of 2022.
  expect(from).toBeGreaterThan(Date.UTC(2014, 5, 6));
  expect(to).toBeGreaterThanOrEqual(Date.UTC(2022, 1, 22));
  expect(to).toBeLessThan(Date.UTC(2022, 6, 22));
  for (const id of MINSK_EVENTS) await expect(listItem(page, id)).toBeVisible();
  await expect(listItem(page, 'normandy-benouville-2014-06-06')).toHaveCount(0);
  await expect(listItem(page, 'istanbul-black-sea-grain-initiative-2022-07-22')).toHaveCount(0);
  await expect(listItem(page, 'witkoff-putin-2025-02-11')).toHaveCount(0);
  await expect(
    timeline(page).locator('svg [data-event-id="paris-summit-2019-12-09"]'),
  ).toBeVisible();
  await expect(
    picker(page).getByRole('button', { name: 'Minsk process, 2014–2022' }),
  ).toHaveAttribute('aria-pressed', 'true');
});

test('the era filter keeps the events that start in the era, and lives in the URL', async ({
  page,
}) => {
  await open(page);
  await picker(page).getByLabel('Only events in').selectOption('minsk-process');
  await expect(timeline(page)).toHaveAttribute('data-events', String(MINSK_EVENTS.length));
  await expect(page).toHaveURL(/era=minsk-process/);
  await picker(page).getByRole('button', { name: 'Whole history' }).click();
  await expect(listed(page)).toHaveCount(MINSK_EVENTS.length);
  for (const id of MINSK_EVENTS) await expect(listItem(page, id)).toBeVisible();

  // The day the peace formula began is its own, not the 2022 talks' last day too.
  await picker(page)
    .getByLabel('Only events in')
    .selectOption('talks-after-full-scale-invasion-2022');
  await expect(timeline(page)).toHaveAttribute('data-events', '3');
  await expect(listItem(page, 'g20-peace-formula-2022-11-15')).toHaveCount(0);

  await page.reload();
  await waitForApp(page);
  await expect(timeline(page)).toHaveAttribute('data-events', '3');
  await expect(picker(page).getByLabel('Only events in')).toHaveValue(
    'talks-after-full-scale-invasion-2022',
  );
  await picker(page).getByLabel('Only events in').selectOption('');
  await expect(timeline(page)).toHaveAttribute('data-events', String(ALL));
  await expect(page).not.toHaveURL(/era=/);
});

test('a link to an event opens on that event’s era, and closing the event stays there', async ({
  page,
}) => {
  await open(page, '&event=minsk-summit-2015-02-11_12');
  await expect(page.getByTestId('event-detail')).toBeVisible();
  for (const id of MINSK_EVENTS) await expect(listItem(page, id)).toBeVisible();
  await expect(listItem(page, 'witkoff-putin-2025-02-11')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('event-detail')).toHaveCount(0);
  for (const id of MINSK_EVENTS) await expect(listItem(page, id)).toBeVisible();
  await expect.poll(() => urlRange(page)?.[0]).toBeLessThanOrEqual(Date.UTC(2014, 8, 1));
});

test('an era the data does not have is dropped from the URL, not guessed', async ({ page }) => {
  await open(page, '&era=minsk');
  await expect(timeline(page)).toHaveAttribute('data-events', String(ALL));
  await expect(page).not.toHaveURL(/era=/);
});

test('the keyboard reaches the era buttons; focus shows the era’s card with its sources', async ({
  page,
}) => {
  await open(page, '&from=2013-01-01&to=2026-06-01');
  await page.getByRole('button', { name: 'Fit all' }).focus();
  await page.keyboard.press('Tab');
  const minsk = band(page, 'Minsk process, 2014–2022');
  await expect(minsk).toBeFocused();
  const card = page.getByTestId('era-card');
  await expect(card).toBeVisible();
  await expect(card).toContainText('Trilateral Contact Group');
  await expect(card).toContainText('Begins 1 Sep 2014.');
  await expect(card).toContainText('Ends 21 Feb 2022.');
  await expect(card.locator('ol li a')).toHaveCount(4);
  await expect(minsk).toHaveAccessibleDescription(/1 Sep 2014 – 21 Feb 2022\. Years of talks/);

  // The card's links come next, then the next era; Escape closes the card.
  await page.keyboard.press('Tab');
  await expect(card.locator('a').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await minsk.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => urlRange(page)?.[1]).toBeLessThan(Date.UTC(2022, 6, 22));

  // The quick-range buttons are plain buttons in the tab order too.
  await picker(page).getByRole('button', { name: 'Whole history' }).focus();
  await page.keyboard.press('Tab');
  await expect(
    picker(page).getByRole('button', { name: 'Minsk process, 2014–2022' }),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    picker(page).getByRole('button', { name: 'Minsk process, 2014–2022' }),
  ).toHaveAttribute('aria-pressed', 'true');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`eras and an open era card have no serious accessibility violation (${colorScheme})`, async ({
    page,
  }) => {
    // axe takes tens of seconds on a busy machine; this is about violations, not speed.
    test.slow();
    await page.emulateMedia({ colorScheme });
    await open(page, '&from=2013-01-01&to=2026-06-01');
    await band(page, 'Minsk process, 2014–2022').hover();
    await expect(page.getByTestId('era-card')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  });
}

test('a window narrowed past 900 px folds the filters and the eras, not a sheet over the page; widened, they open again', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page);
  const filters = page.locator('details.filters');
  const eras = page.getByTestId('era-picker').locator('details');
  await expect(filters).toHaveAttribute('open', '');
  await expect(eras).toHaveAttribute('open', '');
  // The reader is typing a search when the tablet is turned upright: past the breakpoint the
  // panels are sheets, they stay folded, and the focus goes to the folded panel's summary.
  await page.getByTestId('filter-search').focus();
  await page.setViewportSize({ width: 700, height: 900 });
  await expect(filters).not.toHaveAttribute('open');
  await expect(eras).not.toHaveAttribute('open');
  await expect(page.locator('.filter-body')).toBeHidden();
  await expect(page.locator('.plot')).toBeInViewport();
  await expect(filters.locator('> summary')).toBeFocused();
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(filters).toHaveAttribute('open', '');
  await expect(eras).toHaveAttribute('open', '');
  await expect(page.locator('.filter-body')).toBeVisible();
  // Closed by the reader, a panel stays closed through a resize on the same side.
  await eras.locator('summary').click();
  await expect(eras).not.toHaveAttribute('open');
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.waitForTimeout(300);
  await expect(eras).not.toHaveAttribute('open');
  await expect(filters).toHaveAttribute('open', '');
});
