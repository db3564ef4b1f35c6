import { type Page } from '@playwright/test';
import { expect, test } from './released-data';
import { readFile } from 'node:fs/promises';
import { listItem, openChart, waitForApp } from './helpers';
import { DARK_PALETTE, PRINT_PALETTE } from '../../src/lib/theme/tokens';

const TITLE = 'US–Russia–Ukraine peace talks, 2025–2026';
// Envoy meetings from February to May 2025: few enough that every one has its own mark.
const VIEW = '/?from=2025-02-01&to=2025-06-01&kind=envoy-meeting';

async function openView(page: Page, url = VIEW) {
  await openChart(page, url);
}

async function openMenu(page: Page) {
  const menu = page.getByTestId('export-menu');
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
  return menu;
}

/** Click an export button and read the file the browser saved. */
async function download(page: Page, label: string) {
  const menu = await openMenu(page);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: label }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** The ids of the events the list shows (the events in view). */
async function listedIds(page: Page): Promise<string[]> {
  // The list's cards come after the chart has painted (and after the views under it).
  const cards = page.locator('#events article[data-event-id]');
  await expect(cards.first()).toBeVisible();
  return cards.evaluateAll((items) =>
    items.map((item) => item.getAttribute('data-event-id') ?? ''),
  );
}

test('exports the view as an SVG with real text: title, dates, events, legend and credit', async ({
  page,
}) => {
  await openView(page);
  const ids = await listedIds(page);
  expect(ids.length).toBeGreaterThan(2);

  const { name, bytes } = await download(page, 'Chart as SVG');
  expect(name).toMatch(
    /^parley-us-russia-ukraine-peace-talks-2025-2026-chart-\d{4}-\d{2}-\d{2}\.svg$/,
  );
  const svg = bytes.toString('utf8');

  // A real XML parser reads it, and finds the texts as <text> elements.
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: root.localName,
      ns: root.namespaceURI,
      width: root.getAttribute('width'),
      viewBox: root.getAttribute('viewBox'),
      texts: Array.from(doc.querySelectorAll('text'), (t) => t.textContent ?? ''),
      marks: Array.from(doc.querySelectorAll('[data-event-id]'), (m) =>
        m.getAttribute('data-event-id'),
      ),
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed.ns).toBe('http://www.w3.org/2000/svg');
  expect(parsed.width).toBe('1200');
  expect(parsed.viewBox).toMatch(/^0 0 1200 \d+$/);

  expect(parsed.texts[0]).toBe(TITLE);
  expect(parsed.texts[1]).toBe(
    `1 Feb 2025 – 31 May 2025 · ${ids.length} events · lanes by channel`,
  );
  expect(parsed.texts).toContain('US–Russia');
  for (const entry of ['One day', 'Several days', 'Unconfirmed', 'Envoy meeting'])
    expect(parsed.texts).toContain(entry);
  // The filter is in the image: no other kind is explained.
  expect(parsed.texts).not.toContain('Phone call');
  expect(parsed.texts).toContain(`Data: ${TITLE}, via Parley`);
  const link = parsed.texts.find((t) => t.startsWith('http://127.0.0.1'));
  expect(link).toContain('from=2025-02-01');
  expect(link).toContain('kind=envoy-meeting');

  // One mark per event in view, and event titles written as text.
  expect([...parsed.marks].sort()).toEqual([...ids].sort());
  const titles = await page.locator('#events article h4').allInnerTexts();
  const labelled = titles.filter((title) => parsed.texts.includes(title.trim()));
  expect(labelled.length).toBeGreaterThan(0);
});

test('exports the view as a PNG at twice the SVG’s size, with the chart drawn in it', async ({
  page,
}) => {
  await openView(page);
  const svg = (await download(page, 'Chart as SVG')).bytes.toString('utf8');
  const [, width, height] = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg) ?? [];

  const { name, bytes } = await download(page, 'Chart as PNG');
  expect(name).toMatch(/-chart-\d{4}-\d{2}-\d{2}\.png$/);
  // The PNG signature, then the IHDR chunk: width and height, big-endian, at bytes 16 and 20.
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  expect(bytes.readUInt32BE(16)).toBe(2 * Number(width));
  expect(bytes.readUInt32BE(20)).toBe(2 * Number(height));
  await expect(page.getByTestId('chart-image').getByRole('status')).toHaveText(
    `Saved ${name} (${2 * Number(width)} × ${2 * Number(height)} px).`,
  );

  // Decode it: a white page, dark title text at the top, and envoy-meeting blue in the marks.
  const pixels = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const count = (
      x: number,
      y: number,
      w: number,
      h: number,
      test: (rgb: number[]) => boolean,
    ) => {
      const data = ctx.getImageData(x, y, w, h).data;
      let n = 0;
      for (let i = 0; i < data.length; i += 4)
        if (test([data[i]!, data[i + 1]!, data[i + 2]!])) n++;
      return n;
    };
    const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]!) < 24);
    return {
      corner: Array.from(ctx.getImageData(2, 2, 1, 1).data),
      titleInk: count(48, 40, 600, 40, (rgb) => rgb.every((v) => v < 90)),
      blue: count(0, 0, canvas.width, canvas.height, (rgb) => near(rgb, [0x1f, 0x5f, 0xa8])),
    };
  }, bytes.toString('base64'));
  expect(pixels.corner).toEqual([255, 255, 255, 255]);
  expect(pixels.titleInk).toBeGreaterThan(200);
  expect(pixels.blue).toBeGreaterThan(100);
});

test('"Copy link to this view" and "Copy link to this event" put the links on the clipboard', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openView(page);
  const menu = await openMenu(page);
  await menu.getByRole('button', { name: 'Copy link to this view' }).click();
  await expect(menu.getByText('Link copied')).toBeVisible();
  const viewLink = await page.evaluate(() => navigator.clipboard.readText());
  expect(viewLink).toBe(page.url());
  expect(new URL(viewLink).searchParams.getAll('kind')).toEqual(['envoy-meeting']);

  const id = (await listedIds(page))[0]!;
  const title = await listItem(page, id).locator('h4 a').innerText();
  await listItem(page, id).locator('h4 a').click();
  const detail = page.getByTestId('event-detail');
  await detail.getByRole('button', { name: 'Copy link to this event' }).click();
  await expect(detail.getByText('Link copied')).toBeVisible();
  const eventLink = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(eventLink.searchParams.get('event')).toBe(id);
  expect(eventLink.searchParams.get('from')).toBe('2025-02-01');

  // The link opens that event.
  await page.goto(eventLink.href);
  await expect(page.getByTestId('event-detail')).toBeVisible();
  await expect(page.getByTestId('event-detail').locator('h2')).toHaveText(title);
});

test('when the browser will not copy, the link is shown to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
  });
  await openView(page);
  const menu = await openMenu(page);
  await menu.getByRole('button', { name: 'Copy link to this view' }).click();
  await expect(menu.getByText('Copying was not allowed here')).toBeVisible();
  await expect(menu.getByRole('textbox', { name: 'Link to copy' })).toHaveValue(page.url());
});

test('printed from a dark screen, the chart is on white: its canvas takes the print palette too', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openView(page, '/');
  // The second lane's band, at its left edge (before any label or mark): the canvas draws it.
  const band = () =>
    page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="timeline"] canvas');
      const name = document.querySelectorAll('[data-testid="timeline"] text.lane-label')[1];
      if (!canvas || !name) return 'no canvas or no second lane';
      const box = canvas.getBoundingClientRect();
      const ratio = canvas.width / box.width;
      const y = Math.round((name.getBoundingClientRect().bottom + 3 - box.top) * ratio);
      const [r, g, b] =
        canvas.getContext('2d')?.getImageData(Math.round(2 * ratio), y, 1, 1).data ?? [];
      return `#${[r, g, b].map((n) => (n ?? 0).toString(16).padStart(2, '0')).join('')}`;
    });
  await expect.poll(band).toBe(DARK_PALETTE.laneOdd);

  // Print preview (the print media query) and the print dialog's beforeprint both redraw it.
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  await expect.poll(band).toBe(PRINT_PALETTE.laneOdd);
  await page.emulateMedia({ colorScheme: 'dark', media: 'screen' });
  await expect.poll(band).toBe(DARK_PALETTE.laneOdd);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect.poll(band).toBe(PRINT_PALETTE.laneOdd);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect.poll(band).toBe(DARK_PALETTE.laneOdd);
});

test('printing shows the list and the open event, without filters, controls or buttons', async ({
  page,
}) => {
  // Narrower than 900 px, where the screen hides the list behind an open event.
  await page.setViewportSize({ width: 800, height: 1000 });
  await page.goto('/?event=witkoff-putin-2025-04-25');
  await waitForApp(page);
  const detail = page.getByTestId('event-detail');
  await expect(detail).toBeVisible();
  await expect(page.locator('#events')).toBeHidden();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('complementary', { name: 'Filters' })).toBeHidden();
  await expect(page.getByLabel('Lanes by')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeHidden();
  await expect(detail.getByRole('button', { name: '← All events' })).toBeHidden();
  await expect(detail).toBeVisible();
  await expect(page.locator('#events')).toBeVisible();
  await expect(page.locator('#events article').first()).toBeVisible();

  // Black on white, and a source link prints its address.
  const look = await page.evaluate(() => {
    const link = document.querySelector<HTMLAnchorElement>('.detail-sources a[href^="http"]');
    return {
      background: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.body).color,
      href: link?.href ?? '',
      after: link ? getComputedStyle(link, '::after').content : '',
      cards: getComputedStyle(document.querySelector('.event-summary')!).breakInside,
      // Cards far from the scroll position are drawn too (on screen they skip painting).
      drawn: getComputedStyle(document.querySelector('.month li:last-child')!).contentVisibility,
    };
  });
  expect(look.background).toBe('rgb(255, 255, 255)');
  expect(look.text).toBe('rgb(0, 0, 0)');
  expect(look.href).toMatch(/^https?:\/\//);
  expect(look.after).toContain(look.href.replace(/\/$/, ''));
  expect(look.cards).toBe('avoid');
  expect(look.drawn).toBe('visible');

  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('complementary', { name: 'Filters' })).toBeVisible();
});

/** The places an exported SVG draws on its map, with their counts; the words it writes. */
async function mapInImage(page: Page, svg: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      maps: doc.querySelectorAll('g.map').length,
      places: Object.fromEntries(
        Array.from(doc.querySelectorAll('g.map circle[data-place]'), (c) => [
          c.getAttribute('data-place'),
          Number(c.getAttribute('data-count')),
        ]),
      ),
      land: doc.querySelector('g.map path.land')?.getAttribute('d')?.length ?? 0,
      texts: Array.from(doc.querySelectorAll('text'), (t) => t.textContent ?? ''),
    };
  }, svg);
}

test('with the map open, the image has the map under the timeline: its places, counts and credit', async ({
  page,
}) => {
  await openView(page, '/?show=map');
  const map = page.getByTestId('map');
  await expect(map).toBeVisible();
  // What the live map draws: a circle per place with coordinates, each with its count.
  const shown = await map
    .locator('[data-symbol]')
    .evaluateAll((circles) => circles.map((c) => c.getAttribute('data-symbol') ?? ''));
  const counts = Object.fromEntries(
    await map
      .locator('[data-place]')
      .evaluateAll((buttons) =>
        buttons.map((b) => [b.getAttribute('data-place'), Number(b.getAttribute('data-count'))]),
      ),
  ) as Record<string, number>;
  expect(shown.length).toBeGreaterThan(10);

  const svg = (await download(page, 'Chart as SVG')).bytes.toString('utf8');
  const image = await mapInImage(page, svg);
  expect(image.error).toBeNull();
  expect(image.maps).toBe(1);
  expect(Object.keys(image.places).sort()).toEqual([...shown].sort());
  for (const [place, count] of Object.entries(image.places)) expect(count).toBe(counts[place]);
  expect(image.land).toBeGreaterThan(1000);
  expect(image.texts).toContain('Places');
  expect(image.texts).toContain(`Moscow ${counts.Moscow}`);
  expect(image.texts).toContain('Basemap: Natural Earth (public domain), via world-atlas');
  // The events without a place are said, not dropped.
  expect(image.texts.some((t) => / \d+ without a place\.$/.test(t))).toBe(true);

  // The PNG is the same image, map included: taller than the timeline alone.
  const [, height] = /<svg [^>]*height="(\d+)"/.exec(svg) ?? [];
  const png = (await download(page, 'Chart as PNG')).bytes;
  expect(png.readUInt32BE(20)).toBe(2 * Number(height));

  // Closed, the map leaves the image.
  await page.getByTestId('toggle-map').click();
  await expect(map).toBeHidden();
  const closed = await mapInImage(
    page,
    (await download(page, 'Chart as SVG')).bytes.toString('utf8'),
  );
  expect(closed.maps).toBe(0);
  expect(closed.places).toEqual({});
  expect(closed.texts).not.toContain('Places');
  const [, closedHeight] =
    /<svg [^>]*height="(\d+)"/.exec(
      (await download(page, 'Chart as SVG')).bytes.toString('utf8'),
    ) ?? [];
  expect(Number(closedHeight)).toBeLessThan(Number(height) - 400);
});

test('the image shows the chosen place marked and the others dimmed, as the map does', async ({
  page,
}) => {
  await openView(page, '/?show=map&place=Istanbul');
  await expect(page.getByTestId('map')).toBeVisible();
  const svg = (await download(page, 'Chart as SVG')).bytes.toString('utf8');
  const looks = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return Array.from(doc.querySelectorAll('g.map circle[data-place]'), (c) => [
      c.getAttribute('data-place'),
      c.getAttribute('fill-opacity'),
    ]);
  }, svg);
  expect(looks.length).toBeGreaterThan(10);
  for (const [place, opacity] of looks) expect(opacity).toBe(place === 'Istanbul' ? '1' : '0.3');
});

test('exports at a newsroom’s size, exactly so many pixels, with the journalist’s headline and credit', async ({
  page,
}) => {
  await openView(page);
  const menu = await openMenu(page);
  await menu.getByTestId('chart-image-size').selectOption('1:1');
  await menu.getByTestId('chart-image-headline').fill('Four envoy meetings in spring');
  await menu.getByLabel('Credit or byline').fill('Graphic: A. Reporter');
  const svg = (await download(page, 'Chart as SVG')).bytes.toString('utf8');
  expect(svg).toMatch(
    /^<\?xml[^>]*\?>\n<svg [^>]*width="1080" height="1080" viewBox="0 0 1080 1080"/,
  );
  expect(svg).toContain('>Four envoy meetings in spring</text>');
  expect(svg).toContain(`>Graphic: A. Reporter · Data: ${TITLE}, via Parley</text>`);
  const { name, bytes } = await download(page, 'Chart as PNG');
  expect(name).toMatch(/-chart-1080x1080-\d{4}-\d{2}-\d{2}\.png$/);
  expect(bytes.readUInt32BE(16)).toBe(1080);
  expect(bytes.readUInt32BE(20)).toBe(1080);
  await menu.getByTestId('chart-image-size').selectOption('16:9');
  const wide = await download(page, 'Chart as PNG');
  expect([wide.bytes.readUInt32BE(16), wide.bytes.readUInt32BE(20)]).toEqual([1200, 675]);
});
