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
