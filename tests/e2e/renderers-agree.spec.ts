import { type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { openChart } from './helpers';

// Issue 9's "three renderers agree", checked on what the reader gets: the live chart's SVG marks
// as the browser paints them (its CSS colours resolved) against the marks of the SVG image the
// export writes. encoding.test.ts checks the encodings; this checks the rendered files.

const STARRED = 'istanbul-direct-2025-05-16';
// From the one event known only to its month (Aug 2024, a pale dashed band) to the end of 2025.
const VIEW = '/?from=2024-07-01&to=2026-01-01';

/** One drawn part of a mark: its shape's size and its paint, colours as the browser reads them. */
interface Part {
  shape: string;
  r: number | null;
  height: number | null;
  rx: number | null;
  fill: string;
  fillOpacity: number;
  stroke: string;
  strokeWidth: number;
  dash: string;
}

/**
 * Each mark's parts, by event id. Positions are left out: the image is 1,200 px wide and the
 * chart as wide as the window, so the same dates fall elsewhere; sizes and paints do not move.
 */
async function liveMarks(page: Page): Promise<Record<string, Part[]>> {
  return page.locator('[data-testid="timeline"] svg g.mark[data-event-id]').evaluateAll((groups) =>
    Object.fromEntries(
      groups.map((g) => [
        g.getAttribute('data-event-id') ?? '',
        // The star's ring stays out: an image is made to be shared, and leaves the reader's
        // stars out (ChartImageExport.svelte).
        Array.from(g.querySelectorAll('circle:not(.star-ring), rect:not(.star-ring)'), (el) => {
          const style = getComputedStyle(el);
          const number = (name: string) =>
            el.hasAttribute(name) ? Number(el.getAttribute(name)) : null;
          return {
            shape: el.localName,
            r: number('r'),
            height: number('height'),
            rx: number('rx'),
            fill: style.fill,
            fillOpacity: Number(style.fillOpacity),
            stroke: style.stroke,
            strokeWidth: parseFloat(style.strokeWidth),
            dash: style.strokeDasharray.replace(/px/g, '').replace(/,\s*/g, ' '),
          };
        }),
      ]),
    ),
  );
}

/** The same, read from the exported file: its attributes, colours resolved by the browser too. */
async function imageMarks(page: Page, svg: string): Promise<Record<string, Part[]>> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const probe = document.createElement('span');
    document.body.append(probe);
    const colour = (value: string | null) => {
      if (!value || value === 'none') return 'none';
      probe.style.color = value;
      return getComputedStyle(probe).color;
    };
    const marks = Object.fromEntries(
      Array.from(doc.querySelectorAll('g.mark[data-event-id]'), (g) => [
        g.getAttribute('data-event-id') ?? '',
        Array.from(g.querySelectorAll('circle, rect'), (el) => {
          const number = (name: string) =>
            el.hasAttribute(name) ? Number(el.getAttribute(name)) : null;
          return {
            shape: el.localName,
            r: number('r'),
            height: number('height'),
            rx: number('rx'),
            fill: colour(el.getAttribute('fill')),
            fillOpacity: Number(el.getAttribute('fill-opacity') ?? 1),
            stroke: colour(el.getAttribute('stroke')),
            strokeWidth: Number(el.getAttribute('stroke-width') ?? 1),
            dash: el.getAttribute('stroke-dasharray') ?? 'none',
          };
        }),
      ]),
    );
    probe.remove();
    return marks;
  }, svg);
}

/**
 * The lane labels, and the distinct looks of the events' labels: from the
 * live chart (`svg` undefined) as Chromium paints it, or from the exported file's attributes.
 * Labels sit elsewhere in a wider image, so what is compared is how they look, not where.
 */
async function textLooks(page: Page, svg?: string) {
  return page.evaluate((source) => {
    const probe = document.createElement('span');
    document.body.append(probe);
    const colour = (value: string | null) => {
      if (!value || value === 'none') return 'none';
      probe.style.color = value;
      return getComputedStyle(probe).color;
    };
    const root = source
      ? new DOMParser().parseFromString(source, 'image/svg+xml')
      : document.querySelector('[data-testid="timeline"] svg');
    const look = (el: Element) => {
      if (!source) {
        const style = getComputedStyle(el);
        return {
          fill: style.fill === 'none' ? 'none' : colour(style.fill),
          stroke: style.stroke === 'none' ? 'none' : colour(style.stroke),
          strokeWidth: style.stroke === 'none' ? 0 : parseFloat(style.strokeWidth),
          fontSize: el.localName === 'text' ? parseFloat(style.fontSize) : 0,
          fontWeight: el.localName === 'text' ? Number(style.fontWeight) : 0,
        };
      }
      const stroke = colour(el.getAttribute('stroke'));
      return {
        fill: colour(el.getAttribute('fill') ?? (el.localName === 'line' ? 'none' : 'black')),
        stroke,
        strokeWidth: stroke === 'none' ? 0 : Number(el.getAttribute('stroke-width') ?? 1),
        fontSize: el.localName === 'text' ? Number(el.getAttribute('font-size')) : 0,
        fontWeight: el.localName === 'text' ? Number(el.getAttribute('font-weight') ?? 400) : 0,
      };
    };
    const distinct = (selector: string) =>
      [
        ...new Set(
          Array.from(root?.querySelectorAll(selector) ?? [], (el) => JSON.stringify(look(el))),
        ),
      ].sort();
    const looks = {
      lanes: Array.from(root?.querySelectorAll('text.lane-label') ?? [], (el) => ({
        text: el.textContent,
        x: Number(el.getAttribute('x')),
        ...look(el),
      })),
      labels: distinct('text.mark-label'),
    };
    probe.remove();
    return looks;
  }, svg);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the exported image paints every mark as the chart does (${scheme}): shape, size, colours, dash and disagreement, labels alike; no star`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    // A starred event: the chart rings it, the image does not, and the rest of it is alike.
    await openChart(page, `/?event=${STARRED}`);
    const star = page.getByTestId('event-note').getByRole('button', { name: 'Star this event' });
    await star.click();
    await expect(star).toHaveAttribute('aria-pressed', 'true');
    // No event open: the image never shows one selected.
    await openChart(page, VIEW);

    const live = await liveMarks(page);
    const ids = Object.keys(live);
    expect(ids.length).toBeGreaterThan(10);
    const parts = Object.values(live).flat();
    // The view holds every kind of part the encoding draws, or the comparison would miss one.
    for (const kind of ['circle', 'rect']) expect(parts.some((p) => p.shape === kind)).toBe(true);
    const starred = page.locator(`g.mark[data-event-id="${STARRED}"]`);
    await expect(starred.locator('.star-ring')).toHaveCount(1);
    expect(await page.locator('.disagree-cue').count()).toBeGreaterThan(0);
    expect(parts.some((p) => p.dash !== 'none')).toBe(true);
    expect(parts.some((p) => p.fillOpacity < 1)).toBe(true);

    const menu = page.getByTestId('export-menu');
    await menu.locator('summary').click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      menu.getByRole('button', { name: 'Chart as SVG' }).click(),
    ]);
    const svg = (await readFile(await file.path())).toString('utf8');
    const image = await imageMarks(page, svg);

    // Every mark of the chart is in the image, drawn alike part by part.
    expect(Object.keys(image).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(image[id], id).toEqual(live[id]);

    // The lanes' names and the events' titles beside their marks (haloed) look alike too. This
    // view has no title inside a bar and no leader line; encoding.test.ts compares those on the
    // canvas and in the image.
    const liveText = await textLooks(page);
    const imageText = await textLooks(page, svg);
    expect(liveText.lanes.length).toBeGreaterThan(2);
    expect(imageText.lanes).toEqual(liveText.lanes);
    const haloed = (looks: string[]) => looks.filter((look) => !look.includes('"stroke":"none"'));
    expect(haloed(liveText.labels)).toHaveLength(1);
    expect(haloed(imageText.labels)).toEqual(haloed(liveText.labels));
  });
}
