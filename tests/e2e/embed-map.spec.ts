import { expect, test } from './released-data';

// The embed's view= (issue 12): the venue map alone, or under the timeline, on the 1.0.1 release.

test('view=map shows the venue map alone, and a place filters it', async ({ page }) => {
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('http://127.0.0.1')) elsewhere.push(request.url());
  });
  await page.goto('/embed.html?view=map');
  const map = page.getByTestId('map');
  await expect(map).toBeVisible();
  await expect(page.getByTestId('timeline')).toHaveCount(0);
  const moscow = map.locator('[data-place="Moscow"]');
  await expect(moscow).toHaveAttribute('data-count', /^[1-9]\d*$/);
  await moscow.click();
  await expect(page).toHaveURL(/place=Moscow/);
  await expect(map.locator('button[data-place="Moscow"]')).toHaveAttribute('aria-pressed', 'true');
  // "Open in Parley" carries the filter, not the frame's layout.
  const link = page.getByTestId('open-in-parley');
  await expect(link).toHaveAttribute('href', /place=Moscow/);
  await expect(link).not.toHaveAttribute('href', /view=/);
  expect(elsewhere).toEqual([]);
});

test('view=timeline+map shows the map under the timeline, and a place filters both', async ({
  page,
}) => {
  await page.goto('/embed.html?view=timeline%2Bmap');
  const timeline = page.getByTestId('timeline');
  await expect(timeline).toHaveAttribute('data-ready', 'true');
  const map = page.getByTestId('map');
  await expect(map).toBeVisible();
  const chart = (await timeline.boundingBox())!;
  expect((await map.boundingBox())!.y).toBeGreaterThan(chart.y + chart.height - 1);
  const before = await timeline.getAttribute('data-events');
  await map.locator('button[data-place="Istanbul"]').click();
  await expect(timeline).not.toHaveAttribute('data-events', before ?? '');
  await expect(page).toHaveURL(/place=Istanbul/);
});

test('the Embed dialog offers the map, and its snippet asks for it', async ({ page }) => {
  await page.goto('/?show=map');
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('open-embed').click();
  const layout = page.getByTestId('embed-layout');
  // The map is open in the app: a new frame shows it under the timeline unless told otherwise.
  await expect(layout).toHaveValue('timeline+map');
  await layout.selectOption('map');
  // The starting height fits the preview's content once the frame has reported it.
  await expect(page.getByTestId('embed-snippet')).toHaveValue(
    /embed\.html\?(height=\d+&amp;)?view=map"/,
  );
});
