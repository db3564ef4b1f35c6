import { describe, expect, it } from 'vitest';
import { describeChange, releaseSpan } from './changes';
import type { FieldChange } from '../model/diff';

const cases: [FieldChange, string][] = [
  [
    { field: 'dates', before: { start: '2025-08-06' }, after: { start: '2025-08-07' } },
    'Date: 6 Aug 2025 → 7 Aug 2025',
  ],
  [
    {
      field: 'dates',
      before: { start: '2025-03-23', end: '2025-03-25' },
      after: { start: '2025-03', approximate: true },
    },
    'Date: 23–25 Mar 2025 → c. March 2025',
  ],
  [
    {
      field: 'dates',
      before: { start: '2025-08-06', timeZone: 'Europe/Moscow' },
      after: { start: '2025-08-06' },
    },
    'Time zone: Europe/Moscow → not stated',
  ],
  [
    {
      field: 'figures',
      measure: 'duration',
      before: [{ measure: 'duration', unit: 'hour', value: 3 }],
      after: [{ measure: 'duration', unit: 'hour', min: 2, max: 3 }],
    },
    'Duration: 3 h → 2–3 h',
  ],
  [
    {
      field: 'figures',
      measure: 'duration',
      before: [],
      after: [
        { measure: 'duration', unit: 'minute', value: 50, attribution: 'Ushakov' },
        { measure: 'duration', unit: 'hour', value: 1, approx: true, attribution: 'Trump' },
      ],
    },
    'Duration: none → 50 min per Ushakov · about 1 h per Trump',
  ],
  [
    {
      field: 'sources',
      added: [{ publisher: 'Reuters', url: 'https://www.reuters.com/a' }],
      removed: [],
    },
    'Sources: +1 (Reuters)',
  ],
  [
    {
      field: 'sources',
      added: [{ url: 'https://www.tass.com/a' }, { url: 'https://tass.com/b' }],
      removed: [{ publisher: 'RT', url: 'https://rt.com/x' }],
    },
    'Sources: +2 (tass.com), −1 (RT)',
  ],
  [
    {
      field: 'participants',
      added: ['Marco Rubio'],
      removed: ['Kirill Dmitriev'],
      changed: ['Vladimir Putin'],
    },
    'Participants: + Marco Rubio; − Kirill Dmitriev; details changed for Vladimir Putin',
  ],
  [
    {
      field: 'place',
      before: { city: 'Moscow', country: 'Russia' },
      after: { city: 'St Petersburg', country: 'Russia' },
    },
    'Place: Moscow, Russia → St Petersburg, Russia',
  ],
  [
    { field: 'status', before: 'confirmed', after: 'partly' },
    'Status: Confirmed → Partly confirmed',
  ],
  [{ field: 'title', before: 'A', after: 'B' }, 'Title: “A” → “B”'],
  [{ field: 'summary', before: 'Old.', after: 'New.' }, 'Summary: rewritten'],
  [{ field: 'summary', after: 'New.' }, 'Summary: added'],
  [
    { field: 'other', keys: ['track', 'location.note', 'custom'] },
    'Also changed: channel, place note, custom',
  ],
];

describe('describeChange says what changed in one line', () => {
  it.each(cases.map(([change, line]) => ({ change, line })))('"$line"', ({ change, line }) => {
    expect(describeChange(change)).toBe(line);
  });
});

describe('releaseSpan names the two versions compared', () => {
  it('by version number when both have one', () => {
    expect(releaseSpan({ version: '1.0.1' }, { version: '1.0.2' })).toBe('version 1.0.1 → 1.0.2');
  });
  it('by date when a file has no version number', () => {
    expect(releaseSpan({ updated: '2026-01-01' }, { version: '2', updated: '2026-02-01' })).toBe(
      'updated 2026-01-01 → version 2',
    );
  });
});
