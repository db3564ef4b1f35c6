import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_EVENT_COLUMNS } from '../interchange/csv-columns';
import { exportCsv } from './csv';
import { guardCsvText } from './csv-guard';
import { curated, hostile, HOSTILE_TITLE, NOW } from './test-data';

function rows(text: string): Record<string, string>[] {
  const result = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('guardCsvText', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+7 495', "'+7 495"],
    ['-3 hours', "'-3 hours"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=cmd', "'\t=cmd"],
    ['\r=cmd', "'\r=cmd"],
    ['=HYPERLINK("x")\nsecond line', '\'=HYPERLINK("x")\nsecond line'],
  ])('makes %j inert text in a spreadsheet', (input, expected) => {
    expect(guardCsvText(input)).toBe(expected);
  });

  it.each(['Witkoff meets Putin', '2025-08-06', 'a=b', ''])('leaves %j alone', (input) => {
    expect(guardCsvText(input)).toBe(input);
  });
});

describe('exportCsv', () => {
  it("writes Parley's columns, one source group per source of the busiest event, then note and starred", () => {
    const data = curated();
    const file = exportCsv({ chronology: data, events: data.events, now: NOW });
    const busiest = Math.max(...data.events.map((e) => e.sources?.length ?? 0));
    const header = Papa.parse<string[]>(file.text).data[0];
    const sourceColumns = Array.from({ length: busiest }, (_, i) =>
      ['url', 'title', 'publisher', 'published'].map((f) => `source_${i + 1}_${f}`),
    ).flat();
    expect(header).toEqual([...CSV_EVENT_COLUMNS, ...sourceColumns, 'note', 'starred']);
    expect(rows(file.text)).toHaveLength(data.events.length);
    expect(file.fileName).toBe('parley-us-russia-ukraine-peace-talks-2014-2026-2026-11-28.csv');
    expect(file.mimeType).toBe('text/csv;charset=utf-8');
  });

  it('starts with a byte order mark so Excel reads UTF-8, and ends rows with CRLF', () => {
    const data = hostile();
    const { text } = exportCsv({ chronology: data, events: data.events, now: NOW });
    expect(text.startsWith('\ufeffid,title,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('writes people by name and resolves registry and inline sources', () => {
    const data = hostile();
    const [day, range] = rows(exportCsv({ chronology: data, events: data.events, now: NOW }).text);
    expect(day?.['participants']).toBe('Steve Witkoff;Kirill Dmitriev;Plain Name, Jr.');
    expect(day?.['source_1_url']).toBe('https://www.reuters.com/world/witkoff-putin-2025-08-06/');
    expect(day?.['source_1_title']).toBe('Witkoff meets Putin; talks "constructive", Kremlin says');
    expect(day?.['source_1_publisher']).toBe('Reuters');
    expect(day?.['source_1_published']).toBe('2025-08-06');
    expect(day?.['source_2_url']).toBe('https://www.reuters.com/world/second/');
    expect(range?.['source_2_url']).toBe('https://inline.example/a');
    expect(range?.['source_2_publisher']).toBe('Inline Times');
    expect(range?.['end']).toBe('2025-03-25');
  });

  it('guards text cells against formulas but keeps negative coordinates as numbers', () => {
    const data = hostile();
    const { text } = exportCsv({ chronology: data, events: data.events, now: NOW });
    const [day, range] = rows(text);
    expect(day?.['title']).toBe(`'${HOSTILE_TITLE}`);
    expect(range?.['title']).toBe("'-negative start, +plus, @at");
    expect(range?.['lat']).toBe('-34.6');
    expect(range?.['lon']).toBe('-58.38');
    expect(text).toContain(',-34.6,-58.38,');
  });

  it('keeps quotes, commas, line breaks and non-ASCII text intact through a CSV parser', () => {
    const data = hostile();
    const [day, , , , , long] = rows(
      exportCsv({ chronology: data, events: data.events, now: NOW }).text,
    );
    expect(day?.['summary']).toBe(data.events[0]?.summary);
    expect(day?.['tags']).toBe('witkoff-putin;a,b');
    expect(long?.['title']).toBe(data.events[5]?.title);
  });

  it("puts the reader's note and star in the last two columns", () => {
    const data = hostile();
    const file = exportCsv({
      chronology: data,
      events: data.events,
      notes: [
        { eventId: 'day-event', text: '=ask Kremlin, "really"?', starred: true },
        { eventId: 'year-event', text: '', starred: false },
      ],
      now: NOW,
    });
    const out = rows(file.text);
    expect(out[0]?.['note']).toBe('\'=ask Kremlin, "really"?');
    expect(out[0]?.['starred']).toBe('true');
    expect(out[3]?.['starred']).toBe('false');
    expect(out[1]?.['note']).toBe('');
    expect(out[1]?.['starred']).toBe('');
  });

  it('warns when a tag or name contains the list separator and would read back as two', () => {
    const data = hostile();
    data.events[0]!.tags = ['one;two'];
    const file = exportCsv({ chronology: data, events: data.events, now: NOW });
    expect(file.warnings).toEqual([
      '"day-event": the tag "one;two" contains ";", which the CSV format uses between tags, so it will read back as two.',
    ]);
  });

  it('gives back any title and summary through a CSV parser, guarded only when formula-like', () => {
    const base = hostile();
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.string({ maxLength: 200 }),
        (title, summary) => {
          const event = { ...base.events[3]!, title, summary };
          const text = exportCsv({ chronology: base, events: [event], now: NOW }).text;
          const [row] = rows(text);
          expect(row?.['title']).toBe(guardCsvText(title));
          expect(row?.['summary']).toBe(guardCsvText(summary));
        },
      ),
    );
  });

  it('writes just the header when nothing is selected', () => {
    const file = exportCsv({ chronology: hostile(), events: [], now: NOW });
    expect(rows(file.text)).toEqual([]);
    expect(file.text).toContain('id,title,start');
  });
});
