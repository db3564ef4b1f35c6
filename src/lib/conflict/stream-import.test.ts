import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { previewImport } from '../import';
import { decodeText } from '../import/read-file';
import type { ChronologyEvent } from '../model/types';
import { ConflictStreamImport, FIRST_ROWS, type StreamOutcome } from './stream-import';

const DIR = 'tests/fixtures/import/conflict';
const bytesOf = (name: string) => readFileSync(`${DIR}/${name}`);
const textOf = (name: string) => {
  const bytes = bytesOf(name);
  return decodeText(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    name,
  ).text;
};

/** Streams `text` cut at `cuts`; the pieces handed on, and the outcome. */
function stream(
  name: string,
  text: string,
  cuts: number[] = [],
  options: { order?: 'day-first' | 'month-first'; chunkSize?: number } = {},
) {
  const stored: ChronologyEvent[][] = [];
  const reader = new ConflictStreamImport({
    fileName: name,
    chunkSize: options.chunkSize ?? 3,
    ...(options.order ? { order: options.order } : {}),
    onChunk: (events, chunk) => {
      expect(chunk).toBe(stored.length);
      stored.push(events);
    },
  });
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    reader.push(text.slice(at, Math.max(at, cut)));
    at = Math.max(at, cut);
  }
  reader.push(text.slice(at));
  const outcome: StreamOutcome = reader.end();
  return { stored, outcome };
}

const CLEAN = [
  'acled.csv',
  'acled-old-upper-case.csv',
  'acled-windows-1252.csv',
  'ucdp-ged.csv',
  'acled-day-first.csv',
];

describe('a conflict export streamed in pieces', () => {
  it.each(CLEAN)('%s: stores the same events, in the same order, as reading it whole', (name) => {
    const text = textOf(name);
    const whole = previewImport(name, text);
    expect(whole.chronology).toBeDefined();
    fc.assert(
      fc.property(fc.array(fc.nat({ max: text.length }), { maxLength: 5 }), (cuts) => {
        const { stored, outcome } = stream(name, text, cuts);
        expect(outcome.problems).toEqual([]);
        expect(stored.flat()).toEqual(whole.chronology!.events);
        expect(outcome.summary).toEqual(whole.summary);
        expect(outcome.format).toBe(whole.format);
        expect(outcome.columns?.count).toBe(whole.chronology!.events.length);
        // Warnings the whole-file reading gives (its own, not the decoder's) are given too.
        expect(outcome.warnings).toEqual(whole.warnings);
      }),
      { numRuns: 30 },
    );
  });

  it('hands on nothing after the first problem, and names its row as reading it whole does', () => {
    const header = 'event_id_cnty,event_date,event_type,fatalities,latitude,longitude';
    const row = (i: number) => `UKR${i},2023-02-16,Battles,${i % 7},50.1,36.2`;
    const rows = Array.from({ length: 3500 }, (_, i) => row(i));
    rows[2500] = 'UKR-bad,2023-02-16,Battles,x,95.1,36.2';
    const text = [header, ...rows].join('\n');
    const whole = previewImport('bad.csv', text);
    const { stored, outcome } = stream('bad.csv', text, [], { chunkSize: 1000 });
    // The two thousands before it were handed on (the caller drops them); nothing after.
    expect(stored.map((chunk) => chunk.length)).toEqual([1000, 1000]);
    expect(outcome.columns).toBeUndefined();
    expect(outcome.problemCount).toBe(2);
    expect(outcome.problems).toEqual(whole.problems);
    expect(outcome.problems[0]?.where).toBe('row 2502, column fatalities');
  });

  it('asks for the day/month order when the first rows cannot settle it', () => {
    const { outcome, stored } = stream('ambiguous.csv', textOf('ucdp-ged-ambiguous.csv'));
    expect(outcome.stop).toMatchObject({ reason: 'needs-order' });
    expect(stored).toEqual([]);
    const answered = stream('ambiguous.csv', textOf('ucdp-ged-ambiguous.csv'), [], {
      order: 'day-first',
    });
    expect(answered.outcome.problems).toEqual([]);
    expect(answered.stored.flat().length).toBeGreaterThan(0);
  });

  it('decides the order from the first rows, and names a later row written the other way', () => {
    const header = 'event_id_cnty,event_date,event_type,fatalities';
    const first = Array.from({ length: FIRST_ROWS }, (_, i) => `UKR${i},14/08/2020,Battles,1`);
    const text = [header, ...first, 'UKR-late,1/22/2014,Battles,1'].join('\r\n');
    const { outcome } = stream('late.csv', text, [], { chunkSize: 1000 });
    expect(outcome.warnings[0]).toContain(`in the first ${FIRST_ROWS.toLocaleString('en')} rows`);
    expect(outcome.problems[0]?.where).toBe(`row ${FIRST_ROWS + 2}, column event_date`);
    expect(outcome.problemCount).toBe(1);
  });

  it('stops at once on a CSV that is not a conflict export, with its header to map', () => {
    const { outcome } = stream('other.csv', 'when,what\n2024-01-01,x\n');
    expect(outcome.stop).toEqual({ reason: 'not-conflict', header: ['when', 'what'] });
  });

  it('describes its source with the right article: an ACLED export, a UCDP GED export', () => {
    expect(stream('acled.csv', textOf('acled.csv')).outcome.description).toBe(
      'Imported from an ACLED export (CSV) file.',
    );
    expect(stream('ged.csv', textOf('ucdp-ged.csv')).outcome.description).toBe(
      'Imported from a UCDP GED (CSV) file.',
    );
  });

  it('says a file with nothing in it has nothing to import', () => {
    expect(stream('empty.csv', '\n\n').outcome.problems[0]?.message).toMatch(/nothing/);
  });
});

describe('streamed files that surprise late', () => {
  const header = 'event_id_cnty,event_date,event_type,fatalities';

  it('first rows without numeric dates, then some: the order is decided from those, as reading whole does', () => {
    const iso = Array.from({ length: FIRST_ROWS + 5 }, (_, i) => `UKR${i},2020-08-14,Battles,1`);
    const text = [header, ...iso, 'UKR-a,14/08/2020,Battles,1', 'UKR-b,03/04/2020,Battles,1'].join(
      '\n',
    );
    const whole = previewImport('late.csv', text);
    const { outcome, stored } = stream('late.csv', text, [], { chunkSize: 1000 });
    expect(outcome.problems).toEqual(whole.problems);
    expect(outcome.problemCount).toBe(0);
    expect(
      stored
        .flat()
        .map((e) => e.start)
        .slice(-2),
    ).toEqual(['2020-08-14', '2020-04-03']);
  });

  it('dates written both ways in the first rows: one problem, and no more reading', () => {
    const rows = [
      'UKR1,14/08/2020,Battles,1',
      'UKR2,1/22/2014,Battles,1',
      'UKR3,03/04/2020,Battles,1',
    ];
    const { outcome } = stream('both.csv', [header, ...rows].join('\n'));
    expect(outcome.problemCount).toBe(1);
    expect(outcome.problems[0]?.message).toContain('both day first');
  });

  it('a byte-order mark read as Windows-1252 ("ï»¿") is not taken for part of the first column', () => {
    const { outcome } = stream(
      'bom.csv',
      `\u00EF\u00BB\u00BF${header}\nUKR1,2020-08-14,Battles,1\n`,
    );
    expect(outcome.stop).toBeUndefined();
    expect(outcome.summary.events).toBe(1);
  });

  it('a quoted cell never closed is named at once, before the rows after it', () => {
    const text = [header, 'UKR1,2020-08-14,Battles,"1', 'UKR2,2020-08-14,Battles,1'].join('\n');
    const whole = previewImport('open.csv', text);
    const { outcome } = stream('open.csv', text);
    const unclosed = whole.problems.find((p) => p.message.startsWith('a quoted cell is never'));
    expect(unclosed).toBeDefined();
    expect(outcome.problems).toContainEqual(unclosed);
  });
});
