import { type Page } from '@playwright/test';
import { expect, test } from './released-data';
import { openChart, waitForApp } from './helpers';

/** Every Content-Security-Policy violation the page reports, recorded from the first byte. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
}

function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

test('the page carries a policy that allows scripts only from this site', async ({ page }) => {
  const response = await page.goto('/');
  const html = (await response?.text()) ?? '';
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
  // The built page has no inline script for the policy to have to allow.
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
    ([, attributes, body]) => !/\bsrc=/.test(attributes ?? '') || (body ?? '').trim() !== '',
  );
  expect(inline).toEqual([]);
});

test('normal use breaks no rule of the policy', async ({ page }) => {
  await recordViolations(page);
  await openChart(page);
  // Filter, zoom, open an event, the dialogs: the parts that set styles and draw.
  await page
    .locator('fieldset[data-facet="kind"]')
    .getByLabel(/Phone call/)
    .check();
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-events', '10');
  await page.getByRole('button', { name: 'Fit all' }).click();
  await page.locator('#events article h4 a').first().click();
  await expect(page.getByTestId('event-detail')).toBeVisible();
  await page.getByTestId('open-datasets').click();
  await expect(page.getByTestId('dataset-manager')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByTestId('open-import').click();
  await expect(page.getByTestId('import-dialog')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByLabel('Lanes by').selectOption('kind');
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-ready', 'true');
  // An export is a download from a blob: URL.
  const menu = page.getByTestId('export-menu');
  await menu.locator('summary').click();
  await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: 'CSV' }).click(),
  ]);
  expect(await violations(page)).toEqual([]);
});

test('an injected inline script, event handler or javascript: link does not run', async ({
  page,
}) => {
  await recordViolations(page);
  await page.goto('/');
  await waitForApp(page);
  // page.evaluate itself is the test's tool, outside the page's policy; what it adds is not.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__ran = "script"';
    document.head.append(script);
    // Pinned over the page (through the CSSOM, which the policy allows): at the end of the
    // body they moved down as the list above them was drawn, and a click could land beside them.
    const pin = (element: HTMLElement, left: string) =>
      Object.assign(element.style, { position: 'fixed', top: '0', left, zIndex: '1000' });
    const button = document.createElement('button');
    button.id = 'injected';
    button.setAttribute('onclick', 'window.__ran = "handler"');
    button.textContent = 'injected';
    pin(button, '0');
    document.body.append(button);
    const link = document.createElement('a');
    link.id = 'injected-link';
    link.href = 'javascript:window.__ran = "link"';
    link.textContent = 'injected link';
    pin(link, '10rem');
    document.body.append(link);
  });
  await page.locator('#injected').click();
  await page.locator('#injected-link').click();
  expect(await page.evaluate(() => (window as { __ran?: string }).__ran)).toBeUndefined();
  await expect
    .poll(() => violations(page))
    .toEqual(
      expect.arrayContaining([
        'script-src-elem blocked inline',
        'script-src-attr blocked inline',
        'script-src-elem blocked inline',
      ]),
    );
  // The three reports may arrive one after another.
  await expect.poll(async () => (await violations(page)).length).toBeGreaterThanOrEqual(3);
});

test('every link on the page goes to an http(s) address', async ({ page }) => {
  await page.goto('/?event=witkoff-putin-2025-08-06');
  await waitForApp(page);
  await expect(page.getByTestId('event-detail')).toBeVisible();
  const protocols = await page
    .locator('a[href]')
    .evaluateAll((links) => [
      ...new Set(links.map((a) => new URL((a as HTMLAnchorElement).href).protocol)),
    ]);
  expect(protocols.length).toBeGreaterThan(0);
  for (const protocol of protocols) expect(['http:', 'https:']).toContain(protocol);
});

test('opening "Embed…" and its preview breaks no rule of the policy', async ({ page }) => {
  await recordViolations(page);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) {
      errors.push(message.text());
    }
  });
  await page.goto('/');
  await waitForApp(page);
  await page.getByTestId('open-embed').click();
  const preview = page.getByTestId('embed-preview');
  await expect(preview).toBeVisible();
  await expect(preview).toHaveCSS('border-top-width', '0px');
  // The frame's own page loads too: its violations would show in the console.
  await expect(
    page.frameLocator('[data-testid="embed-preview"]').getByTestId('timeline'),
  ).toBeVisible();
  await page.getByLabel('Phone (320 px)').check();
  await expect(page.locator('.embed-preview.phone')).toBeVisible();
  expect(await violations(page)).toEqual([]);
  expect(errors).toEqual([]);
});
