import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { serveJson, storedDatasetIds, waitForApp } from './helpers';

const DIR = 'tests/fixtures/import/conflict';

async function importFile(page: Page, file: string) {
  await page.goto('/');
  await waitForApp(page);
  await page.getByTestId('open-import').click();
  await page.getByTestId('import-file').setInputFiles(`${DIR}/${file}`);
  return page.getByTestId('import-preview');
}

test('a UCDP GED export imports as a dataset: its events counted, fatalities and precision kept', async ({
  page,
}) => {
  const preview = await importFile(page, 'ucdp-ged.csv');
  await expect(preview).toContainText('UCDP GED (CSV)');
  await expect(page.getByTestId('import-summary')).toContainText('4 events');
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-events', '4');
  const url = new URL(page.url());
  url.searchParams.set('event', 'ged-900002');
  await page.goto(url.href);
  const detail = page.getByTestId('event-detail');
  await expect(detail).toContainText('UCDP date precision 2: known to a span of 2–6 days.');
  await expect(detail).toContainText('Located to the first-order administrative division');
});

test('an ACLED file saved in Windows-1252 reads right, and says it was not UTF-8', async ({
  page,
}) => {
  await importFile(page, 'acled-windows-1252.csv');
  await expect(page.getByTestId('import-warnings')).toContainText('was read as Windows-1252');
  await expect(page.getByTestId('import-preview')).toContainText('Café Ünïcode');
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-events', '3');
});

test('the reader can switch how the characters are read, UTF-8 or Windows-1252, and see the difference', async ({
  page,
}) => {
  await importFile(page, 'acled-windows-1252.csv');
  const encoding = page.getByTestId('import-encoding');
  await expect(encoding).toHaveValue('windows-1252');
  await encoding.selectOption('utf-8');
  await expect(page.getByTestId('import-warnings')).toContainText(
    'is read as UTF-8, as you chose: ',
  );
  await expect(page.getByTestId('import-preview')).toContainText('Caf\uFFFD');
  await encoding.selectOption('windows-1252');
  await expect(page.getByTestId('import-preview')).toContainText('Café Ünïcode');
  await expect(page.getByTestId('import-warnings')).toContainText(
    'is read as Windows-1252, as you chose.',
  );
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-events', '3');
});

test('numeric dates nothing settles: the reader chooses day or month first, and the import follows', async ({
  page,
}) => {
  await importFile(page, 'ucdp-ged-ambiguous.csv');
  const order = page.getByTestId('import-order');
  await expect(order).toContainText('Which comes first in the dates, the day or the month?');
  await expect(page.getByTestId('import-confirm')).toBeDisabled();
  await order.getByRole('button', { name: 'Day first (01/02/2020 is 1 February 2020)' }).click();
  await expect(page.getByTestId('import-summary')).toContainText('2 events');
  await expect(page.getByTestId('import-preview')).toContainText('2020-02-01');
  // The choice is shown, and can be changed without picking the file again.
  const chosen = page.getByTestId('import-order-chosen');
  await expect(chosen).toContainText('Dates read day first: 01/02/2020 is 1 February 2020.');
  await chosen.getByRole('button', { name: 'Read them month first instead' }).click();
  await expect(page.getByTestId('import-preview')).toContainText('2020-01-02');
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-events', '2');
});

test('a conflict dataset beside the talks: a band of counts under the chart, its own lane filters, a period’s events, and the days before and after a meeting', async ({
  page,
}) => {
  // Import the conflict file, then go back to the curated talks and show it beside them.
  await importFile(page, 'acled.csv');
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-events', '3');
  const imported = new URL(page.url()).searchParams.get('dataset')!;
  await page.goto(`/?from=2023-01-01&to=2023-04-30&beside=${encodeURIComponent(imported)}`);
  await waitForApp(page);
  const beside = page.getByTestId('beside');
  await expect(beside).toHaveAttribute('data-ready', 'true');
  await expect(beside).toHaveAttribute('data-events', '3');
  // The talks' own count is unchanged: the layer is beside them, not in them.
  await expect(page.getByTestId('timeline')).not.toHaveAttribute('data-events', '3');
  // Its lanes are its own filters.
  await beside.getByRole('checkbox', { name: /Protests/ }).uncheck();
  await expect(beside).toHaveAttribute('data-events', '2');
  // And its regions: every test row is in "Test oblast".
  await beside.getByTestId('beside-region').selectOption({ label: 'Test oblast' });
  await expect(beside).toHaveAttribute('data-events', '2');
  // And its actors: typed (or picked from the list), then cleared.
  await beside.getByRole('checkbox', { name: /Protests/ }).check();
  const actor = beside.getByTestId('beside-actor');
  await actor.fill('Protesters (Testland)');
  await expect(beside).toHaveAttribute('data-events', '1');
  await actor.fill('test force b');
  await expect(beside).toHaveAttribute('data-events', '2');
  await actor.fill('Nobody');
  await expect(beside).toHaveAttribute('data-events', '0');
  await expect(beside).toContainText('No actor in this dataset is called “Nobody”.');
  await actor.fill('');
  await expect(beside).toHaveAttribute('data-events', '3');
  await beside.getByRole('checkbox', { name: /Protests/ }).uncheck();
  // The busiest period lists its events.
  await beside.locator('.busiest button').first().click();
  await expect(page.getByTestId('beside-period')).toContainText(
    'Shelling/artillery/missile attack, Testville',
  );
  // The pairing is in the URL, and the choice of dataset is in the view controls.
  await expect(page.getByTestId('beside-choice')).toHaveValue(imported);
  await page.getByTestId('beside-choice').selectOption('');
  await expect(page.getByTestId('beside')).toHaveCount(0);
  await expect(page).not.toHaveURL(/beside=/);
});

test('before and after an open meeting: events and fatalities in the days around it, with what was not counted', async ({
  page,
}) => {
  // Invented rows (a test file) around the curated Alaska summit of 15 August 2025.
  const header =
    'event_id_cnty,event_date,time_precision,event_type,sub_event_type,location,country,fatalities';
  const rows = [
    'T1,2025-08-10,1,Battles,Armed clash,Testville,Testland,4',
    'T2,2025-08-12,1,Battles,Armed clash,Testville,Testland,1',
    'T3,2025-08-18,1,Battles,Armed clash,Testville,Testland,NA',
    'T4,2025-08-01,3,Battles,Armed clash,Testville,Testland,9',
  ];
  await page.goto('/');
  await waitForApp(page);
  await pickCsv(page, 'around.csv', Buffer.from([header, ...rows].join('\n')));
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-events', '4');
  const imported = new URL(page.url()).searchParams.get('dataset')!;
  await page.goto(`/?event=alaska-summit-2025-08-15&beside=${encodeURIComponent(imported)}`);
  await waitForApp(page);
  const around = page.getByTestId('beside-around');
  await expect(around).toContainText(
    'days before “Trump–Putin summit in Alaska”: 2 events, 5 fatalities',
  );
  await expect(around).toContainText('After it: 1 event, 0 fatalities');
  await expect(around).toContainText('Not counted: 1 known only to a longer period');
  await expect(around).toContainText('1 of the counted events give no fatality figure');
  await around.getByLabel('Days before and after').fill('3');
  await expect(around).toContainText(
    'days before “Trump–Putin summit in Alaska”: 1 event, 1 fatality',
  );
});

test('in an embed, beside=<address> draws a published conflict dataset under the chart; a stored one is left out by the Embed dialog, which says why', async ({
  page,
}) => {
  const published = {
    format: 'parley-chronology/1',
    title: 'Published test conflict events',
    events: [
      { id: 'c1', title: 'Test clash', start: '2025-08-10', track: 'Battles', kind: 'other' },
      { id: 'c2', title: 'Test strike', start: '2025-08-12', track: 'Explosions', kind: 'other' },
    ],
  };
  const URL_ = 'https://data.example.org/conflict.json';
  await page.route(URL_, serveJson(JSON.stringify(published)));
  await page.goto(`/embed.html?from=2025-07-01&to=2025-09-30&beside=${encodeURIComponent(URL_)}`);
  const beside = page.getByTestId('beside');
  await expect(beside).toHaveAttribute('data-ready', 'true');
  await expect(beside).toHaveAttribute('data-events', '2');
  await expect(beside).toContainText('Beside: Published test conflict events');

  // A dataset stored in the author's browser cannot travel: the dialog leaves it out and says so.
  await importFile(page, 'acled.csv');
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-events', '3');
  const imported = new URL(page.url()).searchParams.get('dataset')!;
  await page.goto(`/?beside=${encodeURIComponent(imported)}`);
  await waitForApp(page);
  await page.getByTestId('open-embed').click();
  await expect(page.getByTestId('embed-beside')).toContainText('stored in this browser only');
  await expect(page.getByTestId('embed-snippet')).not.toHaveValue(/beside=/);
});

/**
 * Opens the Import dialog and picks a CSV: an invented ACLED-layout file of `rows` rows, or
 * these bytes.
 */
async function pickCsv(page: Page, name: string, rows: number | Buffer) {
  await page.getByTestId('open-import').click();
  await page.getByTestId('import-file').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: typeof rows === 'number' ? longAcled(rows) : rows,
  });
}

/** An invented ACLED-layout file of `rows` rows (test data, not real events). */
function longAcled(rows: number): Buffer {
  const header =
    'event_id_cnty,event_date,time_precision,event_type,sub_event_type,location,country,fatalities,notes';
  const note = 'Invented test row with a note of realistic length '.repeat(3);
  const lines = [header];
  for (let i = 0; i < rows; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    lines.push(`T${i},2024-03-${day},1,Battles,Armed clash,Testville,Testland,${i % 5},"${note}"`);
  }
  return Buffer.from(lines.join('\n'));
}

test('a long conflict file is read in the background with progress, and imports whole', async ({
  page,
}) => {
  await page.goto('/');
  await waitForApp(page);
  await pickCsv(page, 'long.csv', 20_000);
  await expect(page.getByTestId('import-summary')).toContainText('20,000 events', {
    timeout: 30_000,
  });
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-events', '20000', {
    timeout: 30_000,
  });
});

test('Cancel stops reading a long file: nothing is imported', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  await pickCsv(page, 'longer.csv', 150_000);
  const progress = page.getByTestId('import-progress');
  await expect(progress).toBeVisible();
  // Streamed (over 8 MB): some thousands are written inside the import's transaction first.
  await expect(progress).toContainText(/Importing row [\d,]+: [\d.]+ MB of 3\d(\.\d)? MB/, {
    timeout: 30_000,
  });
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('import-cancelled')).toContainText(
    'Cancelled: nothing was imported.',
  );
  await expect(page.getByTestId('import-preview')).toHaveCount(0);
  await expect(page.getByTestId('import-confirm')).toBeDisabled();
  expect((await storedDatasetIds(page)).filter((id) => id.startsWith('file:'))).toEqual([]);
  await expect.poll(() => storedRecordCount(page, 'eventChunks')).toBe(0);
  expect(await storedRecordCount(page, 'besideColumns')).toBe(0);
});

/** Records of `store` in the page's IndexedDB that belong to imported datasets. */
function storedRecordCount(page: Page, store: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('parley');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => {
            db.close();
            const rows = all.result as { datasetId: string }[];
            resolve(rows.filter((row) => row.datasetId.startsWith('file:')).length);
          };
        };
      }),
    store,
  );
}

test('a big ACLED export is streamed into storage: progress by row and MB, its first events while it runs, then shown beside the talks', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await waitForApp(page);
  await pickCsv(page, 'big-acled.csv', 60_000);
  await expect(page.getByTestId('import-progress')).toContainText(/Importing row|Reading/);
  const done = page.getByTestId('import-streamed');
  await expect(done).toContainText('Imported 60,000 events from 1 Mar 2024 to 28 Mar 2024', {
    timeout: 60_000,
  });
  await expect(done).toContainText('ACLED');
  const ids = (await storedDatasetIds(page)).filter((id) => id.startsWith('file:'));
  expect(ids).toHaveLength(1);
  expect(await storedRecordCount(page, 'eventChunks')).toBe(60);
  await page.getByTestId('import-show-beside').click();
  const beside = page.getByTestId('beside');
  await expect(beside).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await expect(beside).toHaveAttribute('data-events', '60000');
  expect(new URL(page.url()).searchParams.get('beside')).toBe(ids[0]);
  // Reopened from storage (its stored columns), the same count.
  await page.reload();
  await expect(page.getByTestId('beside')).toHaveAttribute('data-events', '60000', {
    timeout: 30_000,
  });
  // Opened as the timeline, its events are counted as any dataset's are.
  await page.goto(`/?dataset=${encodeURIComponent(ids[0]!)}`);
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-events', '60000', {
    timeout: 60_000,
  });
});

test('a newer big export updates the stored dataset in place: asked first, then what was added, changed and removed, same id and name', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await waitForApp(page);
  await page.getByTestId('open-import').click();
  const first = longAcled(50_000);
  await page.getByTestId('import-file').setInputFiles({
    name: 'acled-march.csv',
    mimeType: 'text/csv',
    buffer: first,
  });
  await expect(page.getByTestId('import-streamed')).toContainText('Imported 50,000 events', {
    timeout: 60_000,
  });
  await page.getByTestId('import-show-beside').click();
  await expect(page.getByTestId('beside')).toHaveAttribute('data-events', '50000', {
    timeout: 30_000,
  });
  const [id] = (await storedDatasetIds(page)).filter((key) => key.startsWith('file:'));

  // The newer export: the first 100 rows gone, row 200 corrected, 300 rows added.
  const lines = first.toString().split('\n');
  const header = lines[0]!;
  const rows = lines.slice(101);
  rows[99] = rows[99]!.replace('Armed clash', 'Armed clash (corrected)');
  for (let i = 0; i < 300; i++)
    rows.push(`N${i},2024-03-29,1,Battles,Armed clash,Newtown,Testland,1,"new row"`);
  await pickCsv(page, 'acled-march-v2.csv', Buffer.from([header, ...rows].join('\n')));
  const choice = page.getByTestId('import-stream-choice');
  await expect(choice).toContainText('It can update a dataset you imported');
  await choice.getByRole('radio', { name: /as an update of “acled-march”/ }).check();
  await page.getByTestId('import-stream-start').click();
  const done = page.getByTestId('import-streamed');
  await expect(done).toContainText('Updated “acled-march”: now 50,200 events', { timeout: 60_000 });
  await expect(page.getByTestId('import-changes')).toHaveText('300 added, 1 changed, 100 removed.');
  expect((await storedDatasetIds(page)).filter((key) => key.startsWith('file:'))).toEqual([id]);
  expect(await storedRecordCount(page, 'eventChunks')).toBe(51);
  // The band beside the talks is read again: the same id, the new events.
  await page.getByTestId('import-show-beside').click();
  await expect(page.getByTestId('beside')).toHaveAttribute('data-events', '50200', {
    timeout: 30_000,
  });
});

test('a big export with a bad row near its end: the row is named, and nothing is stored', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await waitForApp(page);
  await page.getByTestId('open-import').click();
  const rows = longAcled(45_000).toString().split('\n');
  rows[44_000] = rows[44_000]!.replace(',2024-03-', ',2024-13-');
  await page.getByTestId('import-file').setInputFiles({
    name: 'bad-row.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(rows.join('\n')),
  });
  const problems = page.getByTestId('import-problems');
  await expect(problems).toContainText('row 44001, column event_date', { timeout: 60_000 });
  await expect(problems).toContainText('1 problem');
  expect((await storedDatasetIds(page)).filter((id) => id.startsWith('file:'))).toEqual([]);
  expect(await storedRecordCount(page, 'eventChunks')).toBe(0);
});

test('a newer export updates the stored dataset in place: what is added, changed and removed is said first, and the dataset keeps its id', async ({
  page,
}) => {
  await importFile(page, 'acled.csv');
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-events', '3');
  const id = new URL(page.url()).searchParams.get('dataset')!;

  const newer = readFileSync(`${DIR}/acled.csv`, 'utf8')
    .replace('TST1003', 'TST1004')
    .replace('Week-precision test row.', 'Week-precision test row (revised).');
  await pickCsv(page, 'acled-newer.csv', Buffer.from(newer));
  const update = page.getByTestId('import-update');
  await update.getByRole('radio', { name: /^Update/ }).check();
  await expect(page.getByTestId('import-update-summary')).toContainText(
    '1 added, 1 changed, 1 removed',
  );
  await expect(page.getByTestId('import-confirm')).toHaveText('Update the dataset');
  await page.getByTestId('import-confirm').click();
  await expect(page).toHaveURL(new RegExp(`dataset=${encodeURIComponent(id)}`));
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-events', '3');
  await expect(page.locator('#events')).toContainText('Peaceful protest');
  // No second copy: the curated chronology and the one updated dataset.
  expect((await storedDatasetIds(page)).sort()).toEqual(['curated', id].sort());
});

test('any event CSV: the reader says which column holds what, the file imports, and the next file with those columns is read the same way', async ({
  page,
}) => {
  const csv = [
    'When,What happened,Category,Town,Killed',
    '14/08/2020,Invented test event one,Shelling,Testville,2',
    '02/09/2020,Invented test event two,Clash,Testville,0',
  ].join('\n');
  const pick = async () => {
    await pickCsv(page, 'mine.csv', Buffer.from(csv));
  };
  await page.goto('/');
  await waitForApp(page);
  await pick();
  const mapping = page.getByTestId('import-mapping');
  await expect(mapping).toContainText('Guessed from the column names');
  await mapping.getByTestId('map-date').selectOption('When');
  await mapping.getByTestId('map-title').selectOption('What happened');
  await mapping.getByTestId('map-lane').selectOption('Category');
  await mapping.getByTestId('map-count').selectOption('Killed');
  await mapping.getByRole('button', { name: 'Read the file with these columns' }).click();
  await expect(page.getByTestId('import-summary')).toContainText('2 events');
  await expect(page.getByTestId('import-preview')).toContainText('Event CSV (your columns)');
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-events', '2');

  // The same columns again: read at once, as chosen.
  await pick();
  await expect(page.getByTestId('import-summary')).toContainText('2 events');
  await expect(page.getByTestId('import-mapping')).toContainText('As you chose them');
});

test('a sheet’s “c. 1853” and “1856?” import as an approximate date: the preview and the detail say “c.”, the note keeps the words', async ({
  page,
}) => {
  const csv = [
    'date,end_date,title',
    'c. 1853,1856?,Invented war in the east',
    '1861,,Invented treaty',
  ].join('\n');
  await page.goto('/');
  await waitForApp(page);
  await pickCsv(page, 'sheet.csv', Buffer.from(csv));
  const mapping = page.getByTestId('import-mapping');
  await expect(mapping.getByTestId('map-date')).toHaveValue('date');
  await expect(mapping.getByTestId('map-end')).toHaveValue('end_date');
  await mapping.getByRole('button', { name: 'Read the file with these columns' }).click();
  await expect(page.getByTestId('import-summary')).toContainText('2 events');
  await expect(page.getByTestId('import-preview')).toContainText('c. 1853 – 1856');
  await expect(page.getByTestId('import-preview')).toContainText(
    '1 row gives an approximate date, such as “c. 1853” (column date)',
  );
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-events', '2');
  await page.locator('[data-event-id="row-2"]').first().click();
  const detail = page.getByTestId('event-detail');
  await expect(detail).toContainText('c. 1853 – 1856');
  await expect(detail).toContainText('approximate');
  await expect(detail).toContainText(
    'The date is given as “c. 1853” (column date) to “1856?” (column end_date): read as approximate.',
  );
});

test('a full disk while a big export streams in: the dialog says so, and nothing is stored', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  // The disk fills up on the fifth chunk of 1,000 events, after four were written in the same
  // transaction. Chromium's DevTools quota override does not hold in this headless build (it
  // let the import through on some runs), so the error is raised where IndexedDB raises it — in
  // the store's add() — inside the import's worker, whose script is served with that change.
  await context.route(/stream-worker-[\w-]+\.js$/, async (route) => {
    const response = await route.fetch();
    const fullDisk = `{
      const add = IDBObjectStore.prototype.add;
      let chunks = 0;
      IDBObjectStore.prototype.add = function (...args) {
        if (this.name === 'eventChunks' && ++chunks === 5)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return add.apply(this, args);
      };
    }\n`;
    await route.fulfill({ response, body: fullDisk + (await response.text()) });
  });
  await page.goto('/');
  await waitForApp(page);
  await pickCsv(page, 'too-big-for-the-disk.csv', 60_000);
  await expect(page.getByRole('alert')).toContainText(
    '"too-big-for-the-disk.csv" was not imported: the storage quota is full. Nothing was stored',
    { timeout: 60_000 },
  );
  expect((await storedDatasetIds(page)).filter((id) => id.startsWith('file:'))).toEqual([]);
  expect(await storedRecordCount(page, 'eventChunks')).toBe(0);
});

test.describe('offline', () => {
  // The rest of the suite blocks service workers (playwright.config.ts); here they are the point.
  test.use({ serviceWorkers: 'allow' });

  test('after the first visit, a big export streams in and shows beside the talks with the network off', async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await waitForApp(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect(page.getByTestId('offline-ready')).toContainText('Parley now works offline');
    await context.setOffline(true);
    await page.reload();
    await waitForApp(page);
    await pickCsv(page, 'offline.csv', 45_000);
    await expect(page.getByTestId('import-streamed')).toContainText('Imported 45,000 events', {
      timeout: 60_000,
    });
    await page.getByTestId('import-show-beside').click();
    await expect(page.getByTestId('beside')).toHaveAttribute('data-events', '45000', {
      timeout: 30_000,
    });
    await expect(page.getByTestId('lazy-error')).toHaveCount(0);
  });
});
