import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { listItem, openChart, waitForApp } from './helpers';

// The long history on the real curated file (2014–2026): what a reader opening Parley gets.
interface CuratedEvent {
  id: string;
  start: string;
}
const curated: {
  events: CuratedEvent[];
  eras: { id: string; title: string; start: string; end?: string }[];
} = JSON.parse(readFileSync('data/chronology.json', 'utf8'));
const ALL = curated.events.length;
const from2025 = curated.events.filter((e) => e.start >= '2025');
const minsk = curated.eras.find((era) => era.id === 'minsk-process');

/** The visible range the URL holds, in ms, or undefined when it holds none. */
function urlRange(page: Page): [number, number] | undefined {
  const params = new URL(page.url()).searchParams;
  const from = params.get('from');
  const to = params.get('to');
  return from && to ? [Date.parse(from), Date.parse(to)] : undefined;
}

/** The events that start within an era's days (the curated eras all have an end but the last). */
function inEra(era: { start: string; end?: string }): CuratedEvent[] {
  return curated.events.filter(
    (e) => e.start.slice(0, 10) >= era.start && (!era.end || e.start.slice(0, 10) <= era.end),
  );
}

const timeline = (page: Page) => page.getByTestId('timeline');
const listed = (page: Page) => page.locator('#events article');

async function open(page: Page, search = '') {
  await openChart(page, `/${search}`);
}

test('Parley opens on the 2025–2026 talks, with the whole history one click away', async ({
  page,
}) => {
  await open(page);
  expect(new URL(page.url()).searchParams.get('from')).toBeNull();
  // Every event is loaded; the list beside the chart holds the 2025– talks, as before.
  await expect(timeline(page)).toHaveAttribute('data-events', String(ALL));
  await expect(listed(page)).toHaveCount(from2025.length);
  await expect(listItem(page, 'witkoff-putin-2025-02-11')).toBeVisible();
  await expect(listItem(page, 'geneva-statement-2014-04-17')).toHaveCount(0);

  await page.getByTestId('era-picker').getByRole('button', { name: 'Whole history' }).click();
  // The range in the URL covers every event, from Geneva (April 2014) to the last one.
  const last = curated.events
    .map((e) => e.start)
    .sort()
    .at(-1)!;
  await expect.poll(() => urlRange(page)?.[0] ?? Infinity).toBeLessThan(Date.UTC(2014, 3, 17));
  expect(urlRange(page)?.[1]).toBeGreaterThan(Date.parse(last.slice(0, 10)));
  await expect(listItem(page, 'geneva-statement-2014-04-17')).toBeVisible();
  // The list shows 100 at a time, the oldest first.
  await expect(listed(page)).toHaveCount(Math.min(100, ALL));

  // The whole history is in the URL: a reload (or a shared link) opens on it again.
  await page.reload();
  await waitForApp(page);
  await expect(listItem(page, 'geneva-statement-2014-04-17')).toBeVisible();
});

test('the Minsk era is a filter, and the key dates of the history are where the sheets put them', async ({
  page,
}) => {
  expect(minsk).toBeDefined();
  const inMinsk = inEra(minsk!);
  await open(page, '?era=minsk-process');
  await expect(timeline(page)).toHaveAttribute('data-events', String(inMinsk.length));
  await expect(page.getByTestId('era-picker').getByLabel('Only events in')).toHaveValue(
    'minsk-process',
  );

  // Minsk II's Package of Measures, the Istanbul round, the grain deal, Bürgenstock.
  for (const [id, day] of [
    ['package-of-measures-2015-02-12', '12 Feb 2015'],
    ['istanbul-ru-ua-2022-03-29', '29 Mar 2022'],
    ['istanbul-black-sea-grain-initiative-2022-07-22', '22 Jul 2022'],
    ['burgenstock-summit-2024-06-15_16', '15'],
  ] as const) {
    await open(page, `?event=${id}`);
    const detail = page.getByTestId('event-detail');
    await expect(detail).toContainText(day);
    // A link to an event opens on its era, so the event is in the list beside the chart.
    await expect(listItem(page, id)).toHaveCount(1);
  }
  await expect(page.getByTestId('event-detail')).toContainText('16 Jun 2024');
});

test('the embed shows the whole curated chronology, opening on the 2025–2026 talks', async ({
  page,
}) => {
  await page.goto('/embed.html');
  const chart = page.getByTestId('timeline');
  await expect(chart).toHaveAttribute('data-ready', 'true');
  await expect(chart).toHaveAttribute('data-events', String(ALL));
  await expect(
    page.locator('[data-testid="timeline"] [data-event-id="witkoff-putin-2025-02-11"]'),
  ).toHaveCount(1);
  await expect(
    page.locator('[data-testid="timeline"] [data-event-id="geneva-statement-2014-04-17"]'),
  ).toHaveCount(0);

  // era= filters the frame as it does the app.
  await page.goto('/embed.html?era=minsk-process');
  await expect(chart).toHaveAttribute('data-ready', 'true');
  await expect(chart).toHaveAttribute('data-events', String(inEra(minsk!).length));
});
