import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openChart, waitForApp } from './helpers';

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
      await openChart(page);
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

    test('a conflict dataset beside the talks, and the dialog of a big streamed import, have none either', async ({
      page,
    }) => {
      await page.goto('/');
      await waitForApp(page);
      await page.getByTestId('open-import').click();
      // Over 8 MB, so it streams: invented ACLED-layout rows, with actors for the band's filter.
      const header = 'event_id_cnty,event_date,event_type,actor1,actor2,admin1,fatalities,notes';
      const rows = Array.from(
        { length: 40_000 },
        (_, i) =>
          `T${i},2025-0${1 + (i % 9)}-1${i % 10},${i % 2 ? 'Battles' : 'Protests'},Force ${i % 5},Force ${(i + 1) % 5},Region ${i % 3},${i % 4},"${'An invented row for the accessibility test. '.repeat(4)}"`,
      );
      await page.getByTestId('import-file').setInputFiles({
        name: 'streamed.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from([header, ...rows].join('\n')),
      });
      await expect(page.getByTestId('import-streamed')).toBeVisible({ timeout: 60_000 });
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByTestId('import-show-beside').click();
      const beside = page.getByTestId('beside');
      await expect(beside).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
      await beside.getByTestId('beside-actor').fill('Force 2');
      await beside.locator('.busiest button').first().click();
      await expect(page.getByTestId('beside-period')).toBeVisible();
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
