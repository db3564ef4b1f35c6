import { describe, expect, it } from 'vitest';
import { previewImport } from './index';

function tjs(events: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ ...extra, events });
}
const text = (headline: string, body = '') => ({ text: { headline, text: body } });

describe('TimelineJS JSON import', () => {
  it('keeps year-only and year-month dates at their precision', () => {
    const preview = previewImport(
      't.json',
      tjs([
        { start_date: { year: 2025 }, ...text('Year') },
        { start_date: { year: '2025', month: '8' }, ...text('Month') },
        { start_date: { year: 2025, month: 8, day: 6 }, ...text('Day') },
      ]),
    );
    expect(preview.format).toBe('timelinejs-json');
    expect(preview.chronology!.events.map((e) => e.start)).toEqual([
      '2025',
      '2025-08',
      '2025-08-06',
    ]);
  });

  it('makes the group the lane, the title slide the title, unique_id the id', () => {
    const preview = previewImport(
      't.json',
      tjs(
        [
          {
            unique_id: 'alaska',
            start_date: { year: 2025, month: 8, day: 15 },
            group: 'Summits',
            ...text('Alaska'),
          },
        ],
        {
          title: text('Talks <i>2025</i>', '<p>About</p>'),
        },
      ),
    );
    expect(preview.chronology!).toMatchObject({
      title: 'Talks 2025',
      description: 'About',
      events: [{ id: 'alaska', track: 'Summits', title: 'Alaska' }],
    });
  });

  it('keeps the day of a time without a zone and puts the time in a note, with a warning', () => {
    const preview = previewImport(
      't.json',
      tjs([
        { start_date: { year: 2025, month: 12, day: 2, hour: 17, minute: 5 }, ...text('Kremlin') },
      ]),
    );
    const event = preview.chronology!.events[0]!;
    expect(event.start).toBe('2025-12-02');
    expect(event.notes![0]!.text).toContain('17:05 (start)');
    expect(
      preview.warnings.some((w) =>
        w.startsWith('Times without a time zone were kept as dates: 1 event'),
      ),
    ).toBe(true);
  });

  it('turns HTML into text, runs nothing, and makes http(s) links sources', () => {
    const preview = previewImport(
      't.json',
      tjs([
        {
          start_date: { year: 2025 },
          ...text(
            'A <b>bold</b> move',
            '<p>See <a href="https://example.org/r">the report</a></p><script>alert(1)</script><a href="javascript:x()">no</a>',
          ),
          media: { url: 'https://example.org/photo.jpg' },
        },
      ]),
    );
    const json = JSON.stringify(preview.chronology);
    expect(json).not.toMatch(/<script|javascript:/i);
    expect(preview.chronology!.events[0]).toMatchObject({
      title: 'A bold move',
      summary: 'See the report\nno',
      sources: [{ url: 'https://example.org/r', title: 'the report', publisher: 'example.org' }],
    });
    expect(preview.warnings.join(' ')).toMatch(/HTML was turned into plain text in 2 texts/);
    // The image is the story step's, its alt text the headline until the author writes one.
    expect(preview.chronology!.stories![0]!.steps[0]).toMatchObject({
      media: { url: 'https://example.org/photo.jpg', alt: 'A bold move' },
    });
    expect(preview.warnings.join(' ')).toMatch(
      /Images became the story's images: 1\. 1 had no alt text/,
    );
  });

  it('titles an event without a headline from its text, or its date, and says so', () => {
    const preview = previewImport(
      't.json',
      tjs([
        { start_date: { year: 2025 }, ...text('') },
        {
          start_date: { year: 2025, month: 8 },
          ...text('', '<p>Talks resumed. Nothing was agreed.</p>'),
        },
        { start_date: { year: 2024 }, display_date: 'Winter 2024', ...text('') },
        { start_date: { year: 2024 }, ...text('', 'Gen. Kellogg went to Kyiv. He met Zelensky.') },
      ]),
    );
    expect(preview.problems).toEqual([]);
    expect(preview.chronology!.events.map((e) => [e.title, e.id])).toEqual([
      ['Untitled (2025)', 'untitled-2025'],
      ['Talks resumed.', 'untitled-2025-08'],
      ['Winter 2024', 'untitled-2024'],
      ['Gen. Kellogg went to Kyiv.', 'untitled-2024-2'],
    ]);
    expect(preview.warnings.join(' ')).toContain(
      '4 events have no headline: each was titled from its text or its date.',
    );
  });

  it('puts a headline written over two lines on one, and keeps the text’s lines', () => {
    // As a public TimelineJS file writes it (EmmetSp/Timeline-HN).
    const preview = previewImport(
      't.json',
      tjs(
        [
          {
            start_date: { year: '1963' },
            ...text('Whitney Houston<br/> 1963 - 2012', 'Born in Newark.<br>Singer.'),
            group: 'Music<br>and film',
          },
        ],
        {
          title: text('A life<br>in songs'),
          eras: [{ start_date: { year: 1985 }, end_date: { year: 1992 }, ...text('The<br>hits') }],
        },
      ),
    );
    expect(preview.problems).toEqual([]);
    const chronology = preview.chronology!;
    expect(chronology.title).toBe('A life in songs');
    expect(chronology.events[0]).toMatchObject({
      title: 'Whitney Houston 1963 - 2012',
      track: 'Music and film',
      summary: 'Born in Newark.\nSinger.',
    });
    expect(chronology.eras?.[0]?.title).toBe('The hits');
  });

  it('names the date part that is wrong', () => {
    const preview = previewImport(
      't.json',
      tjs([
        { start_date: { year: 2025, month: 13 }, ...text('a') },
        { start_date: { year: 0 }, ...text('b') },
        { start_date: { year: 2025, month: 2, day: 29 }, ...text('c') },
        { ...text('d') },
      ]),
    );
    expect(preview.problems.map((p) => p.where)).toEqual([
      'events[0].start_date.month',
      'events[1].start_date.year',
      'events[2].start_date',
      'events[3].start_date',
    ]);
  });
});

const SHEET_HEADER =
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

describe('TimelineJS spreadsheet (CSV) import', () => {
  it('reads the template: title row, era row as an era, precision kept, Group as lane', () => {
    const preview = previewImport(
      'sheet.csv',
      [
        SHEET_HEADER,
        ',,,,,,,,,My talks,<b>Intro</b>,,,,,title,,',
        '2025,1,1,,2025,12,31,,,An era,,,,,,era,,',
        '2025,,,,,,,,,Year only,,,,,,,Calls,',
        '2025,Aug,,,,,,,,Month by name,,,,,,,,',
        '2025,8,6,07:00,,,,,,Day and time,,,,,,,Envoys,',
      ].join('\n'),
    );
    expect(preview.problems).toEqual([]);
    expect(preview.chronology!.title).toBe('My talks');
    expect(preview.chronology!.description).toBe('Intro');
    expect(preview.chronology!.events.map((e) => [e.start, e.track ?? null])).toEqual([
      ['2025', 'Calls'],
      ['2025-08', null],
      ['2025-08-06', 'Envoys'],
    ]);
    expect(preview.chronology!.eras).toEqual([
      {
        id: 'an-era-2025-01-01',
        title: 'An era',
        start: '2025-01-01',
        end: '2025-12-31',
        level: 1,
      },
    ]);
  });

  it('matches headers whatever their case and spacing', () => {
    const preview = previewImport('s.csv', ' year ,HEADLINE, end  year\n2025,Talks,2026\n');
    expect(preview.format).toBe('timelinejs-csv');
    expect(preview.chronology!.events[0]).toMatchObject({ start: '2025', end: '2026' });
  });

  it('names row and column of a bad date', () => {
    const preview = previewImport(
      's.csv',
      ['Year,Month,Day,Headline', '2025,13,,Bad month', ',,,No year', '2025,2,30,No such day'].join(
        '\n',
      ),
    );
    expect(preview.problems.map((p) => p.where)).toEqual([
      'row 2, column Month',
      'row 3, column Year',
      'row 4, columns Year, Month, Day',
    ]);
  });
});
