import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { sourcesDisagree } from '../../src/lib/model/disagreement';
import type { Chronology, ChronologyEvent } from '../../src/lib/model/types';
import { listItem, mark, openChart, waitForApp } from './helpers';
import { expect, RELEASED_CHRONOLOGY, test } from './released-data';

// Counted from the released data itself, so each number below is what the data says.
const released: Chronology = JSON.parse(RELEASED_CHRONOLOGY);
const personIds = (e: ChronologyEvent) =>
  (e.participants ?? []).map((p) => (typeof p === 'string' ? p : p.person));
const count = (keep: (e: ChronologyEvent) => boolean) =>
  String(released.events.filter(keep).length);

function timeline(page: Page) {
  return page.getByTestId('timeline');
}

async function ready(page: Page, search = '') {
  await openChart(page, `/${search}`);
}

test('Witkoff and Putin with "all of" shows exactly the meetings both attended, and the link keeps it', async ({
  page,
}) => {
  await ready(page);
  const people = page.locator('fieldset[data-facet="person"]');
  await people.getByLabel(/Steve Witkoff/).check();
  await people.getByLabel(/Vladimir Putin/).check();
  const either = count((e) => personIds(e).some((p) => p === 'witkoff' || p === 'putin'));
  await expect(timeline(page)).toHaveAttribute('data-events', either);

  await people.getByLabel('all of them').check();
  const both = count((e) => personIds(e).includes('witkoff') && personIds(e).includes('putin'));
  expect(Number(both)).toBeLessThan(Number(either));
  await expect(timeline(page)).toHaveAttribute('data-events', both);
  await expect(page).toHaveURL(/person=witkoff&person=putin&personMatch=all/);
  await page.getByRole('button', { name: 'Fit all' }).click();
  for (const id of [
    'witkoff-putin-2025-02-11',
    'witkoff-putin-2025-03-13',
    'witkoff-putin-2025-04-11',
    'witkoff-putin-2025-04-25',
    'witkoff-putin-2025-08-06',
    'witkoff-kushner-putin-2025-12-02',
  ]) {
    await expect(listItem(page, id)).toBeVisible();
    await expect(mark(page, id)).toHaveCount(1);
  }

  await page.reload();
  await waitForApp(page);
  await expect(timeline(page)).toHaveAttribute('data-events', both);
  await expect(people.getByLabel('all of them')).toBeChecked();
});

test('a tag chip on a card or in the detail filters by that tag', async ({ page }) => {
  await ready(page, '?from=2025-01-01&to=2026-03-01');
  const tagged = count((e) => Boolean(e.tags?.includes('witkoff-putin')));
  await listItem(page, 'witkoff-putin-2025-04-25')
    .getByRole('link', { name: 'witkoff-putin' })
    .click();
  await expect(page).toHaveURL(/tag=witkoff-putin/);
  await expect(timeline(page)).toHaveAttribute('data-events', tagged);
  await expect(page.locator('#events article')).toHaveCount(Number(tagged));

  // The panel shows the tag filter; removing it shows everything again.
  await page.getByRole('button', { name: 'Remove the tag filter witkoff-putin' }).click();
  await expect(timeline(page)).toHaveAttribute('data-events', String(released.events.length));

  // A chip in the detail does the same.
  await ready(page, '?event=witkoff-kushner-putin-2025-12-02');
  const detail = page.getByTestId('event-detail');
  await detail.getByRole('link', { name: 'overnight' }).click();
  await expect(page).toHaveURL(/tag=overnight/);
  await expect(timeline(page)).toHaveAttribute(
    'data-events',
    count((e) => Boolean(e.tags?.includes('overnight'))),
  );
});

test("a card's links keep the view as it is now: its lanes and filters", async ({ page }) => {
  await ready(page, '?from=2025-01-01&to=2026-03-01');
  const card = listItem(page, 'witkoff-putin-2025-04-25');
  const links = {
    title: card.getByRole('link', { name: /Witkoff/ }).first(),
    tag: card.getByRole('link', { name: 'witkoff-putin' }),
    person: card.getByRole('link', { name: 'Steve Witkoff' }),
  };
  await expect(links.tag).toHaveAttribute('href', /tag=witkoff-putin/);
  await expect(links.tag).not.toHaveAttribute('href', /group=kind/);

  // Regrouping leaves the list's events as they were; its links still follow the view.
  await page.getByLabel('Lanes by').selectOption('kind');
  await expect(page).toHaveURL(/group=kind/);
  for (const link of Object.values(links)) await expect(link).toHaveAttribute('href', /group=kind/);

  // So does a filter the card still passes.
  await page
    .locator('fieldset[data-facet="person"]')
    .getByLabel(/Vladimir Putin/)
    .check();
  await expect(page).toHaveURL(/person=putin/);
  for (const link of [links.title, links.tag]) {
    await expect(link).toHaveAttribute('href', /group=kind.*person=putin|person=putin.*group=kind/);
  }
  // A name's link is that person's view: theirs alone, in the lanes chosen.
  await expect(links.person).toHaveAttribute('href', /group=kind.*person=witkoff/);
  await expect(links.person).not.toHaveAttribute('href', /person=putin/);
});

test('"Sources disagree" finds the events whose sources disagree, each with a badge', async ({
  page,
}) => {
  await ready(page, '?from=2025-01-01&to=2026-03-01');
  const disputed = released.events.filter(sourcesDisagree);
  expect(disputed.length).toBeGreaterThan(0);
  await expect(
    listItem(page, 'witkoff-putin-2025-04-25').getByTestId('sources-disagree'),
  ).toHaveText('Sources disagree');
  // The mark carries the cue too; a mark whose sources agree does not.
  await expect(mark(page, 'witkoff-putin-2025-04-25').locator('.disagree-cue')).toHaveCount(1);
  const agreeing = released.events.find((e) => !sourcesDisagree(e) && e.start.startsWith('2025-'));
  expect(agreeing).toBeDefined();
  await expect(mark(page, agreeing?.id ?? '')).toHaveCount(1);
  await expect(mark(page, agreeing?.id ?? '').locator('.disagree-cue')).toHaveCount(0);

  await page.getByTestId('filter-disagree').check();
  await expect(page).toHaveURL(/disagree=1/);
  await expect(timeline(page)).toHaveAttribute('data-events', String(disputed.length));
  const cards = page.locator('#events article');
  await expect(cards).toHaveCount(disputed.length);
  await expect(cards.getByTestId('sources-disagree')).toHaveCount(disputed.length);
});

test('facet values keep their order while filtering, so none moves under the pointer', async ({
  page,
}) => {
  await ready(page);
  const people = page.locator('fieldset[data-facet="person"]');
  await people.getByRole('button', { name: /Show all/ }).click();
  const order = () => people.locator('label:not(.match label)').allInnerTexts();
  const names = async () => (await order()).map((text) => text.replace(/\s*\d+$/, ''));
  const before = await names();
  await page
    .locator('fieldset[data-facet="kind"]')
    .getByLabel(/Phone call/)
    .check();
  await expect(timeline(page)).toHaveAttribute('data-events', '10');
  expect(await names()).toEqual(before);
});

test('the detail numbers its sources once, in order, and a clicked reference highlights its entry', async ({
  page,
}) => {
  await ready(page, '?event=witkoff-putin-2025-04-25');
  const detail = page.getByTestId('event-detail');
  const entries = detail.locator('.detail-sources ol > li');
  const n = await entries.count();
  expect(n).toBeGreaterThan(1);
  // No second scheme (registry ids such as "S26") before the entries.
  for (const text of await entries.allInnerTexts()) expect(text).not.toMatch(/^S\d+\b/);
  const refs = detail.locator('.refs a');
  for (const text of await refs.allInnerTexts()) {
    expect(Number(text)).toBeGreaterThanOrEqual(1);
    expect(Number(text)).toBeLessThanOrEqual(n);
  }
  const ref = detail.locator('.figures .refs a').last();
  const number = Number(await ref.innerText());
  await ref.click();
  const entry = entries.nth(number - 1);
  await expect(entry).toHaveClass(/highlighted/);
  await expect(entry).toBeInViewport();
  await expect(detail.locator('.detail-sources li.highlighted')).toHaveCount(1);
});

test('"Jump to month" moves the chart to that month and the list to its heading', async ({
  page,
}) => {
  await ready(page);
  await page.getByTestId('jump-to-month').selectOption('2025-04');
  await expect(page).toHaveURL(/from=2025-04-01&to=2025-05-01/);
  const april = count((e) => e.start.startsWith('2025-04'));
  await expect(page.locator('#events article')).toHaveCount(Number(april));
  await expect(page.locator('#month-2025-04')).toBeInViewport();
  await expect(listItem(page, 'witkoff-putin-2025-04-25')).toBeVisible();
});

test('"Compare figures" tabulates every reported figure of the selection, sorts by a column and saves CSV', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await ready(page, '?person=witkoff&person=putin&personMatch=all');
  const chunk = /\/assets\/ComparisonTable-[\w-]+\.js$/;
  expect(scripts.some((url) => chunk.test(url))).toBe(false);

  await page.getByTestId('open-comparison').click();
  const table = page.getByTestId('comparison-table');
  await expect(table).toBeVisible();
  expect(scripts.some((url) => chunk.test(url))).toBe(true);
  const selected = released.events.filter(
    (e) => personIds(e).includes('witkoff') && personIds(e).includes('putin'),
  );
  const figures = selected.flatMap((e) => e.figures ?? []);
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(figures.length);
  // The 25 April meeting: Ushakov's 3 h against UNN's figure, each with its sources.
  const april = table.locator('tbody tr[data-event-id="witkoff-putin-2025-04-25"]');
  await expect(april.filter({ hasText: 'Ushakov' })).toContainText('3 h');
  await expect(
    april.filter({ hasText: 'UNN' }).first().locator('.sources a').first(),
  ).toHaveAttribute('href', /^https?:\/\//);

  // Sorting by Figure: ascending, then descending on a second click.
  const figureHeader = table.getByRole('columnheader', { name: /Figure/ });
  await figureHeader.getByRole('button').click();
  await expect(figureHeader).toHaveAttribute('aria-sort', 'ascending');
  const amounts = async () =>
    (await rows.locator('td.figure').allInnerTexts())
      .map((text) => Number(/[\d.]+/.exec(text)?.[0]))
      .filter((n) => !Number.isNaN(n));
  const up = await amounts();
  expect(up.length).toBeGreaterThan(2);
  await figureHeader.getByRole('button').click();
  await expect(figureHeader).toHaveAttribute('aria-sort', 'descending');
  const down = await amounts();
  expect(down[0]).toBeGreaterThanOrEqual(down.at(-1) as number);
  expect(up[0]).toBeLessThanOrEqual(up.at(-1) as number);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    table.getByRole('button', { name: 'Download as CSV' }).click(),
  ]);
  const text = readFileSync((await download.path()) as string, 'utf8');
  const lines = text.trim().split(/\r\n/);
  expect(lines[0]).toContain('event_id,event_title,start,end,row,measure,figure');
  expect(lines).toHaveLength(figures.length + 1);
  expect(text).toContain('Ushakov');
});
