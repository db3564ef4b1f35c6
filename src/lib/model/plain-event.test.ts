import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainEventPasses } from './plain-event';
import { PiecewiseValidation, validateChronology } from './validate';
import { EVENT_KINDS, STATUSES } from './types';

const SOURCES = [
  { id: 'S1', url: 'https://example.org/a', publisher: 'Example' },
  { id: 'S2', url: 'https://example.org/b', publisher: 'Example' },
];
const SOURCE_IDS = new Set(SOURCES.map((s) => s.id));

/** Whether the full validation, the one that names problems, passes a file of these events. */
function fullCheckPasses(events: unknown[]): boolean {
  return validateChronology({ sources: SOURCES, events }).ok;
}

/** Text without markup: a batch with a `<` in it is not given to the quick check. */
const text = (constraints?: fc.StringConstraints) =>
  fc.string(constraints).map((value) => value.replace(/</g, ''));

/** An event as a big file has most of them: the fields the quick check reads, all valid. */
const plainEvent = fc.record(
  {
    id: fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/),
    title: text({ minLength: 1 }).map((t) => `T ${t}`),
    shortTitle: text({ maxLength: 32 }),
    start: fc.constantFrom(
      '2014',
      '2022-02',
      '2025-02-11',
      '2025-12-02T14:30+03:00',
      '2025-12-02T14:30:00Z',
    ),
    end: fc.constantFrom('2025-12-31', '2026'),
    approximate: fc.boolean(),
    kind: fc.constantFrom(...EVENT_KINDS),
    status: fc.constantFrom(...STATUSES),
    track: text(),
    summary: text(),
    statusNote: text(),
    tags: fc.array(text()),
    participants: fc.array(text({ minLength: 1 }).map((p) => `P${p}`)),
    sources: fc.array(fc.constantFrom('S1', 'S2')),
    location: fc
      .tuple(
        fc.record(
          {
            city: text(),
            country: text(),
            venueStatus: fc.constantFrom(...STATUSES),
          },
          { requiredKeys: [] },
        ),
        fc.option(
          fc.tuple(
            fc.double({ min: -90, max: 90, noNaN: true }),
            fc.double({ min: -180, max: 180, noNaN: true }),
          ),
        ),
      )
      .map(([text, point]) => (point ? { ...text, lat: point[0], lon: point[1] } : text)),
  },
  { requiredKeys: ['id', 'title', 'start'] },
);

/** A list inside a list, `levels` deep: deeper than any file may nest. */
function nested(levels: number): unknown {
  let value: unknown = 'deep';
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}

/** Any JSON value, and the values that sit on the rules' edges. */
const anyValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    '',
    ' ',
    '\u00a0',
    'a b',
    '2025-13-40',
    '2024-02-30',
    '2014-01-01',
    '1999',
    'x'.repeat(100_001),
    'e'.repeat(201),
    91,
    -181,
    Number.MAX_VALUE,
    'S3',
    'unconfirmed',
    'envoy-meeting',
    [],
    [''],
    ['S1', 'S9'],
    [{ person: 'p1' }],
    { lat: 1 },
    { lon: 1 },
    { city: 1 },
    { depth: nested(40) },
  ),
);

const FIELDS = [
  'id',
  'title',
  'shortTitle',
  'start',
  'end',
  'approximate',
  'kind',
  'status',
  'track',
  'summary',
  'statusNote',
  'tags',
  'participants',
  'sources',
  'location',
  'timeZone',
  'figures',
  'notes',
  'extra',
  // A location's own fields: damaged inside the location, or unknown on the event.
  'city',
  'region',
  'country',
  'venue',
  'note',
  'venueStatus',
  'lat',
  'lon',
];

/** A plain event with one field, or one field of its location, set to `value` or removed. */
const damagedEvent = fc
  .tuple(plainEvent, fc.constantFrom(...FIELDS), anyValue, fc.boolean(), fc.boolean())
  .map(([event, field, value, remove, inLocation]) => {
    const copy: Record<string, unknown> = structuredClone(event);
    const target =
      inLocation && copy['location'] ? (copy['location'] as Record<string, unknown>) : copy;
    if (remove) delete target[field];
    else target[field] = value;
    return copy;
  });

describe('the quick check of a plain event', () => {
  it('says yes to the plain events of a big file, as the full check does', () => {
    fc.assert(
      fc.property(plainEvent, (event) => {
        expect(fullCheckPasses([event])).toBe(true);
        expect(plainEventPasses(event, 0, SOURCE_IDS, new Map())).toBe(true);
      }),
      { numRuns: 500, seed: 20261202 },
    );
  });

  it('never says yes to an event the full check refuses, whatever field is damaged', () => {
    fc.assert(
      fc.property(damagedEvent, (event) => {
        // Markup is ruled out from the batch's text before the quick check is asked.
        fc.pre(!JSON.stringify(event).includes('<'));
        if (plainEventPasses(event, 0, SOURCE_IDS, new Map())) {
          expect(fullCheckPasses([event])).toBe(true);
        }
      }),
      { numRuns: 4000, seed: 20261202 },
    );
  });

  it('leaves a duplicate id, or an end before the start, to the full check', () => {
    const firstIndexOf = new Map<string, number>();
    const event = { id: 'a', title: 'A', start: '2025-02-11' };
    expect(plainEventPasses(event, 0, SOURCE_IDS, firstIndexOf)).toBe(true);
    expect(firstIndexOf.get('a')).toBe(0);
    expect(plainEventPasses({ ...event }, 1, SOURCE_IDS, firstIndexOf)).toBe(false);
    expect(firstIndexOf.get('a')).toBe(0);
    const backwards = { id: 'b', title: 'B', start: '2025-02-11', end: '2025-02-10' };
    expect(plainEventPasses(backwards, 2, SOURCE_IDS, firstIndexOf)).toBe(false);
    expect(firstIndexOf.has('b')).toBe(false);
  });
});

describe('a download checked piece by piece, with the quick check', () => {
  it('refuses an id used twice, even by two plain events, naming the first', () => {
    const events = [
      { id: 'a', title: 'A', start: '2025-02-11' },
      { id: 'a', title: 'B', start: '2025-02-12' },
    ];
    const pieces = new PiecewiseValidation();
    pieces.sources(SOURCES);
    pieces.events(events.slice(0, 1), 0, JSON.stringify(events.slice(0, 1)));
    pieces.events(events.slice(1), 1, JSON.stringify(events.slice(1)));
    const result = pieces.finish({ sources: SOURCES, events });
    expect(result.ok).toBe(false);
    expect(result).toEqual(validateChronology({ sources: SOURCES, events }));
  });

  it('refuses what the whole-file check refuses, and says the same', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(plainEvent, damagedEvent), { minLength: 1, maxLength: 8 }),
        (events) => {
          const root = { sources: SOURCES, events };
          const pieces = new PiecewiseValidation();
          pieces.sources(SOURCES);
          const text = JSON.stringify(events);
          pieces.events(events, 0, text);
          expect(pieces.finish(root)).toEqual(validateChronology(root));
        },
      ),
      { numRuns: 800, seed: 20261202 },
    );
  });
});
