import { expect, test, type Page, type Route } from '@playwright/test';
import { openChart } from './helpers';

/**
 * The stories' line and the eras picker load after the page (src/App.svelte, Lazy's
 * `afterLoad`). Room is kept for them, so what is on screen does not move when they come: a
 * reader's click lands where they aimed. Their code is held back here until the page has been
 * measured, so that the test sees the page both before and after they come.
 */
const LATE_PARTS = [/\/assets\/StoryList-[\w-]+\.js$/, /\/assets\/EraPicker-[\w-]+\.js$/];

function holdLateParts(page: Page): () => Promise<void> {
  const held: Route[] = [];
  let released = false;
  for (const part of LATE_PARTS) {
    void page.route(part, (route) => (released ? route.continue() : void held.push(route)));
  }
  return async () => {
    await expect.poll(() => held.length, { message: 'both parts were asked for' }).toBe(2);
    released = true;
    for (const route of held) await route.continue();
  };
}

/** Where the controls a reader reaches for first are, in page coordinates. */
async function positions(page: Page) {
  const boxes: Record<string, { x: number; y: number } | null> = {};
  const controls = {
    embed: page.getByRole('button', { name: 'Embed…' }),
    lanes: page.getByLabel('Lanes by'),
    search: page.getByRole('searchbox'),
    filters: page.locator('details.filters > summary'),
    chart: page.getByTestId('timeline'),
  };
  for (const [name, locator] of Object.entries(controls)) {
    const box = (await locator.count()) ? await locator.boundingBox() : null;
    boxes[name] = box && { x: Math.round(box.x), y: Math.round(box.y) };
  }
  return boxes;
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 375, height: 740 },
]) {
  test(`at ${viewport.width} px, nothing moves when the stories and the eras picker arrive`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    const release = holdLateParts(page);
    await openChart(page);
    await expect(page.getByTestId('story-list')).toHaveCount(0);
    await expect(page.getByTestId('era-picker')).toHaveCount(0);
    const before = await positions(page);

    await release();
    await expect(page.getByTestId('story-list')).toBeAttached();
    await expect(page.getByTestId('era-picker')).toBeAttached();
    // One more frame, for the layout after they rendered.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(await positions(page)).toEqual(before);
  });
}
