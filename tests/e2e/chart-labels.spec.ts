import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test as released } from './released-data';
import { openChart } from './helpers';

/**
 * The chart's titles must be readable where the reader first sees them: at 1280 px, in the view
 * the app opens on, at least 80% of the marks carry a label of at least 12 characters or their
 * whole title or short title (docs/labels.md gives the figure measured).
 */
interface Titles {
  title: string;
  shortTitle?: string;
}

const READABLE_CHARS = 12;

function titlesOf(json: string): Map<string, Titles> {
  const data = JSON.parse(json) as { events: (Titles & { id: string })[] };
  return new Map(data.events.map((e) => [e.id, e]));
}

/** Per mark in view: its label's text, or null; and the labels' boxes, row by row. */
async function readLabels(page: Page) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openChart(page);
  return page.evaluate(() => {
    const chart = document.querySelector('[data-testid="timeline"] svg') as SVGSVGElement;
    const ids = [...chart.querySelectorAll('[data-event-id]')].map((m) =>
      m.getAttribute('data-event-id'),
    );
    const labels = [...chart.querySelectorAll<SVGTextElement>('.mark-label')].map((t) => {
      const box = t.getBBox();
      return {
        id: t.getAttribute('data-label-for'),
        text: t.textContent ?? '',
        box: { x: box.x, y: box.y, width: box.width, height: box.height },
      };
    });
    return { ids, labels, width: chart.getBoundingClientRect().width };
  });
}

function readableShare(
  ids: (string | null)[],
  labels: { id: string | null; text: string }[],
  titles: Map<string, Titles>,
): number {
  const readable = ids.filter((id) => {
    const text = labels.find((l) => l.id === id)?.text.replace(/^★ /, '');
    const t = titles.get(id ?? '');
    if (!text || !t) return false;
    return text === t.title || text === t.shortTitle || text.length >= READABLE_CHARS;
  });
  return readable.length / ids.length;
}

function expectNoOverlap(labels: { box: DOMRectInit & { x: number; y: number } }[]) {
  for (const a of labels)
    for (const b of labels) {
      if (a === b) continue;
      const [ax, ay, aw, ah] = [a.box.x, a.box.y, a.box.width ?? 0, a.box.height ?? 0];
      const [bx, by, bw, bh] = [b.box.x, b.box.y, b.box.width ?? 0, b.box.height ?? 0];
      const apart = ax + aw <= bx || bx + bw <= ax || ay + ah <= by + 2 || by + bh <= ay + 2;
      expect(apart, `"${JSON.stringify(a)}" overlaps "${JSON.stringify(b)}"`).toBe(true);
    }
}

test('at 1280 px, at least 80% of the marks in the opening view show a readable title', async ({
  page,
}) => {
  const { ids, labels, width } = await readLabels(page);
  const titles = titlesOf(readFileSync('data/chronology.json', 'utf8'));
  expect(ids.length).toBeGreaterThan(20);
  expect(readableShare(ids, labels, titles)).toBeGreaterThanOrEqual(0.8);
  expectNoOverlap(labels);
  for (const label of labels) expect(label.box.x + label.box.width).toBeLessThanOrEqual(width);
});

released(
  'titles without short titles (the 1.0.1 release) still read at 1280 px',
  async ({ page }) => {
    const { ids, labels } = await readLabels(page);
    const titles = titlesOf(readFileSync('tests/fixtures/chronology-1.0.1.json', 'utf8'));
    expect(ids).toHaveLength(47);
    expect(readableShare(ids, labels, titles)).toBeGreaterThanOrEqual(0.8);
    expectNoOverlap(labels);
  },
);
