import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { openChart, waitForApp } from './helpers';
import { expect, test } from './released-data';

/** The places of the 1.0.1 release (47 events) and their counts, as the place filter names them. */
const PLACES: Record<string, number> = {
  Moscow: 6,
  Istanbul: 5,
  'Abu Dhabi': 4,
  Miami: 4,
  Geneva: 3,
  'Washington DC': 3,
  Riyadh: 2,
  Anchorage: 1,
  Berlin: 1,
  Budapest: 1,
  Davos: 1,
  'Hallandale Beach': 1,
  Jeddah: 1,
  Kyiv: 1,
  'Palm Beach': 1,
  'St Petersburg': 1,
  USA: 1,
  // The calls and documents: no place, counted, not dropped.
  '-': 10,
};

const map = (page: Page) => page.getByTestId('map');
const timeline = (page: Page) => page.getByTestId('timeline');
const placeButton = (page: Page, place: string) => map(page).locator(`[data-place="${place}"]`);
const symbol = (page: Page, place: string) => map(page).locator(`[data-symbol="${place}"]`);
const listed = (page: Page) => page.locator('#events article[data-event-id]');

async function open(page: Page, url: string) {
  await openChart(page, url);
  await expect(map(page)).toBeVisible();
}

async function shownPlaces(page: Page): Promise<Record<string, number>> {
  return map(page)
    .locator('[data-place]')
    .evaluateAll((elements) =>
      Object.fromEntries(
        elements.map((e) => [e.getAttribute('data-place'), Number(e.getAttribute('data-count'))]),
      ),
    );
}

test('?show=map opens the map under the timeline with every place and its count', async ({
  page,
}) => {
  await open(page, '/?show=map');
  expect(await shownPlaces(page)).toEqual(PLACES);
  // A circle for each place with coordinates; the calls are listed, not drawn.
  await expect(map(page).locator('[data-symbol]')).toHaveCount(Object.keys(PLACES).length - 1);
  await expect(symbol(page, '-')).toHaveCount(0);
  const chart = (await timeline(page).boundingBox())!;
  const shown = (await map(page).boundingBox())!;
  expect(shown.y).toBeGreaterThan(chart.y + chart.height - 1);
  await expect(page.getByRole('button', { name: 'Map', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('the Map button opens and closes it, as a history entry', async ({ page }) => {
  await openChart(page);
  await expect(map(page)).toHaveCount(0);
  const button = page.getByRole('button', { name: 'Map', exact: true });
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await button.click();
  await expect(map(page)).toBeVisible();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  expect(new URL(page.url()).searchParams.getAll('show')).toEqual(['map']);
  await button.click();
  await expect(map(page)).toHaveCount(0);
  expect(new URL(page.url()).searchParams.has('show')).toBe(false);
  await page.goBack();
  await expect(map(page)).toBeVisible();
});

test('a click on a place filters the timeline and the list to it; a second click restores', async ({
  page,
}) => {
  await open(page, '/?show=map');
  await expect(timeline(page)).toHaveAttribute('data-events', '47');
  await expect(listed(page)).toHaveCount(47);

  await symbol(page, 'Istanbul').hover();
  await expect(map(page).locator('.map-tip')).toHaveText(/Istanbul\s+5 events/);
  await symbol(page, 'Istanbul').click();
  await expect(timeline(page)).toHaveAttribute('data-events', '5');
  await expect(listed(page)).toHaveCount(5);
  expect(new URL(page.url()).searchParams.getAll('place')).toEqual(['Istanbul']);
  await expect(placeButton(page, 'Istanbul')).toHaveAttribute('aria-pressed', 'true');
  // The other places stay on the map, to choose instead.
  expect(await shownPlaces(page)).toEqual(PLACES);

  await symbol(page, 'Istanbul').click();
  await expect(timeline(page)).toHaveAttribute('data-events', '47');
  await expect(listed(page)).toHaveCount(47);
  expect(new URL(page.url()).searchParams.has('place')).toBe(false);
  await expect(placeButton(page, 'Istanbul')).toHaveAttribute('aria-pressed', 'false');
});

test('the "no place" entry filters to the events without a place', async ({ page }) => {
  await open(page, '/?show=map');
  await placeButton(page, '-').click();
  await expect(timeline(page)).toHaveAttribute('data-events', '10');
  expect(new URL(page.url()).searchParams.getAll('place')).toEqual(['-']);
});

test('?show=map&place= restores the chosen place, on a reload too', async ({ page }) => {
  await open(page, '/?show=map&place=Geneva');
  await expect(timeline(page)).toHaveAttribute('data-events', '3');
  await expect(placeButton(page, 'Geneva')).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await waitForApp(page);
  await expect(timeline(page)).toHaveAttribute('data-events', '3');
  await expect(listed(page)).toHaveCount(3);
  await expect(placeButton(page, 'Geneva')).toHaveAttribute('aria-pressed', 'true');
});

test('keyboard only: Tab to a place, Enter shows only its events, Escape shows all', async ({
  page,
}) => {
  await open(page, '/?show=map');
  await map(page).getByRole('button', { name: 'Fit the map' }).focus();
  await page.keyboard.press('Tab');
  const moscow = placeButton(page, 'Moscow');
  await expect(moscow).toBeFocused();
  await expect(moscow).toHaveAccessibleName('Moscow 6 events');
  // The focused place is named on the map as the pointer's is.
  await expect(map(page).locator('.map-tip')).toHaveText(/Moscow\s+6 events/);
  await page.keyboard.press('Enter');
  await expect(timeline(page)).toHaveAttribute('data-events', '6');
  await expect(moscow).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect(timeline(page)).toHaveAttribute('data-events', '47');
  await expect(moscow).toHaveAttribute('aria-pressed', 'false');
  await expect(moscow).toBeFocused();
});

test('the map zooms with its buttons, and Fit goes back', async ({ page }) => {
  await open(page, '/?show=map');
  const x = async () => Number(await symbol(page, 'Anchorage').getAttribute('cx'));
  const before = await x();
  await map(page).getByRole('button', { name: 'Zoom the map in' }).click();
  await expect.poll(x).not.toBeCloseTo(before, 0);
  await map(page).getByRole('button', { name: 'Fit the map' }).click();
  await expect.poll(x).toBeCloseTo(before, 3);
});

test('the map zooms with the wheel and pans with a drag', async ({ page }) => {
  await open(page, '/?show=map');
  const position = async () => {
    const [west, east] = await Promise.all([
      symbol(page, 'Washington DC').getAttribute('cx'),
      symbol(page, 'Istanbul').getAttribute('cx'),
    ]);
    return [Number(west), Number(east)] as const;
  };
  const [washington, istanbul] = await position();
  const plot = map(page).locator('svg').first();
  await plot.scrollIntoViewIfNeeded();
  const box = (await plot.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -300);
  // Zoomed in: the two cities are further apart.
  await expect
    .poll(async () => {
      const [a, b] = await position();
      return b - a;
    })
    .toBeGreaterThan((istanbul - washington) * 1.2);
  const [zoomedWashington] = await position();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 100, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => (await position())[0]).toBeCloseTo(zoomedWashington - 100, 0);
  // A drag is not a click: no place was chosen.
  expect(new URL(page.url()).searchParams.has('place')).toBe(false);
});

test('the map shows the visible range: what the list beside the chart shows', async ({ page }) => {
  await open(page, '/?show=map&from=2025-10-01&to=2026-01-01');
  const counts = await shownPlaces(page);
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  await expect(listed(page)).toHaveCount(total);
  expect(total).toBeLessThan(47);
  // Istanbul's rounds were all before October 2025.
  expect(counts.Istanbul).toBeUndefined();
  expect(counts.Miami).toBe(4);
});

test('the map asks no other host for anything: its basemap comes with the app', async ({
  page,
  baseURL,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await open(page, '/?show=map');
  await symbol(page, 'Moscow').hover();
  await map(page).getByRole('button', { name: 'Zoom the map in' }).click();
  await expect(symbol(page, 'Moscow')).not.toBeInViewport();
  const origin = new URL(baseURL!).origin;
  const elsewhere = requests.filter((url) => !url.startsWith('data:') && !url.startsWith(origin));
  expect(elsewhere).toEqual([]);
  // The map's code came on its own, after the page: it is not in the first load.
  expect(requests.some((url) => /\/assets\/VenueMap-[\w-]+\.js$/.test(url))).toBe(true);
});

test.describe('on a 360 px screen', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('the map fits without sideways scrolling', async ({ page }) => {
    await open(page, '/?show=map');
    await map(page).locator('summary').click();
    const box = (await map(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(360);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the map has no serious or critical accessibility violation (${colorScheme})`, async ({
    page,
  }) => {
    // axe's colour-contrast rule is slow on a loaded 2-core machine.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    await open(page, '/?show=map&place=Geneva');
    await map(page).locator('summary').click();
    const results = await new AxeBuilder({ page }).include('[data-testid="map"]').analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(serious).toEqual([]);
  });
}

/** Whether the map's land is under the middle of each place's symbol, the symbols set aside. */
async function onLand(page: Page, places: readonly string[]): Promise<Record<string, boolean>> {
  return map(page)
    .locator('svg')
    .first()
    .evaluate((svg, places) => {
      svg.scrollIntoView({ block: 'center', behavior: 'instant' });
      const symbols = [...svg.querySelectorAll<SVGElement>('[data-symbol]')];
      const middles = places.map((place) => {
        const box = svg.querySelector(`[data-symbol="${place}"]`)!.getBoundingClientRect();
        return [place, box.x + box.width / 2, box.y + box.height / 2] as const;
      });
      for (const s of symbols) s.style.display = 'none';
      const land = svg.querySelectorAll('path')[1];
      const found = Object.fromEntries(
        middles.map(([place, x, y]) => [place, document.elementFromPoint(x, y) === land]),
      );
      for (const s of symbols) s.style.display = '';
      return found;
    }, places);
}

test('the places sit on their land at every fit of the map: wide, narrowed, another range', async ({
  page,
}) => {
  // Inland cities: at the basemap's 1:110 million a coastal city can fall in the sea.
  const inland = ['Moscow', 'Berlin', 'Kyiv', 'Budapest', 'Davos', 'Geneva'];
  const everywhere = Object.fromEntries(inland.map((place) => [place, true]));
  await open(page, '/?show=map');
  expect(await onLand(page, inland)).toEqual(everywhere);
  await page.setViewportSize({ width: 700, height: 800 });
  await expect.poll(() => onLand(page, inland)).toEqual(everywhere);
  // October to December 2025: other places, so another fit, turned to another meridian.
  await open(page, '/?show=map&from=2025-10-01&to=2026-01-01');
  const later = Object.keys(await shownPlaces(page)).filter((place) => inland.includes(place));
  expect(later.length).toBeGreaterThan(1);
  expect(await onLand(page, later)).toEqual(Object.fromEntries(later.map((p) => [p, true])));
});
