import { describe, expect, it } from 'vitest';
import { previewImport } from './index';

const HEADER = 'id,title,start,end,track,tags,participants,lat,lon,time_zone,summary';

function csv(...rows: string[]): string {
  return [HEADER, ...rows].join('\r\n') + '\r\n';
}

describe('Parley CSV import', () => {
  it('reads lists, numbers, zones, and quoted commas and line breaks', () => {
    const preview = previewImport(
      'talks.csv',
      csv(
        'a,Witkoff meets Putin,2025-02-11,,us-russia, witkoff-putin ;x ,Steve Witkoff; Vladimir Putin,55.7558,37.6173,Europe/Moscow,"One, two\nthree ""quoted"""',
      ),
    );
    expect(preview.problems).toEqual([]);
    expect(preview.format).toBe('parley-csv');
    expect(preview.chronology!.events[0]).toEqual({
      id: 'a',
      title: 'Witkoff meets Putin',
      start: '2025-02-11',
      track: 'us-russia',
      tags: ['witkoff-putin', 'x'],
      participants: ['Steve Witkoff', 'Vladimir Putin'],
      location: { lat: 55.7558, lon: 37.6173 },
      timeZone: 'Europe/Moscow',
      summary: 'One, two\nthree "quoted"',
    });
    expect(preview.chronology!.title).toBe('talks');
  });

  it('keeps dates at the precision written: "2025" and "2025-08" stay as they are', () => {
    const preview = previewImport('p.csv', csv('a,Year only,2025', 'b,Month only,2025-08'));
    expect(preview.chronology!.events.map((e) => e.start)).toEqual(['2025', '2025-08']);
    expect(preview.summary!.precision).toEqual({ day: 0, month: 1, year: 1, time: 0 });
  });

  it('gives rows without an id a stable id from title and start, unique in the file', () => {
    const text = csv(
      ',Talks in Geneva,2025-11-23',
      ',Talks in Geneva,2025-11-23',
      'talks-in-geneva-2025-11-23-2,Given,2025-01',
    );
    const first = previewImport('p.csv', text);
    const again = previewImport('p.csv', text);
    const ids = first.chronology!.events.map((e) => e.id);
    expect(ids).toEqual([
      'talks-in-geneva-2025-11-23',
      'talks-in-geneva-2025-11-23-3',
      'talks-in-geneva-2025-11-23-2',
    ]);
    expect(again.chronology!.events.map((e) => e.id)).toEqual(ids);
  });

  it('names both rows of a repeated id', () => {
    const preview = previewImport('p.csv', csv('a,One,2025', 'b,Two,2025', 'a,Three,2025'));
    expect(preview.chronology).toBeUndefined();
    expect(preview.problems).toEqual([
      { where: 'row 4, column id', message: '"a" is also the id of row 2; ids must be unique' },
    ]);
  });

  it('turns source_N columns into sources in N order, and refuses a source without a link', () => {
    const text =
      'title,start,source_2_url,source_2_publisher,source_1_url,source_1_title,source_3_title\r\n' +
      'Talks,2025,https://b.example/,B,https://a.example/,A,\r\n' +
      'More talks,2025,,,,,Headline only\r\n';
    const preview = previewImport('s.csv', text);
    expect(preview.problems).toEqual([
      {
        where: 'row 3, column source_3_url',
        message: 'source 3 has no link; every source needs its http(s) link',
      },
    ]);
    const ok = previewImport('s.csv', text.split('\r\n').slice(0, 2).join('\r\n'));
    expect(ok.chronology!.events[0]!.sources).toEqual([
      { url: 'https://a.example/', title: 'A' },
      { url: 'https://b.example/', publisher: 'B' },
    ]);
  });

  it('names the row and column of every bad cell, all at once', () => {
    const preview = previewImport(
      'bad.csv',
      csv(
        'a,,2025-02-30',
        'b,Fine,2025,2024',
        'c,Bad number,2025,,,,,north,1',
        'd,<b>Bold</b>,2025',
      ),
    );
    expect(preview.chronology).toBeUndefined();
    expect(preview.problems.map((p) => p.where)).toEqual([
      'row 2, column title',
      'row 2, column start',
      'row 3, column end',
      'row 4, column lat',
      'row 5, column title',
    ]);
    expect(preview.problemCount).toBe(5);
  });

  it('warns about columns it does not know, and ignores them', () => {
    const preview = previewImport('x.csv', 'title,start,Mood\r\nTalks,2025,good\r\n');
    expect(preview.warnings).toEqual(['The column "Mood" is not a Parley column and was ignored.']);
    expect(preview.chronology!.events[0]).not.toHaveProperty('Mood');
  });

  it('refuses a file without a start column, naming the header row', () => {
    const preview = previewImport('x.csv', 'title,date\r\nTalks,2025\r\n');
    expect(preview.format).toBeUndefined();
    expect(preview.problems[0]!.where).toBe('row 1');
  });

  it('refuses a repeated column and a cell beyond the last column', () => {
    const preview = previewImport(
      'x.csv',
      'title,start,title\r\nTalks,2025,Other\r\nMore,2025,,extra\r\n',
    );
    expect(preview.problems.map((p) => p.where)).toEqual(['row 1, column 3', 'row 3, column 4']);
  });

  it('numbers rows as a spreadsheet does, counting blank rows and cells with line breaks', () => {
    const preview = previewImport(
      'x.csv',
      'title,start\r\n"Two\nlines",2025\r\n\r\nTalks,nope\r\n',
    );
    expect(preview.problems[0]!.where).toBe('row 4, column start');
  });

  it('reports an unclosed quote', () => {
    const preview = previewImport('x.csv', 'title,start\r\n"Talks,2025\r\n');
    expect(preview.chronology).toBeUndefined();
    expect(preview.problems.some((p) => p.message.includes('never closed'))).toBe(true);
  });

  it("takes off the exporter's formula guard and reads note and starred back as userNote", () => {
    const preview = previewImport(
      'x.csv',
      "\ufefftitle,start,note,starred\r\n'=HYPERLINK(1),2025,'-remember,true\r\n",
    );
    expect(preview.chronology!.events[0]).toMatchObject({
      title: '=HYPERLINK(1)',
      userNote: { text: '-remember', starred: true },
    });
  });
});
