import { expect, test } from '@playwright/test';
import { waitForApp } from './helpers';

test('the Embed dialog builds a snippet for the current view, previews it and copies it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?kind=summit&group=kind&event=alaska-summit-2025-08-15');
  await waitForApp(page);
  await page.getByTestId('open-embed').click();
  const dialog = page.getByTestId('embed-dialog');
  const snippet = dialog.getByTestId('embed-snippet');
  await expect(snippet).toHaveValue(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?/);
  await expect(snippet).toHaveValue(/kind=summit/);
  await expect(snippet).toHaveValue(/group=kind/);
  await expect(snippet).toHaveValue(/event=alaska-summit-2025-08-15/);
  await expect(snippet).toHaveValue(/title="US–Russia–Ukraine peace talks/);

  // Options change the snippet.
  await dialog.getByLabel('Theme').selectOption('dark');
  await dialog.getByLabel('Starting height (px)').fill('600');
  await dialog.getByLabel('Overview strip').uncheck();
  await dialog.getByLabel('Open at the selected event').uncheck();
  await expect(snippet).toHaveValue(/theme=dark/);
  await expect(snippet).toHaveValue(/height=600/);
  await expect(snippet).toHaveValue(/overview=0/);
  await expect(snippet).not.toHaveValue(/event=/);
  await expect(snippet).toHaveValue(/height="600"/);
  const text = await snippet.inputValue();
  expect(new TextEncoder().encode(text).length).toBeLessThan(2048);

  // The live preview is the embed itself, with the chosen view.
  const preview = page.frameLocator('[data-testid="embed-preview"]');
  await expect(preview.getByTestId('timeline')).toHaveAttribute('data-ready', 'true');
  await expect(preview.getByTestId('timeline')).toHaveAttribute('data-events', /^\d+$/);

  await dialog.getByRole('button', { name: 'Copy snippet' }).click();
  await expect(dialog.getByRole('status')).toContainText('The snippet was copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
});
