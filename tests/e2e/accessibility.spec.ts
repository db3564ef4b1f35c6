import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { waitForApp } from './helpers';

async function seriousViolations(page: Page) {
  // axe's colour-contrast rule alone takes 10–20 s on this page on a loaded 2-core machine.
  test.setTimeout(120_000);
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('the main view has no serious or critical accessibility violation', async ({ page }) => {
      await page.goto('/');
      await waitForApp(page);
      await expect(page.getByTestId('timeline')).toHaveAttribute('data-ready', 'true');
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('an open event and a filtered, zoomed view have none either', async ({ page }) => {
      await page.goto(
        '/?event=witkoff-putin-2025-04-25&kind=envoy-meeting&from=2025-03-01&to=2025-06-01',
      );
      await waitForApp(page);
      await expect(page.getByTestId('event-detail')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}

test('with reduced motion nothing animates', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto('/');
  await waitForApp(page);
  const animated = await page.evaluate(
    () =>
      [...document.querySelectorAll('*')].filter((el) => {
        const style = getComputedStyle(el);
        return parseFloat(style.transitionDuration) > 0 || style.animationName !== 'none';
      }).length,
  );
  expect(animated).toBe(0);
  await context.close();
});
