import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { detectFormat, previewImport } from '../import/index';
import type { ChronologyEvent } from '../model/types';

const DIR = 'tests/fixtures/import/conflict';
const read = (name: string) => readFileSync(`${DIR}/${name}`, 'utf8');
const events = (name: string) => {
  const preview = previewImport(name, read(name));
  expect(preview.problems).toEqual([]);
  return preview.chronology!.events as ChronologyEvent[];
};

describe('UCDP GED (CSV)', () => {
  it('is recognised by its columns and imports every row, BOM, CRLF, quotes and line breaks and all', () => {
    const preview = previewImport('ged.csv', read('ucdp-ged.csv'));
    expect(preview.format).toBe('ucdp-ged-csv');
    expect(preview.problems).toEqual([]);
    expect(preview.chronology!.events.map((e) => e.id)).toEqual([
      'ged-900001',
      'ged-900002',
      'ged-900003',
      'ged-900004',
    ]);
  });

  it('keeps the precision UCDP coded: a day, a span of days, a month, a year — and says it', () => {
    const [day, span, month, year] = events('ucdp-ged.csv');
    expect(day).toMatchObject({ start: '2022-03-01' });
    expect(day!.end).toBeUndefined();
    expect(span).toMatchObject({ start: '2022-03-02', end: '2022-03-05', approximate: true });
    expect(month).toMatchObject({ start: '2022-04' });
    expect(year).toMatchObject({ start: '2022' });
    expect(span!.notes).toContainEqual({
      topic: 'date',
      text: 'UCDP date precision 2: known to a span of 2–6 days.',
    });
  });

  it('keeps fatalities as figures: the best estimate, and beside it the low–high range', () => {
    const [first, none, ranged] = events('ucdp-ged.csv');
    expect(first!.figures).toEqual([
      expect.objectContaining({ measure: 'fatalities', unit: 'count', value: 3, preferred: true }),
      expect.objectContaining({ measure: 'fatalities', unit: 'count', min: 2, max: 5 }),
    ]);
    expect(none!.figures).toEqual([expect.objectContaining({ value: 0 })]);
    expect(ranged!.figures!.map((f) => [f.value, f.min, f.max])).toEqual([
      [10, undefined, undefined],
      [undefined, 8, 14],
    ]);
  });

  it('keeps the place, how exactly it is known, the violence type as the lane, and the source article', () => {
    const [first, second, noCoordinates] = events('ucdp-ged.csv');
    expect(first!.location).toEqual({
      city: 'Testville town',
      region: 'Test oblast',
      country: 'Testland',
      lat: 50.1,
      lon: 36.2,
      note: 'Located to the exact place.',
    });
    expect(first!.track).toBe('State-based conflict');
    expect(first!.notes).toContainEqual({
      topic: 'other',
      text: 'Reported by: "Test wire", hand-made row',
    });
    expect(second!.notes).toContainEqual({
      topic: 'other',
      text: 'Reported by: Line one\nline two of a multi-line note',
    });
    expect(noCoordinates!.location).not.toHaveProperty('lat');
    expect(first!['sourceId']).toEqual({ dataset: 'UCDP GED', id: '900001' });
    // The two sides are its participants: the band's actor filter finds them.
    expect(first!.participants).toEqual(['Side A (test)', 'Side B (test)']);
  });

  it('reads dates Excel wrote month first, settled by a day over 12, and says so', () => {
    const preview = previewImport('ged.csv', read('ucdp-ged-excel-month-first.csv'));
    expect(preview.problems).toEqual([]);
    expect(preview.chronology!.events.map((e) => e.start)).toEqual(['2014-01-22', '2014-02-03']);
    expect(preview.warnings.join(' ')).toContain(
      'month first (1/22/2014 is 22 January), as 1/22/2014 12:00:00 AM shows',
    );
  });

  it('asks the day/month order when no date settles it, and imports with the answer', () => {
    const text = read('ucdp-ged-ambiguous.csv');
    const asked = previewImport('ged.csv', text);
    expect(asked.chronology).toBeUndefined();
    expect(asked.needsOrder).toEqual({ examples: ['01/02/2020', '03/04/2020'] });
    expect(
      previewImport('ged.csv', text, { order: 'day-first' }).chronology!.events[0]!.start,
    ).toBe('2020-02-01');
    expect(
      previewImport('ged.csv', text, { order: 'month-first' }).chronology!.events[0]!.start,
    ).toBe('2020-01-02');
  });
});

describe('ACLED (CSV)', () => {
  it('the current layout: day, week (approximate) and month precision, with fatalities and sources', () => {
    const preview = previewImport('acled.csv', read('acled.csv'));
    expect(preview.format).toBe('acled-csv');
    const [day, week, month] = events('acled.csv');
    expect(day).toMatchObject({
      id: 'acled-TST1001',
      title: 'Shelling/artillery/missile attack, Testville',
      start: '2023-02-16',
      track: 'Explosions/Remote violence',
    });
    expect(day!.summary).toContain('""doubled quotes""'.replaceAll('""', '"'));
    expect(day!.figures).toEqual([expect.objectContaining({ measure: 'fatalities', value: 2 })]);
    expect(day!.notes).toContainEqual({
      topic: 'other',
      text: 'Reported by: Test Daily; Test Ministry',
    });
    expect(day!.participants).toEqual(['Test Force A', 'Test Force B']);
    expect(week).toMatchObject({ start: '2023-02-17', approximate: true });
    expect(week!.location!.city).toBe('Café Ünïcode');
    expect(month).toMatchObject({ start: '2023-03' });
    expect(month!.notes).toContainEqual({
      topic: 'date',
      text: 'ACLED time precision 3: known to the month.',
    });
  });

  it('the old upper-case layout, with dates written 9-May-15 and 01-January-2015', () => {
    const preview = previewImport('old.csv', read('acled-old-upper-case.csv'));
    expect(preview.format).toBe('acled-csv');
    expect(preview.problems).toEqual([]);
    expect(preview.chronology!.events.map((e) => [e.id, e.start])).toEqual([
      ['acled-TST1', '2015-05-09'],
      ['acled-TST2', '2015-01-01'],
    ]);
  });

  it('day-first numeric dates, and a fatality of NA kept as no figure with a warning', () => {
    const preview = previewImport('dmy.csv', read('acled-day-first.csv'));
    expect(preview.problems).toEqual([]);
    expect(preview.chronology!.events.map((e) => e.start)).toEqual(['2020-08-14', '2020-09-02']);
    expect(preview.chronology!.events[1]!.figures).toBeUndefined();
    expect(preview.warnings.join(' ')).toContain('1 events give no fatality figure');
  });

  it('a row with a date Parley cannot read is refused by row and column, and nothing is imported', () => {
    const text = read('acled.csv').replace('2023-02-17', '2023-02-30');
    const preview = previewImport('acled.csv', text);
    expect(preview.chronology).toBeUndefined();
    expect(preview.problems).toContainEqual({
      where: 'row 3, column event_date',
      message: '"2023-02-30" is not a day: 2023-02 has no day 30',
    });
  });

  it('the same event twice is refused: one event, one row', () => {
    const text = read('acled.csv').replace('TST1002', 'TST1001');
    const preview = previewImport('acled.csv', text);
    expect(preview.chronology).toBeUndefined();
    expect(preview.problems[0]!.message).toContain('acled-TST1001 is already row 2');
  });
});

describe('nothing is dropped without a word', () => {
  const table = Papa.parse<string[]>(read('ucdp-ged.csv').replace(/^\uFEFF/, '')).data;
  const header = table[0]!;
  /** A copy of the GED file with cells of its first data row changed. */
  const withCells = (changes: Record<string, string>) => {
    const rows = table.map((cells) => [...cells]);
    for (const [name, value] of Object.entries(changes)) rows[1]![header.indexOf(name)] = value;
    return Papa.unparse(rows);
  };
  const withCell = (name: string, value: string) => withCells({ [name]: value });

  it('a row without the source’s id is a problem at its row, not a row gone', () => {
    const preview = previewImport('ged.csv', withCell('id', 'NA'));
    expect(preview.chronology).toBeUndefined();
    expect(preview.problems[0]).toEqual({
      where: 'row 2, column id',
      message: "is empty: every event needs the source's own id",
    });
  });

  it('a count or coordinate that is not a number is a problem; a decimal comma and grouped thousands read', () => {
    expect(previewImport('ged.csv', withCell('best', 'many')).problems[0]).toEqual({
      where: 'row 2, column best',
      message: '"many" is not a count (a whole number, 0 or more)',
    });
    expect(previewImport('ged.csv', withCell('longitude', '3625')).chronology).toBeUndefined();
    const comma = previewImport('ged.csv', withCell('best', '1,234')).chronology!;
    expect(comma.events[0]!.figures![0]!.value).toBe(1234);
    const decimal = previewImport('ged.csv', withCell('latitude', '50,45')).chronology!;
    expect(decimal.events[0]!.location!.lat).toBe(50.45);
  });

  it('a GED span coded 4 or 5 that is not a calendar month or year stays a span, approximate', () => {
    const text = withCells({
      date_prec: '4',
      date_start: '2022-03-20 00:00:00.000',
      date_end: '2022-04-15 00:00:00.000',
    });
    expect(previewImport('ged.csv', text).chronology!.events[0]).toMatchObject({
      start: '2022-03-20',
      end: '2022-04-15',
      approximate: true,
    });
  });
});

describe('the description says where the events came from, in English', () => {
  it('"an" before a vowel sound (ACLED), "a" before UCDP (read "you-…")', () => {
    expect(previewImport('acled.csv', read('acled.csv')).chronology!.description).toBe(
      'Imported from an ACLED export (CSV) file.',
    );
    expect(previewImport('ged.csv', read('ucdp-ged.csv')).chronology!.description).toBe(
      'Imported from a UCDP GED (CSV) file.',
    );
  });
});

describe('progress on a long file', () => {
  it('is reported as rows are converted, ending with all of them', () => {
    const header = read('acled.csv').split('\n')[0]!;
    const row = read('acled.csv').split('\n')[1]!;
    const rows = Array.from({ length: 5000 }, (_, i) => row.replace('TST1001', `TST${i}`));
    const seen: [number, number][] = [];
    const preview = previewImport('long.csv', [header, ...rows].join('\n'), {
      onProgress: (done, total) => seen.push([done, total]),
    });
    expect(preview.chronology!.events).toHaveLength(5000);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.at(-1)).toEqual([5000, 5000]);
    expect(seen.map(([done]) => done)).toEqual(
      [...seen.map(([done]) => done)].sort((a, b) => a - b),
    );
  });
});

describe('UCDP GED from its API (JSON)', () => {
  const api = () => JSON.parse(read('ucdp-ged-api.json')) as { Result: Record<string, unknown>[] };

  it('is recognised by its fields and gives the same events as the CSV of the same rows', () => {
    const preview = previewImport('gedevents.json', read('ucdp-ged-api.json'));
    expect(preview.format).toBe('ucdp-ged-json');
    expect(preview.problems).toEqual([]);
    expect(preview.chronology!.events).toEqual(events('ucdp-ged.csv'));
    expect(preview.chronology!.description).toBe('Imported from a UCDP GED API (JSON) file.');
  });

  it('reads the rows saved as a bare list too', () => {
    const preview = previewImport('rows.json', JSON.stringify(api().Result));
    expect(preview.format).toBe('ucdp-ged-json');
    expect(preview.chronology!.events).toHaveLength(4);
  });

  it('names a bad value by its place in Result, and imports nothing', () => {
    const body = api();
    body.Result[1]!['best'] = 'many';
    body.Result.push('not a row' as never);
    const preview = previewImport('bad.json', JSON.stringify(body));
    expect(preview.chronology).toBeUndefined();
    expect(preview.problems).toEqual([
      { where: 'Result[1].best', message: '"many" is not a count (a whole number, 0 or more)' },
      { where: 'Result[4]', message: 'is not an event (an object)' },
    ]);
  });
});

describe('ACLED from its API (JSON)', () => {
  type Row = Record<string, unknown>;
  /** The rows of an ACLED CSV as ACLED's API serves them: every value a string, blanks "". */
  const apiRows = (csv: string): Row[] =>
    Papa.parse<Row>(read(csv).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  const envelope = (data: unknown, more: Row = {}) =>
    JSON.stringify({
      status: 200,
      success: true,
      last_update: 52,
      count: Array.isArray(data) ? data.length : 0,
      messages: [],
      data,
      filename: 'acled-test',
      ...more,
    });

  it('is recognised, envelope or bare list of rows, and gives the same events as the CSV', () => {
    const csv = previewImport('acled.csv', read('acled.csv'));
    for (const [name, text] of [
      ['acled-api.json', read('acled-api.json')],
      ['rows.json', JSON.stringify(apiRows('acled.csv'))],
    ] as const) {
      expect(detectFormat(name, text)).toBe('acled-json');
      const preview = previewImport(name, text);
      expect(preview.format).toBe('acled-json');
      expect(preview.problems).toEqual([]);
      expect(preview.chronology!.events).toEqual(csv.chronology!.events);
      expect(preview.warnings).toEqual(csv.warnings);
      expect(preview.summary).toEqual(csv.summary);
      expect(preview.chronology!.description).toBe('Imported from an ACLED API (JSON) file.');
    }
  });

  it('the fixture holds exactly the rows of acled.csv', () => {
    const body = JSON.parse(read('acled-api.json')) as { data: Row[]; count: number };
    expect(body.data).toEqual(apiRows('acled.csv'));
    expect(body.count).toBe(body.data.length);
  });

  it('reads a day-first file with a fatality of NA as the CSV does: same events, same warnings', () => {
    const csv = previewImport('day-first.csv', read('acled-day-first.csv'));
    const api = previewImport('day-first.json', envelope(apiRows('acled-day-first.csv')));
    expect(csv.warnings.length).toBeGreaterThanOrEqual(2);
    expect(api.problems).toEqual([]);
    expect(api.warnings).toEqual(csv.warnings);
    expect(api.chronology!.events).toEqual(csv.chronology!.events);
  });

  it('reads values given as numbers (newer API versions) as it reads them as strings', () => {
    const typed = apiRows('acled.csv').map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([key, value]) => [
          key,
          value === '' ? null : /^-?\d+(\.\d+)?$/.test(String(value)) ? Number(value) : value,
        ]),
      ),
    );
    expect(typed[0]).toMatchObject({ fatalities: 2, latitude: 50.1, time_precision: 1 });
    const preview = previewImport('typed.json', envelope(typed));
    expect(preview.problems).toEqual([]);
    expect(preview.chronology!.events).toEqual(events('acled.csv'));
  });

  it('names a bad value by its place in data, and imports nothing', () => {
    const rows = apiRows('acled.csv');
    rows[1]!['fatalities'] = 'many';
    const preview = previewImport('bad.json', envelope([...rows, 'not a row']));
    expect(preview.chronology).toBeUndefined();
    expect(preview.problems).toEqual([
      { where: 'data[1].fatalities', message: '"many" is not a count (a whole number, 0 or more)' },
      { where: 'data[3]', message: 'is not an event (an object)' },
    ]);
    const bare = previewImport('bad.json', JSON.stringify(rows));
    expect(bare.problems[0]?.where).toBe('[1].fatalities');
  });

  it('an answer refusing the request says what ACLED said, and imports nothing', () => {
    const cases: [Row, string][] = [
      [
        { status: 403, success: false, error: { status: 403, message: 'Access denied.' } },
        ' (status 403), so this file holds no events. ACLED said: “Access denied.”.',
      ],
      [
        { status: 400, success: false, error: [{ status: 400, message: 'Invalid parameter: x' }] },
        ' (status 400), so this file holds no events. ACLED said: “Invalid parameter: x”.',
      ],
      [
        { success: false, error: 'Your key has expired' },
        ', so this file holds no events. ACLED said: “Your key has expired”.',
      ],
      [
        { status: 200, success: false, messages: [] },
        ' (status 200), so this file holds no events, and ACLED did not say why.',
      ],
    ];
    for (const [body, said] of cases) {
      const text = JSON.stringify(body);
      expect(detectFormat('acled.json', text)).toBe('acled-json');
      const preview = previewImport('acled.json', text);
      expect(preview.format).toBe('acled-json');
      expect(preview.chronology).toBeUndefined();
      expect(preview.problems).toHaveLength(1);
      expect(preview.problems[0]!.where).toBe('file');
      expect(preview.problems[0]!.message).toContain(`ACLED’s API refused the request${said}`);
    }
    // Rows beside an error: the error is what counts.
    const mixed = previewImport(
      'acled.json',
      envelope(apiRows('acled.csv'), { success: false, error: 'Rate limit exceeded' }),
    );
    expect(mixed.chronology).toBeUndefined();
    expect(mixed.problems[0]!.message).toContain('“Rate limit exceeded”');
    // An answer that succeeded with rows is read, whatever else it says.
    const noted = previewImport(
      'acled.json',
      envelope(apiRows('acled.csv'), { success: true, error: 'note' }),
    );
    expect(noted.problems).toEqual([]);
    expect(noted.chronology!.events).toHaveLength(3);
    // `data` that is not a list is an answer with no rows, not an unknown format.
    const odd = JSON.stringify({ status: 200, success: true, data: {} });
    expect(detectFormat('acled.json', odd)).toBe('acled-json');
  });

  it('an answer with no rows, or rows without the fields every event has, says so', () => {
    const empty = previewImport('none.json', envelope([]));
    expect(empty.format).toBe('acled-json');
    expect(empty.problems[0]!.message).toMatch(/^ACLED’s API answered with no events/);
    const slim = apiRows('acled.csv').map(({ event_id_cnty, event_date }) => ({
      event_id_cnty,
      event_date,
    }));
    const partial = previewImport('slim.json', envelope(slim));
    expect(partial.format).toBe('acled-json');
    expect(partial.problems[0]!.message).toContain(
      'event_id_cnty, event_date, event_type, fatalities',
    );
  });
});
