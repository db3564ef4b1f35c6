import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { finish } from './finish';
import { previewImport } from './index';
import type { Draft } from './types';

const locate = (path: string) => {
  const m = /^events\[(\d+)\]/.exec(path);
  return m
    ? { where: `row ${Number(m[1]) + 2}`, order: Number(m[1]) }
    : { where: 'file', order: -1 };
};

describe('the problems a preview lists first', () => {
  it('when every row was refused, the rows’ own problems, not "the chronology is empty"', () => {
    const draft: Draft = {
      format: 'event-csv',
      chronology: { events: [] },
      problems: [
        { where: 'row 2, column date', order: 0, message: '"soon" is not a date' },
        { where: 'row 3, column date', order: 1, message: '"later" is not a date' },
      ],
      warnings: [],
      locate,
    };
    const preview = finish(draft, 'rows.csv');
    expect(preview.chronology).toBeUndefined();
    expect(preview.problems).toEqual([
      { where: 'row 2, column date', message: '"soon" is not a date' },
      { where: 'row 3, column date', message: '"later" is not a date' },
    ]);
    expect(preview.problemCount).toBe(2);
  });

  it('a file that simply has no events still says so', () => {
    const draft: Draft = {
      format: 'parley-json',
      chronology: { events: [] },
      problems: [],
      warnings: [],
      locate,
    };
    expect(finish(draft, 'empty.json').problems).toEqual([
      { where: 'file', message: 'is empty: a chronology needs at least one event' },
    ]);
  });

  it('an ACLED export whose every date is unreadable lists those rows first', () => {
    const text = readFileSync('tests/fixtures/import/conflict/acled.csv', 'utf8').replace(
      /^(TST\d+),[^,]+,/gm,
      '$1,someday,',
    );
    const preview = previewImport('acled.csv', text);
    expect(preview.chronology).toBeUndefined();
    expect(preview.problems[0]!.where).toBe('row 2, column event_date');
    expect(preview.problems.map((p) => p.message)).not.toContain(
      'is empty: a chronology needs at least one event',
    );
  });
});
