/** Fixtures for the export tests: the curated chronology and a small hostile one. */
import { readFileSync } from 'node:fs';
import type { Chronology } from '../model/types';

export function curated(): Chronology {
  return JSON.parse(readFileSync('data/chronology.json', 'utf8')) as Chronology;
}

export const NOW = new Date('2026-11-28T23:30:00Z');

export const HOSTILE_TITLE = '=HYPERLINK("http://evil.example/?q=1","click me")';

/** Every precision, inline and registry sources, and strings built to break each format. */
export function hostile(): Chronology {
  return {
    format: 'parley-chronology/1',
    title: 'Talks; "quoted", with\\backslash & 100% ünïcödé — Дипломатия',
    version: '2.0.0-beta',
    updated: '2026-01-30',
    description: 'A test dataset.',
    curator: { name: 'Kept as is' },
    people: [
      { id: 'p1', name: 'Steve Witkoff', side: 'US' },
      { id: 'p2', name: 'Kirill Dmitriev', side: 'RU' },
      { id: 'unused', name: 'Nobody Cited' },
    ],
    sources: [
      {
        id: 'S1',
        publisher: 'Reuters',
        title: 'Witkoff meets Putin; talks "constructive", Kremlin says',
        url: 'https://www.reuters.com/world/witkoff-putin-2025-08-06/',
        published: '2025-08-06',
      },
      {
        id: 'S2',
        publisher: 'Kyiv Independent (Jane Doe)',
        title: 'Budapest summit {postponed} & 50% of $ talks_off #1 ~ ^',
        url: 'https://kyivindependent.com/budapest?x={1}&y=a%20b#frag',
        published: '2025-10',
      },
      { id: 'S3', title: 'Kremlin readout', url: 'http://kremlin.ru/events/1', published: '2025' },
      { id: 'S4', publisher: 'Unused', url: 'https://unused.example/' },
      {
        id: 'S5',
        publisher: 'Reuters',
        title: 'Witkoff meets Putin again',
        url: 'https://www.reuters.com/world/second/',
        published: '2025-08-07',
      },
    ],
    events: [
      {
        id: 'day-event',
        title: HOSTILE_TITLE,
        start: '2025-08-06',
        kind: 'envoy-meeting',
        track: 'us-russia',
        tags: ['witkoff-putin', 'a,b'],
        participants: [{ person: 'p1', role: 'envoy' }, 'p2', 'Plain Name, Jr.'],
        location: { city: 'Moscow', country: 'Russia', venue: 'Kremlin', lat: 55.75, lon: 37.61 },
        timeZone: 'Europe/Moscow',
        summary: 'Line one\nLine two; with, commas and a \\ backslash.\r\n"Quoted" end.',
        status: 'confirmed',
        sources: ['S1', 'S5'],
        customField: { kept: true },
      },
      {
        id: 'range-event',
        title: '-negative start, +plus, @at',
        start: '2025-03-23',
        end: '2025-03-25',
        location: { city: 'Buenos Aires', country: 'Argentina', lat: -34.6, lon: -58.38 },
        sources: [
          'S1',
          {
            publisher: 'Inline Times',
            title: 'An inline source',
            url: 'https://inline.example/a',
            published: '2025-03-24',
          },
        ],
        figures: [{ measure: 'duration', unit: 'hour', value: 3, sources: ['S3'] }],
      },
      {
        id: 'month-event',
        title: 'Budapest summit (planned)',
        start: '2025-10',
        approximate: true,
        status: 'unconfirmed',
        sources: ['S2'],
      },
      { id: 'year-event', title: 'Something in 2025', start: '2025' },
      {
        id: 'timed-event',
        title: 'Kremlin talks ran past midnight',
        start: '2025-12-02T20:00+03:00',
        end: '2025-12-03T01:00+03:00',
        timeZone: 'Europe/Moscow',
        notes: [{ text: 'Times from TASS.', sources: ['S3'] }],
      },
      {
        id: 'long-event',
        title: 'Ж'.repeat(60) + ' 🕊️ '.repeat(30) + 'x'.repeat(200),
        start: '2025-12-31',
        end: '2026-01',
      },
    ],
  };
}
