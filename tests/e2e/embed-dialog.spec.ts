import { expect, test, type Page } from '@playwright/test';
import { waitForApp } from './helpers';

/** The app at `url`, with the Embed dialog open. */
async function openEmbedDialog(page: Page, url: string) {
  await page.goto(url);
  await waitForApp(page);
  await page.getByTestId('open-embed').click();
  return page.getByTestId('embed-dialog');
}

test('the Embed dialog builds a snippet for the current view, previews it and copies it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const dialog = await openEmbedDialog(
    page,
    '/?kind=summit&group=kind&event=alaska-summit-2025-08-15',
  );
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

test('the Embed dialog puts a newsroom’s headline, subtitle, caption, credit and source line on the chart', async ({
  page,
}) => {
  const dialog = await openEmbedDialog(page, '/');
  const snippet = dialog.getByTestId('embed-snippet');
  await dialog.getByTestId('embed-text-headline').fill('Six meetings with Putin');
  await dialog.getByTestId('embed-text-subtitle').fill('Witkoff in Moscow and St Petersburg');
  await dialog.getByTestId('embed-text-caption').fill('Each mark is a meeting or a round.');
  await dialog.getByTestId('embed-text-credit').fill('Graphic: J. Doe');
  await dialog.getByTestId('embed-text-source').fill('Source: <b>Kremlin</b> readouts');
  await expect(snippet).toHaveValue(/headline=Six\+meetings\+with\+Putin/);
  // The frame's title, for screen readers, is the headline.
  await expect(snippet).toHaveValue(/title="Six meetings with Putin"/);

  // The preview follows once typing pauses; the words are text, the markup shown as written.
  const preview = page.frameLocator('[data-testid="embed-preview"]');
  await expect(preview.getByTestId('embed-headline')).toHaveText('Six meetings with Putin');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Six meetings with Putin');
  await expect(preview.getByTestId('embed-subtitle')).toHaveText(
    'Witkoff in Moscow and St Petersburg',
  );
  await expect(preview.getByTestId('embed-caption')).toHaveText(
    'Each mark is a meeting or a round.',
  );
  await expect(preview.getByTestId('embed-byline')).toContainText('Graphic: J. Doe');
  await expect(preview.getByTestId('embed-byline')).toContainText(
    'Source: <b>Kremlin</b> readouts',
  );
  await expect(preview.locator('[data-testid="embed-byline"] b')).toHaveCount(0);
  // The dataset is still credited beside the newsroom's own lines.
  await expect(preview.getByTestId('embed-credit')).toContainText('Data: US–Russia–Ukraine');
});

test('the snippet’s starting height fits the preview’s content, until the journalist sets one', async ({
  page,
}) => {
  const dialog = await openEmbedDialog(page, '/');
  const heightBox = dialog.getByTestId('embed-height');
  const fitted = dialog.getByTestId('embed-fitted');
  // Once the preview has drawn, it reports its own content height; the box and the snippet take it.
  const preview = page.frameLocator('[data-testid="embed-preview"]');
  await expect(preview.getByTestId('timeline')).toHaveAttribute('data-ready', 'true');
  const frameHeight = () =>
    preview.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
  const shown = async () => Number((await fitted.textContent())?.match(/\((\d+) px\)/)?.[1]);
  await expect.poll(async () => (await shown()) - (await frameHeight())).toBe(0);
  const content = await shown();
  await expect(heightBox).toHaveValue(String(content));
  await expect(dialog.getByTestId('embed-snippet')).toHaveValue(new RegExp(`height="${content}"`));

  // A height of the journalist's own stays; one click fits it again.
  await heightBox.fill('300');
  await expect(dialog.getByTestId('embed-snippet')).toHaveValue(/height="300"/);
  await expect(fitted).toContainText(`The content is ${content} px tall`);
  await fitted.getByRole('button', { name: 'fit it' }).click();
  await expect(heightBox).toHaveValue(String(content));
});

test('the author picks events by hand: the snippet lists them, and the frame shows those alone', async ({
  page,
}) => {
  const dialog = await openEmbedDialog(page, '/?from=2025-02-01&to=2025-04-30');
  const pick = dialog.getByTestId('embed-pick');
  await expect(pick.getByTestId('embed-pick-status')).toContainText('Every event the filters keep');
  await pick.getByRole('checkbox', { name: /^Witkoff meets Putin in Moscow/ }).check();
  await pick.getByRole('checkbox', { name: /^Witkoff meets Putin in St Petersburg/ }).check();
  await expect(pick.getByTestId('embed-pick-status')).toContainText(
    'Only the 2 events picked below.',
  );
  const snippet = dialog.getByTestId('embed-snippet');
  await expect(snippet).toHaveValue(
    /only=witkoff-putin-2025-02-11&amp;only=witkoff-putin-2025-04-11/,
  );
  const src = /src="([^"]+)"/.exec(await snippet.inputValue())![1]!.replaceAll('&amp;', '&');
  await page.goto(src);
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-events', '2');
  await expect(page.getByTestId('timeline')).toContainText('2 events');
});

test('the author rings events and writes a note beside each: the snippet carries them, the frame draws them beside their marks, and a phone frame puts them on the cards', async ({
  page,
}) => {
  const dialog = await openEmbedDialog(page, '/?from=2025-02-01&to=2025-04-30');
  const notes = dialog.getByTestId('embed-notes');
  await notes.getByTestId('embed-note-event').selectOption('witkoff-putin-2025-02-11');
  await notes.getByTestId('embed-note-text').fill('First meeting <b>of six</b>');
  await notes.getByRole('button', { name: 'Add note' }).click();
  await expect(notes.getByTestId('embed-notes-status')).toContainText(
    'Note added on Witkoff meets Putin in Moscow',
  );
  // A second event, ringed without words.
  await notes.getByTestId('embed-note-event').selectOption('witkoff-putin-2025-04-11');
  await notes.getByRole('button', { name: 'Add note' }).click();
  const snippet = dialog.getByTestId('embed-snippet');
  await expect(snippet).toHaveValue(
    /note=witkoff-putin-2025-02-11\+First\+meeting\+%3Cb%3Eof\+six%3C%2Fb%3E&amp;note=witkoff-putin-2025-04-11/,
  );
  const src = /src="([^"]+)"/.exec(await snippet.inputValue())![1]!.replaceAll('&amp;', '&');

  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto(src);
  const timeline = page.getByTestId('timeline');
  await expect(timeline).toHaveAttribute('data-ready', 'true');
  const first = timeline.locator(
    '[data-testid="annotation"][data-event-id="witkoff-putin-2025-02-11"]',
  );
  // Markup in a note is words, drawn as written.
  await expect(first).toContainText('First meeting <b>of six</b>');
  await expect(timeline.locator('[data-testid="annotation"]')).toHaveCount(2);
  // A screen reader hears the notes: the chart itself is an image to it.
  await expect(page.getByTestId('notes-said')).toContainText(
    'Witkoff meets Putin in Moscow: First meeting <b>of six</b>',
  );
  await expect(page.getByTestId('notes-said')).toContainText('highlighted');
  // The note sits beside its mark: its box is within a few rows of the mark, inside the plot.
  const mark = await timeline
    .locator('g.mark[data-event-id="witkoff-putin-2025-02-11"]')
    .boundingBox();
  const box = await first.locator('.note-box').boundingBox();
  const plot = await timeline.locator('.plot').boundingBox();
  expect(mark && box && plot).toBeTruthy();
  expect(Math.abs(box!.y + box!.height / 2 - (mark!.y + mark!.height / 2))).toBeLessThan(80);
  expect(box!.x).toBeGreaterThanOrEqual(plot!.x);
  expect(box!.x + box!.width).toBeLessThanOrEqual(plot!.x + plot!.width + 1);
  expect(dialogs).toBe(0);

  // In a phone-width frame the cards carry the note.
  await page.setViewportSize({ width: 320, height: 700 });
  const card = page.locator('[data-testid="vertical-timeline"] [data-testid="annotation"]');
  await expect(card).toHaveText('First meeting <b>of six</b>');
});
