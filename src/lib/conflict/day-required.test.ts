import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { previewImport } from '../import/index';
import { ConflictStreamImport } from './stream-import';

/**
 * ACLED and UCDP exports always give the day, and their conversion builds on it (ACLED's month
 * precision cuts the day to its month; GED's whole-month and whole-year spans read the days).
 * A month or a year alone, which an event sheet may give, is refused here, saying so.
 */
const DIR = 'tests/fixtures/import/conflict';
const read = (name: string) => readFileSync(`${DIR}/${name}`, 'utf8');

describe('a conflict export with a month or a year where the day belongs', () => {
  it('ACLED: the row is refused by row and column, saying a day is needed', () => {
    const preview = previewImport(
      'acled.csv',
      read('acled.csv').replace('2023-02-17', 'February 2023'),
    );
    expect(preview.chronology).toBeUndefined();
    expect(preview.problems).toEqual([
      {
        where: 'row 3, column event_date',
        message:
          '"February 2023" is a month, not a day: this column gives each event’s day (such as 2023-02-16)',
      },
    ]);
  });

  it('UCDP GED: a year in date_start is refused the same way', () => {
    const text = read('ucdp-ged.csv').replace(
      '2022-03-01 00:00:00.000,2022-03-01 00:00:00.000',
      '2022,2022-03-01 00:00:00.000',
    );
    const preview = previewImport('ged.csv', text);
    expect(preview.chronology).toBeUndefined();
    expect(preview.problems[0]).toEqual({
      where: 'row 2, column date_start',
      message:
        '"2022" is a year, not a day: this column gives each event’s day (such as 2023-02-16)',
    });
  });

  it('streamed, as read whole', () => {
    const text = read('acled.csv').replace('2023-02-17', '2023-02');
    const reader = new ConflictStreamImport({
      fileName: 'acled.csv',
      chunkSize: 1000,
      onChunk: () => {},
    });
    reader.push(text);
    const outcome = reader.end();
    expect(outcome.problems).toEqual(previewImport('acled.csv', text).problems);
    expect(outcome.problems[0]!.message).toContain('"2023-02" is a month, not a day');
  });
});
