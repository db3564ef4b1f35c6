import { expect, test, type Page } from '@playwright/test';
import { waitForApp } from './helpers';

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
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-events', '2');
});
