import { describe, expect, it } from 'vitest';
import { previewImport } from '../import/index';
import { suggestMapping } from './mapped';

const CSV = [
  'When,What happened,Category,Town,Lat,Lng,Killed,Reported by',
  '14/08/2020,Invented test event one,Shelling,Testville,50.1,36.2,2,Test Daily',
  '02/09/2020,Invented test event two,Clash,Testville,50.1,36.2,0,Test Daily',
].join('\n');

describe('any event CSV, through the reader’s columns', () => {
  it('is not refused: the preview asks which column holds what, with a guess from the names', () => {
    const asked = previewImport('mine.csv', CSV);
    expect(asked.chronology).toBeUndefined();
    expect(asked.needsMapping!.header).toEqual([
      'When',
      'What happened',
      'Category',
      'Town',
      'Lat',
      'Lng',
      'Killed',
      'Reported by',
    ]);
    expect(suggestMapping(['date', 'title', 'latitude', 'longitude', 'fatalities'])).toEqual({
      date: 'date',
      title: 'title',
      lat: 'latitude',
      lon: 'longitude',
      count: 'fatalities',
    });
  });

  it('reads one event per row with the columns chosen, dates ordered by the whole column', () => {
    const preview = previewImport('mine.csv', CSV, {
      mapping: {
        date: 'When',
        title: 'What happened',
        lane: 'Category',
        place: 'Town',
        lat: 'Lat',
        lon: 'Lng',
        count: 'Killed',
        source: 'Reported by',
      },
    });
    expect(preview.format).toBe('event-csv');
    expect(preview.problems).toEqual([]);
    const [first, second] = preview.chronology!.events;
    expect(first).toMatchObject({
      title: 'Invented test event one',
      start: '2020-08-14',
      track: 'Shelling',
      location: { city: 'Testville', lat: 50.1, lon: 36.2 },
      figures: [{ measure: 'fatalities', unit: 'count', value: 2, attribution: 'Killed' }],
    });
    expect(second!.start).toBe('2020-09-02');
  });

  it('refuses a bad cell by row and column, and asks for the date column if none is chosen', () => {
    const bad = previewImport('mine.csv', CSV.replace(',2,Test Daily', ',two,Test Daily'), {
      mapping: { date: 'When', count: 'Killed' },
    });
    expect(bad.problems[0]).toEqual({
      where: 'row 2, column Killed',
      message: '"two" is not a count (a whole number, 0 or more)',
    });
    const none = previewImport('mine.csv', CSV, { mapping: { title: 'What happened' } });
    expect(none.problems[0]!.message).toContain('choose the column that holds each event’s date');
  });
});

describe('an event sheet’s own ways with dates', () => {
  // Invented rows, in the shapes public event sheets use (year first, a bare year, "Present").
  const SHEET = [
    'id,main_date,end_date,title',
    '1,1848/07/19,1848/07/20,Invented two-day meeting',
    '3,1853,1860,Invented newspaper',
    '5,1868/09/17,1869/12,Invented association',
    '8,1873/12/23,Present,Invented union still at work',
    '11,1886/04/16,,Invented repeal',
  ].join('\n');
  const mapping = { id: 'id', date: 'main_date', end: 'end_date', title: 'title' };

  it('reads year-first days, months and years without asking the day/month order', () => {
    const preview = previewImport('sheet.csv', SHEET, { mapping });
    expect(preview.needsOrder).toBeUndefined();
    expect(preview.problems).toEqual([]);
    expect(preview.chronology!.events.map((e) => [e.id, e.start, e.end])).toEqual([
      ['row-1', '1848-07-19', '1848-07-20'],
      ['row-3', '1853', '1860'],
      ['row-5', '1868-09-17', '1869-12'],
      ['row-8', '1873-12-23', undefined],
      ['row-11', '1886-04-16', undefined],
    ]);
    expect(preview.summary!.precision).toEqual({ day: 4, month: 0, year: 1, time: 0 });
  });

  it('an end of "Present" is no end date: the event has none, and a note keeps the words', () => {
    const preview = previewImport('sheet.csv', SHEET, { mapping });
    const ongoing = preview.chronology!.events[3]!;
    expect(ongoing.end).toBeUndefined();
    expect(ongoing.notes).toEqual([
      {
        topic: 'date',
        text: 'The end is given as “Present” (column end_date): no end date is set.',
      },
    ]);
    expect(preview.warnings).toContain(
      '1 row gives the end as “Present” or the like (column end_date): imported with no end date, the words kept in a note.',
    );
    const today = previewImport('sheet.csv', SHEET.replace('Present', 'today'), { mapping });
    expect(today.problems).toEqual([]);
    expect(today.chronology!.events[3]!.notes![0]!.text).toContain('“today”');
  });

  it('reads month-first days, months by name, and leaves out a row with no date, naming it', () => {
    const text = [
      'position,title,date,lat,long',
      '0,Click the arrow to start,,32.6,-39.7',
      '1,Invented harbour,"December 7, 1941",21.35,-158.03',
      '2,Invented school,"Jun. 12, 1942",21.29,-157.84',
      '4,Invented town,January 1944,41.49,13.78',
      '14,Invented capital,7 December 1946,38.87,-77.13',
    ].join('\n');
    const preview = previewImport('sheet.csv', text, {
      mapping: { date: 'date', title: 'title', lat: 'lat', lon: 'long' },
    });
    expect(preview.problems).toEqual([]);
    expect(preview.chronology!.events.map((e) => [e.title, e.start])).toEqual([
      ['Invented harbour', '1941-12-07'],
      ['Invented school', '1942-06-12'],
      ['Invented town', '1944-01'],
      ['Invented capital', '1946-12-07'],
    ]);
    expect(preview.warnings).toContain(
      '1 row has no date in column date and was left out (a row with no date is not an event): row 2 (“Click the arrow to start”).',
    );
  });

  it('a date it cannot read is still a problem at its row and column, and nothing is imported', () => {
    const preview = previewImport('sheet.csv', SHEET.replace('1853', 'the 1850s'), {
      mapping,
    });
    expect(preview.chronology).toBeUndefined();
    expect(preview.problems[0]).toMatchObject({ where: 'row 3, column main_date' });
    expect(preview.problems[0]!.message).toContain('"the 1850s" is not a date Parley reads');
  });

  it('a span written in the date cell gives the start and the end', () => {
    // As a public sheet writes it (abcotvdata/defining-courage): "April-May 1945".
    const text = [
      'date,end,title',
      'April-May 1945,,Liberation of the camps',
      '1939–1945,,The war in Europe',
      '7-9 May 1945,10 May 1945,Surrenders',
    ].join('\n');
    const preview = previewImport('sheet.csv', text, {
      mapping: { date: 'date', end: 'end', title: 'title' },
    });
    expect(preview.problems).toEqual([]);
    expect(preview.chronology!.events.map((e) => [e.start, e.end])).toEqual([
      ['1945-04', '1945-05'],
      ['1939', '1945'],
      // The end column, when it gives one, is the end.
      ['1945-05-07', '1945-05-10'],
    ]);
  });

  it('an end before the start is a problem at its row, never an end quietly dropped', () => {
    const text = ['date,end,title', '1945-05-09,1945-05-01,Backwards'].join('\n');
    const preview = previewImport('sheet.csv', text, {
      mapping: { date: 'date', end: 'end', title: 'title' },
    });
    expect(preview.chronology).toBeUndefined();
    expect(preview.problems[0]).toMatchObject({
      where: 'row 2, column end',
      message: '"1945-05-01" ends before the start 1945-05-09',
    });
  });

  it('a span in the date cell settles the day/month order, and an open end leaves no end', () => {
    const text = [
      'date,end,title',
      '14/5/2020 – 16/5/2020,,Talks',
      '1990 – present,,Mission',
      '1939–1945,Present,Contradicting',
      '"2 June 2021",,"Two\nlines"',
    ].join('\n');
    const preview = previewImport('sheet.csv', text, {
      mapping: { date: 'date', end: 'end', title: 'title' },
    });
    expect(preview.problems).toEqual([]);
    const events = preview.chronology!.events;
    expect(events.map((e) => [e.start, e.end])).toEqual([
      ['2020-05-14', '2020-05-16'],
      ['1990', undefined],
      // The end column says the span goes on: no end, as its note says.
      ['1939', undefined],
      ['2021-06-02', undefined],
    ]);
    expect(JSON.stringify(events[1]!.notes)).toContain('“present” (column date)');
    expect(events[3]!.title).toBe('Two lines');
  });

  it('"c. 1853" and "1860?" import as approximate dates, the words kept in a note', () => {
    const text = [
      'date,end,title',
      'c. 1853,1860?,Invented war',
      '1861,,Invented treaty',
      'circa 1939 – 1945,,Invented span',
    ].join('\n');
    const preview = previewImport('sheet.csv', text, {
      mapping: { date: 'date', end: 'end', title: 'title' },
    });
    expect(preview.problems).toEqual([]);
    const events = preview.chronology!.events;
    expect(events.map((e) => [e.start, e.end, e.approximate])).toEqual([
      ['1853', '1860', true],
      ['1861', undefined, undefined],
      ['1939', '1945', true],
    ]);
    expect(events[0]!.notes).toEqual([
      {
        topic: 'date',
        text: 'The date is given as “c. 1853” (column date) to “1860?” (column end): read as approximate.',
      },
    ]);
    expect(preview.warnings).toContain(
      '2 rows give an approximate date, such as “c. 1853” (column date): read without those words and marked approximate, the words kept in a note.',
    );
  });

  it('an approximate numeric date settles the day/month order as an exact one does', () => {
    const text = ['date,title', 'c. 14/08/1853,Invented one', '02/03/1854,Invented two'].join('\n');
    const preview = previewImport('sheet.csv', text, { mapping: { date: 'date', title: 'title' } });
    expect(preview.needsOrder).toBeUndefined();
    expect(preview.problems).toEqual([]);
    expect(preview.chronology!.events.map((e) => [e.start, e.approximate])).toEqual([
      ['1853-08-14', true],
      ['1854-03-02', undefined],
    ]);
  });

  it('years before the common era import as Parley writes them, in their order', () => {
    const text = [
      'date,title',
      '44 BC,Invented ides',
      '500–400 BC,Invented classical age',
      '15 March 44 BC,Invented day',
      'AD 800,Invented coronation',
      '476,Invented fall',
    ].join('\n');
    const preview = previewImport('sheet.csv', text, { mapping: { date: 'date', title: 'title' } });
    expect(preview.problems).toEqual([]);
    expect(preview.chronology!.events.map((e) => [e.start, e.end])).toEqual([
      ['-0044', undefined],
      ['-0500', '-0400'],
      ['-0044-03-15', undefined],
      ['0800', undefined],
      ['0476', undefined],
    ]);
  });

  it('"is empty, as in every row" only when every row is', () => {
    const text = ['date,title', 'someday,a', ',b'].join('\n');
    const preview = previewImport('sheet.csv', text, { mapping: { date: 'date', title: 'title' } });
    expect(preview.problems.map((p) => p.message).join(' ')).not.toContain('as in every row');
  });

  it('when no row has a date, each row is a problem by row and column, not a row gone', () => {
    const text = ['date,title', ',Invented one', 'NA,Invented two'].join('\n');
    const preview = previewImport('sheet.csv', text, { mapping: { date: 'date', title: 'title' } });
    expect(preview.chronology).toBeUndefined();
    expect(preview.problems).toEqual([
      {
        where: 'row 2, column date',
        message: 'is empty, as in every row: each event needs a date',
      },
      {
        where: 'row 3, column date',
        message: 'is empty, as in every row: each event needs a date',
      },
    ]);
  });

  it('many rows with no date: the warning names the first ten and counts the rest', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `,Intro ${i}`);
    const text = ['date,title', ...rows, '2020-01-02,Invented event'].join('\n');
    const preview = previewImport('sheet.csv', text, { mapping: { date: 'date', title: 'title' } });
    expect(preview.chronology!.events).toHaveLength(1);
    expect(preview.warnings[0]).toMatch(/^12 rows have no date in column date and were left out/);
    expect(preview.warnings[0]).toContain('row 11 (“Intro 9”), and 2 more.');
  });
});

describe('the date column guessed from its name', () => {
  it.each([
    [['id', 'weight', 'main_date', 'end_date', 'title'], 'main_date', 'end_date'],
    [['Event Date', 'What'], 'Event Date', undefined],
    [['Date of event', 'Headline'], 'Date of event', undefined],
    [['start_date', 'end_date'], 'start_date', 'end_date'],
    [['Start Date', 'End Date'], 'Start Date', 'End Date'],
    [['when', 'what'], 'when', undefined],
    [['position', 'title', 'date'], 'date', undefined],
    [['incident date', 'last updated date'], 'incident date', undefined],
    [['date_updated', 'Incident Date (approx.)'], 'Incident Date (approx.)', undefined],
    [['Year', 'Month', 'Day', 'Title'], 'Year', undefined],
    // A sheet of letters: "from" and "to" are people, not the start and end.
    [['from', 'to', 'date', 'subject'], 'date', undefined],
  ])('%j: date %s, end %s', (header, date, end) => {
    const suggested = suggestMapping(header);
    expect(suggested.date).toBe(date);
    expect(suggested.end).toBe(end);
  });

  it('guesses nothing for the date when no column says one', () => {
    expect(suggestMapping(['name', 'updated_date']).date).toBeUndefined();
  });
});
