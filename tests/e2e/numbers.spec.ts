import AxeBuilder from '@axe-core/playwright';
import { type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { facetOption, openChart, waitForApp } from './helpers';
import { expect, test } from './released-data';

/**
 * "The talks in numbers" (show=numbers) on the 1.0.1 release of the curated data (47 events,
 * 2024–2026): the counts below were checked by hand against tests/fixtures/chronology-1.0.1.json.
 */

async function openNumbers(page: Page, query = '?show=numbers') {
  await openChart(page, `/${query}`);
  const panel = page.getByTestId('numbers');
  await expect(panel).toHaveAttribute('data-ready', 'true');
  return panel;
}

const chart = (page: Page, id: string) =>
  page.locator(`[data-testid="numbers"] [data-chart="${id}"]`);
const events = (page: Page) => page.getByTestId('timeline');

/** The rows of a chart's data table, as text cells (the table opened first). */
async function tableRows(section: Locator): Promise<string[][]> {
  const details = section.locator('details');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  return section
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').trim())),
    );
}

test('?show=numbers shows the panel under the timeline; the Numbers button toggles it and Back undoes', async ({
  page,
}) => {
  await openNumbers(page);
  const button = page.getByRole('button', { name: 'Numbers', exact: true });
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('numbers').getByRole('heading', { level: 2 })).toHaveText(
    'The talks in numbers',
  );

  await button.click();
  await expect(page.getByTestId('numbers')).toHaveCount(0);
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  expect(new URL(page.url()).searchParams.getAll('show')).toEqual([]);

  await page.goBack();
  await expect(page.getByTestId('numbers')).toBeVisible();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
});

test('the Witkoff–Putin intervals are the days between the events both took part in', async ({
  page,
}) => {
  await openNumbers(page);
  const section = chart(page, 'intervals');
  // Feb 11, Mar 13, Apr 11, Apr 25, Aug 6, the Alaska summit on Aug 15 (Witkoff was at the
  // table), Dec 2, and 22 Jan 2026.
  const rows = await tableRows(section);
  expect(rows.map((r) => [r[0], r[1], r[2]])).toEqual([
    ['11 Feb 2025', '13 Mar 2025', '30'],
    ['13 Mar 2025', '11 Apr 2025', '29'],
    ['11 Apr 2025', '25 Apr 2025', '14'],
    ['25 Apr 2025', '6 Aug 2025', '103'],
    ['6 Aug 2025', '15 Aug 2025', '9'],
    ['15 Aug 2025', '2–3 Dec 2025', '109'],
    ['2–3 Dec 2025', '22–23 Jan 2026', '51'],
  ]);
  await expect(section.locator('.bar-list li')).toHaveCount(7);
  await expect(section.getByRole('combobox').first()).toHaveValue('witkoff');
  await expect(section.getByRole('combobox').last()).toHaveValue('putin');
});

test('a disputed duration shows as a range in its table, and the CSV holds the same rows', async ({
  page,
}) => {
  await openNumbers(page);
  const section = chart(page, 'hours');
  const rows = await tableRows(section);
  // 11 Apr: 4 h (RT) to 4.5 h (Kremlin); 25 Apr: 2 h (UNN) to 3 h (Ushakov). Two events of April
  // have no duration: they add nothing, and are counted as not timed.
  expect(rows.find((r) => r[0] === 'April 2025')).toEqual([
    'April 2025',
    '6–7.5 h',
    '6',
    '7.5',
    '2',
    '2',
    '2',
  ]);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('hours-per-month.csv');
  const text = await readFile(await download.path(), 'utf8');
  const csv = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
  expect(csv[0]).toEqual([
    'Month',
    'Hours reported',
    'Lowest total (h)',
    'Highest total (h)',
    'Timed events',
    'Disputed',
    'Not timed',
  ]);
  expect(csv.length - 1).toBe(rows.length);
  expect(csv).toContainEqual(['2025-04', '6–7.5 h', '6', '7.5', '2', '2', '2']);
  await expect(section.getByRole('status')).toContainText('hours-per-month.csv');
});

test('a longest or shortest row names who reported each figure and opens its event', async ({
  page,
}) => {
  await openNumbers(page);
  const rows = await tableRows(chart(page, 'longest'));
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row[3]).toMatch(/ per |\(/);
  await chart(page, 'longest').locator('tbody tr').first().getByRole('link').click();
  await expect(page.getByTestId('event-detail')).toBeVisible();
  expect(new URL(page.url()).searchParams.get('event')).toBeTruthy();
});

test('clicking a bar filters the timeline to its events, and Back restores it', async ({
  page,
}) => {
  await openNumbers(page);
  await expect(events(page)).toHaveAttribute('data-events', '47');

  // April 2025 has three envoy meetings (and one negotiation round).
  await chart(page, 'per-month')
    .locator('a[data-month="2025-04"]')
    .filter({ hasText: 'Envoy meeting' })
    .click();
  await expect(events(page)).toHaveAttribute('data-events', '3');
  const params = new URL(page.url()).searchParams;
  expect([params.get('after'), params.get('before'), params.getAll('kind')]).toEqual([
    '2025-04-01',
    '2025-04-30',
    ['envoy-meeting'],
  ]);
  // The panel counts the new selection.
  await expect(page.getByTestId('numbers')).toContainText('3 events that match the filters');

  await page.goBack();
  await expect(events(page)).toHaveAttribute('data-events', '47');

  // A place's bar: the place filter.
  await chart(page, 'places').locator('.bar-list a').filter({ hasText: 'Moscow' }).click();
  expect(new URL(page.url()).searchParams.getAll('place')).toEqual(['Moscow']);
  await expect(events(page)).not.toHaveAttribute('data-events', '47');
  await page.goBack();
  await expect(events(page)).toHaveAttribute('data-events', '47');
});

test('bars and table rows are reached and followed with the keyboard', async ({ page }) => {
  await openNumbers(page);
  const section = chart(page, 'intervals');
  // From the pair's second choice, Tab reaches the first interval's bar; Enter follows it.
  await section.getByRole('combobox').last().focus();
  await page.keyboard.press('Tab');
  await expect(section.locator('.bar-list a').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(events(page)).toHaveAttribute('data-events', '2');
  const params = new URL(page.url()).searchParams;
  expect(params.getAll('person')).toEqual(['witkoff', 'putin']);
  expect(params.get('personMatch')).toBe('all');
  expect([params.get('after'), params.get('before')]).toEqual(['2025-02-11', '2025-03-13']);
  await page.goBack();
  await expect(events(page)).toHaveAttribute('data-events', '47');

  // A mediator's row in its table: Space opens the table, Tab reaches the row's link.
  const mediators = chart(page, 'mediators');
  await mediators.locator('summary').focus();
  await page.keyboard.press('Space');
  await expect(mediators.locator('details')).toHaveAttribute('open', '');
  await page.keyboard.press('Tab');
  const first = mediators.locator('tbody tr').first().getByRole('link');
  await expect(first).toBeFocused();
  const count = await mediators.locator('tbody tr').first().locator('td').innerText();
  await page.keyboard.press('Enter');
  await expect(events(page)).toHaveAttribute('data-events', count.trim());
  expect(new URL(page.url()).searchParams.getAll('person')).toHaveLength(1);
});

test('at 360 px the panel fits the screen, its tables open', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const panel = await openNumbers(page);
  for (const summary of await panel.locator('summary').all()) await summary.click();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the panel has no serious or critical accessibility violation (${colorScheme} theme)`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    const panel = await openNumbers(page);
    for (const summary of await panel.locator('summary').all()) await summary.click();
    const results = await new AxeBuilder({ page }).include('[data-testid="numbers"]').analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(serious).toEqual([]);
  });
}

test('the panel loads on first use: a page without it never fetches its code', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('/');
  await waitForApp(page);
  await page.waitForLoadState('networkidle');
  const chunk = /\/assets\/NumbersPanel-[\w-]+\.js$/;
  expect(scripts.some((url) => chunk.test(url))).toBe(false);
  await page.getByRole('button', { name: 'Numbers', exact: true }).click();
  await expect(page.getByTestId('numbers')).toBeVisible();
  expect(scripts.some((url) => chunk.test(url))).toBe(true);
});

test('after a filter, the months chart draws what a fresh page of that filter draws, and only that', async ({
  page,
}) => {
  /** The segments drawn (not hidden), as month, title and link, in the order drawn. */
  const drawn = () =>
    chart(page, 'per-month')
      .locator('a[data-month]')
      .evaluateAll((links) =>
        links
          .filter((a) => getComputedStyle(a).display !== 'none')
          .map((a) => {
            const rect = a.querySelector('rect');
            return [
              a.getAttribute('data-month'),
              a.textContent,
              a.getAttribute('href'),
              rect?.getAttribute('y'),
              rect?.getAttribute('height'),
            ].join(' ');
          }),
      );
  const panel = await openNumbers(page, '?show=numbers&kind=envoy-meeting');
  const freshCount = (await panel.getAttribute('data-events')) ?? '';
  const fresh = await drawn();
  expect(fresh.length).toBeGreaterThan(0);
  for (const segment of fresh) expect(segment).toContain('Envoy meeting');

  await openNumbers(page);
  const all = await drawn();
  expect(all.length).toBeGreaterThan(fresh.length);
  await facetOption(page, 'kind', /Envoy meeting/).check();
  await expect(page).toHaveURL(/kind=envoy-meeting/);
  await expect(panel).toHaveAttribute('data-events', freshCount);
  await expect.poll(drawn).toEqual(fresh);
  // Unticked again, every kind comes back as it was.
  await facetOption(page, 'kind', /Envoy meeting/).uncheck();
  await expect.poll(drawn).toEqual(all);
});
