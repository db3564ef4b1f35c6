import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './released-data';
import { listItem, waitForApp } from './helpers';

// Counts below are those of the frozen 1.0.1 release (tests/fixtures/chronology-1.0.1.json).

test('?person= opens that person’s view: their events, counts, and the people they met most', async ({
  page,
}) => {
  await page.goto('/?person=witkoff');
  await waitForApp(page);
  const person = page.getByTestId('person');
  await expect(person).toHaveAttribute('data-events', '26');
  await expect(person.getByRole('heading', { level: 2 })).toHaveText('Steve Witkoff');
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
