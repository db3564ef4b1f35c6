import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { hoursPerMonth } from './months';
import { pairIntervals, sharedEvents } from './pairs';
import { intervalsTable, monthHoursTable, reportedFigure, tableCsv } from './tables';
import { selection } from './test-data';

const { columns, rows: all, views } = selection();

const parse = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\ufeff/, '')).data.filter((r) => r.length > 1);

describe('tables', () => {
  it('shows a month with a disputed duration as a range, and its bounds as numbers in the CSV', () => {
    const table = monthHoursTable(hoursPerMonth(columns, all).months);
    const feb = table.rows[0];
    expect(feb?.[1]?.text).toBe('7.5–8 h');
    expect(parse(tableCsv(table))[1]).toEqual(['2025-02', '7.5–8 h', '7.5', '8', '2', '1', '0']);
  });

  it('leaves out months with no event, and says so for a month nobody timed', () => {
    const table = monthHoursTable(hoursPerMonth(columns, all).months);
    expect(table.rows.map((r) => r[0]?.value)).toEqual([
      '2025-02',
      '2025-03',
      '2025-05',
      '2025-08',
    ]);
    expect(table.rows[3]?.[1]?.text).toBe('none reported');
  });

  it('leads each interval to the pair between its two days', () => {
    const table = intervalsTable(
      ['witkoff', 'putin'],
      pairIntervals(columns, sharedEvents(columns, all, 'witkoff', 'putin')),
      views,
    );
    expect(table.rows[1]?.[0]?.target).toEqual({
      type: 'pair',
      pair: ['witkoff', 'putin'],
      after: '2025-03-13',
      before: '2025-08-06',
    });
    expect(table.rows.map((r) => r[2]?.value)).toEqual([30, 146]);
  });

  it('names who reported a figure and where', () => {
    const sources = new Map([['S1', { id: 'S1', publisher: 'TASS', url: 'https://t.example' }]]);
    expect(
      reportedFigure(
        { measure: 'duration', unit: 'hour', value: 3, attribution: 'Ushakov', sources: ['S1'] },
        sources,
      ),
    ).toBe('3 h per Ushakov');
    expect(
      reportedFigure({ measure: 'duration', unit: 'hour', value: 4.5, sources: ['S1'] }, sources),
    ).toBe('4.5 h (TASS)');
    expect(reportedFigure({ measure: 'duration', unit: 'hour', value: 3 }, sources)).toBe(
      '3 h (source not named)',
    );
  });

  it('guards a cell that a spreadsheet would run as a formula', () => {
    const csv = tableCsv({ columns: ['A'], rows: [[{ text: '=HYPERLINK("x")' }]] });
    expect(Papa.parse<string[]>(csv.replace(/^\ufeff/, '')).data[1]).toEqual([`'=HYPERLINK("x")`]);
  });
});
