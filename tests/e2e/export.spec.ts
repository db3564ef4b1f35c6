import { type Page } from '@playwright/test';
import { expect, test } from './released-data';
import { readFile } from 'node:fs/promises';
import { waitForApp } from './helpers';

/** Click an export button and read the file the browser saved. */
async function download(page: Page, label: string) {
  const menu = page.getByTestId('export-menu');
  // `open` is an empty attribute when the menu is open, absent when closed.
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: label }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

async function openPhoneCalls(page: Page) {
  await page.goto('/?kind=phone-call');
  await waitForApp(page);
  const timeline = page.getByTestId('timeline');
  await expect(timeline).toHaveAttribute('data-ready', 'true');
  return Number(await timeline.getAttribute('data-events'));
}

test('the selection exports as Parley JSON that imports back to the same events', async ({
  page,
}) => {
  const count = await openPhoneCalls(page);
  expect(count).toBeGreaterThan(5);
  const json = await download(page, 'Parley JSON');
  expect(json.name).toMatch(/^parley-.+\.json$/);
  const exported = JSON.parse(json.text) as { events: { id: string; kind: string }[] };
  expect(exported.events).toHaveLength(count);
  expect(new Set(exported.events.map((e) => e.kind))).toEqual(new Set(['phone-call']));

  // Round trip through the import dialog.
  await page.getByTestId('open-import').click();
  await page.getByTestId('import-file').setInputFiles({
    name: json.name,
    mimeType: 'application/json',
    buffer: Buffer.from(json.text),
  });
  await expect(page.getByTestId('import-summary')).toContainText(`${count} events`);
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-events', String(count));
  const ids = await page
    .locator('#events article[data-event-id]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-event-id')));
  expect(ids.sort()).toEqual(exported.events.map((e) => e.id).sort());
});

test('CSV, iCalendar, CSL-JSON and BibTeX carry the selection and its sources', async ({
  page,
}) => {
  const count = await openPhoneCalls(page);

  const csv = await download(page, 'CSV');
  expect(csv.name).toMatch(/\.csv$/);
  expect(csv.text.split(/\r?\n/)[0]).toMatch(/^\uFEFF?id,title,start,end,kind,track,status/);

  const ics = await download(page, 'iCalendar (.ics)');
  expect(ics.name).toMatch(/\.ics$/);
  expect(ics.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics.text.match(/BEGIN:VEVENT/g)).toHaveLength(count);
  for (const line of ics.text.split('\r\n')) {
    expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  }

  const csl = await download(page, 'Sources as CSL-JSON');
  const items = JSON.parse(csl.text) as { URL: string; title?: string }[];
  expect(items.length).toBeGreaterThan(0);
  for (const item of items) expect(item.URL).toMatch(/^https?:\/\//);

  const bib = await download(page, 'Sources as BibTeX');
  expect(bib.name).toMatch(/\.bib$/);
  expect((bib.text.match(/^@\w+\{/gm) ?? []).length).toBe(items.length);
});

test('"cite this view" names the dataset, its version, the selection and the link', async ({
  page,
}) => {
  const count = await openPhoneCalls(page);
  await page.getByTestId('export-menu').locator('summary').click();
  const cite = page.getByTestId('cite-view');
  await expect(cite).toHaveValue(/version 1\.0\.\d/);
  await expect(cite).toHaveValue(new RegExp(`${count} events selected`));
  await expect(cite).toHaveValue(/\?kind=phone-call/);
});
