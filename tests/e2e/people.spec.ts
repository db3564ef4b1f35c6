import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './released-data';
import { facetOption, listItem, waitForApp } from './helpers';
import { SIDE_COLORS } from '../../src/lib/theme/side-colors';
import { LIGHT_PALETTE } from '../../src/lib/theme/tokens';

// Counts below are those of the frozen 1.0.1 release (tests/fixtures/chronology-1.0.1.json).

test('?person= opens that person’s view: their events, counts, and the people they met most', async ({
  page,
}) => {
  await page.goto('/?person=witkoff');
  await waitForApp(page);
  const person = page.getByTestId('person');
  await expect(person).toHaveAttribute('data-events', '26');
  await expect(person.getByRole('heading', { level: 2 })).toHaveText('Steve Witkoff');
  await expect(person.locator('.who [data-side="US"]')).toHaveText('United States');
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-events', '26');
  const partners = person.locator('ol.partners > li');
  await expect(partners.first()).toContainText('Jared Kushner');
  await expect(partners.first()).toContainText('13');
  // Each partner's count opens the events the two shared, and Back returns.
  await partners
    .filter({ hasText: 'Vladimir Putin' })
    .getByRole('link', { name: /8 shared events with Vladimir Putin/ })
    .click();
  await expect(page).toHaveURL(/person=witkoff&person=putin&personMatch=all/);
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-events', '8');
  await page.goBack();
  await expect(page.getByTestId('person')).toHaveAttribute('data-events', '26');
});

test('a participant’s name in the list opens their person view', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  const card = listItem(page, 'witkoff-putin-2025-08-06');
  await card.getByRole('link', { name: 'Vladimir Putin' }).click();
  await expect(page).toHaveURL(/person=putin/);
  await expect(page.getByTestId('person').getByRole('heading', { level: 2 })).toHaveText(
    'Vladimir Putin',
  );
});

test('“Who met whom” shows pairs as a matrix and a table; a pair filters the timeline to their events', async ({
  page,
}) => {
  await page.goto('/');
  await waitForApp(page);
  const toggle = page.getByRole('button', { name: 'Who met whom' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/show=people/);
  const panel = page.getByTestId('who-met-whom');
  const strongest = panel.locator('table.pairs tbody tr').first();
  await expect(strongest).toContainText('Jared Kushner');
  await expect(strongest).toContainText('Steve Witkoff');
  await expect(strongest).toContainText('13');
  await panel
    .getByRole('link', {
      name: /^(Jared Kushner and Steve Witkoff|Steve Witkoff and Jared Kushner): 13 shared events$/,
    })
    .first()
    .click();
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-events', '13');
  await page.reload();
  await waitForApp(page);
  await expect(page.getByTestId('who-met-whom')).toBeVisible();
  await expect(page.getByTestId('person')).toHaveCount(0);
});

/** `#rrggbb` as getComputedStyle writes it. */
const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

test('“Who met whom” colours each person by side, says the side in words, and has a legend', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/?show=people');
  await waitForApp(page);
  const panel = page.getByTestId('who-met-whom');
  const legend = panel.getByRole('list', { name: 'Sides' });
  await expect(legend).toContainText('United States');
  await expect(legend).toContainText('Russia');
  const dot = (side: string) =>
    legend.locator(`[data-side="${side}"] circle`).evaluate((c) => getComputedStyle(c).fill);
  expect(await dot('US')).toBe(rgb(SIDE_COLORS.light.US!));
  expect(await dot('RU')).toBe(rgb(SIDE_COLORS.light.RU!));

  // The matrix's row for Putin: his name, his side's code (its title in words), its colour.
  const putin = panel.getByRole('rowheader', { name: /Vladimir Putin/ });
  await expect(putin).toContainText('RU');
  await expect(putin.locator('abbr')).toHaveAttribute('title', 'Russia');
  expect(await putin.locator('circle').evaluate((c) => getComputedStyle(c).fill)).toBe(
    rgb(SIDE_COLORS.light.RU!),
  );
  await expect(panel.getByRole('columnheader', { name: /Steve Witkoff/ })).toContainText('US');

  // The table of pairs says each person's side too.
  const strongest = panel.locator('table.pairs tbody tr').first();
  await expect(strongest.locator('[data-side="US"]')).toHaveCount(2);

  // A pair's count is shaded in no side's colour: a blue cell would read as "American".
  const sideColours = Object.values(SIDE_COLORS.light).map(rgb);
  const strongestCell = panel.locator('table.matrix .cell[data-level="4"]').first();
  const heat = await strongestCell.evaluate((c) => getComputedStyle(c).backgroundColor);
  expect(sideColours).not.toContain(heat);
  expect(heat).toBe(rgb(LIGHT_PALETTE.text));

  // In dark colours, the dark palette's.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect
    .poll(() => putin.locator('circle').evaluate((c) => getComputedStyle(c).fill))
    .toBe(rgb(SIDE_COLORS.dark.RU!));

  // Nor are a person's events on their strip: Putin's are not drawn in the US blue.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/?person=putin&show=people');
  await waitForApp(page);
  const dotFill = await page
    .getByTestId('person')
    .locator('.person-strip .dot')
    .first()
    .evaluate((c) => getComputedStyle(c).fill);
  expect(sideColours).not.toContain(dotFill);
  expect(dotFill).toBe(rgb(LIGHT_PALETTE.text));
});

test('the people views work by keyboard and have no serious accessibility violation', async ({
  page,
}) => {
  await page.goto('/?person=witkoff&show=people');
  await waitForApp(page);
  await expect(page.getByTestId('who-met-whom')).toBeVisible();
  const first = page.getByTestId('person').locator('ol.partners > li a').first();
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/person=kushner/);
  const results = await new AxeBuilder({ page })
    .include('[data-testid="person"]')
    .include('[data-testid="who-met-whom"]')
    .analyze();
  const serious = results.violations.filter((v) =>
    ['serious', 'critical'].includes(v.impact ?? ''),
  );
  expect(serious.map((v) => v.id)).toEqual([]);
});

test('on a 360 px phone the people views fit without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/?person=witkoff&show=people');
  await waitForApp(page);
  await expect(page.getByTestId('who-met-whom')).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('“Who met whom” after a filter shows what a fresh page of that filter shows', async ({
  page,
}) => {
  const panel = page.getByTestId('who-met-whom');
  const panelText = async () => {
    return {
      columns: await panel.locator('table.matrix thead th').allInnerTexts(),
      cells: await panel
        .locator('table.matrix .cell')
        .evaluateAll((cells) =>
          cells.map((c) => `${c.getAttribute('aria-label')} ${c.getAttribute('href')}`),
        ),
      pairs: await panel.locator('table.pairs tbody tr').allTextContents(),
    };
  };
  await page.goto('/?show=people&kind=negotiation-round');
  await waitForApp(page);
  await expect(panel).toHaveAttribute('data-events', /^\d+$/);
  const freshCount = (await panel.getAttribute('data-events')) ?? '';
  const fresh = await panelText();

  await page.goto('/?show=people');
  await waitForApp(page);
  // The panel loads on first use: wait for it to show the whole release.
  await expect(panel).toHaveAttribute('data-events', '47');
  const unfiltered = await panelText();
  // Other people meet most in negotiation rounds: the filter below changes who is shown.
  expect(unfiltered.columns).not.toEqual(fresh.columns);
  await facetOption(page, 'kind', /Negotiation round/).check();
  await expect(page).toHaveURL(/kind=negotiation-round/);
  await expect(panel).toHaveAttribute('data-events', freshCount);
  await expect.poll(panelText).toEqual(fresh);
});
