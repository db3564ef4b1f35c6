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
  fontSize: number;
  fontWeight: number;
}

interface ChartLooks {
  /** Each mark's parts, by event id. */
  marks: Record<string, Part[]>;
  /** The lanes' names, in order, with where they start. */
  lanes: (Part & { text: string | null; x: number })[];
  /** The distinct looks of the events' titles. */
  labels: string[];
}

/**
 * How the chart looks, from the live page (`svg` undefined) as Chromium paints it (its CSS
 * colours resolved), or from an exported file's attributes. Positions are left out but for the
 * lanes' names: the image is 1,200 px wide and the chart as wide as the window, so the same
 * dates and titles fall elsewhere; sizes and paints do not move.
 */
async function chartLooks(page: Page, svg?: string): Promise<ChartLooks> {
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
    const number = (el: Element, name: string) =>
      el.hasAttribute(name) ? Number(el.getAttribute(name)) : null;
    const text = (el: Element) => el.localName === 'text';
    const look = (el: Element) => {
      const size = { shape: el.localName, r: number(el, 'r'), height: number(el, 'height') };
      if (!source) {
        const style = getComputedStyle(el);
        return {
          ...size,
          rx: number(el, 'rx'),
          fill: colour(style.fill),
          fillOpacity: Number(style.fillOpacity),
          stroke: colour(style.stroke),
          strokeWidth: style.stroke === 'none' ? 0 : parseFloat(style.strokeWidth),
          dash: style.strokeDasharray.replace(/px/g, '').replace(/,\s*/g, ' '),
          fontSize: text(el) ? parseFloat(style.fontSize) : 0,
          fontWeight: text(el) ? Number(style.fontWeight) : 0,
        };
      }
      const stroke = colour(el.getAttribute('stroke'));
      return {
        ...size,
        rx: number(el, 'rx'),
        fill: colour(el.getAttribute('fill') ?? 'black'),
        fillOpacity: Number(el.getAttribute('fill-opacity') ?? 1),
        stroke,
        strokeWidth: stroke === 'none' ? 0 : Number(el.getAttribute('stroke-width') ?? 1),
        dash: el.getAttribute('stroke-dasharray') ?? 'none',
        fontSize: text(el) ? Number(el.getAttribute('font-size')) : 0,
        fontWeight: text(el) ? Number(el.getAttribute('font-weight') ?? 400) : 0,
      };
    };
    const all = (selector: string) => Array.from(root?.querySelectorAll(selector) ?? []);
    const looks = {
      marks: Object.fromEntries(
        all('g.mark[data-event-id]').map((g) => [
          g.getAttribute('data-event-id') ?? '',
          // The star's ring stays out: an image is made to be shared, and leaves the reader's
          // stars out (ChartImageExport.svelte).
          Array.from(g.querySelectorAll('circle:not(.star-ring), rect:not(.star-ring)'), look),
        ]),
      ),
      lanes: all('text.lane-label').map((el) => ({
        text: el.textContent,
        x: Number(el.getAttribute('x')),
        ...look(el),
      })),
      labels: [...new Set(all('text.mark-label').map((el) => JSON.stringify(look(el))))].sort(),
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

    const liveChart = await chartLooks(page);
    const live = liveChart.marks;
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
    const imageChart = await chartLooks(page, svg);
    const image = imageChart.marks;

    // Every mark of the chart is in the image, drawn alike part by part.
    expect(Object.keys(image).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(image[id], id).toEqual(live[id]);

    // The lanes' names and the events' titles beside their marks (haloed) look alike too. This
    // view has no title inside a bar and no leader line; encoding.test.ts compares those on the
    // canvas and in the image.
    expect(liveChart.lanes.length).toBeGreaterThan(2);
    expect(imageChart.lanes).toEqual(liveChart.lanes);
    const haloed = (looks: string[]) => looks.filter((look) => !look.includes('"stroke":"none"'));
    expect(haloed(liveChart.labels)).toHaveLength(1);
    expect(haloed(imageChart.labels)).toEqual(haloed(liveChart.labels));
  });
}
