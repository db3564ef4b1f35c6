import { describe, expect, it } from 'vitest';
import { prepareChronology } from '../model/prepare';
import {
  APPROXIMATE,
  buildEventColumns,
  HAS_END,
  isCoarse,
  monthKeyOf,
  NO_MONTH,
  PRECISIONS,
  valueAt,
  type ListColumn,
} from './event-columns';

const columns = buildEventColumns(
  prepareChronology({
    people: [{ id: 'witkoff', name: 'Steve Witkoff', side: 'US' }],
    events: [
      {
        id: 'late',
        title: 'Istanbul talks',
        start: '2025-05-16',
        end: '2025-05-17',
        kind: 'negotiation-round',
        track: 'russia-ukraine',
        status: 'confirmed',
        location: { city: 'Istanbul', country: 'Türkiye' },
        participants: ['witkoff', { person: 'Rustem Umerov' }],
        tags: ['prisoners'],
      },
      {
        id: 'early',
        title: 'A call',
        start: '2025-02',
        approximate: true,
        kind: 'phone-call',
        location: { country: 'Russia' },
      },
    ],
  }),
);

const row = (list: ListColumn, i: number) =>
  [...list.codes.subarray(list.offsets[i], list.offsets[i + 1])].map((c) => list.table.values[c]);

describe('event columns', () => {
  it('hold one row per event, in time order', () => {
    expect(columns.count).toBe(2);
    expect(columns.ids).toEqual(['early', 'late']);
    expect(columns.titles).toEqual(['A call', 'Istanbul talks']);
  });

  it('hold the span on the axis and how precisely each end is known', () => {
    expect([...columns.startMs]).toEqual([Date.UTC(2025, 1, 1), Date.UTC(2025, 4, 16)]);
    expect([...columns.endMs]).toEqual([Date.UTC(2025, 2, 1), Date.UTC(2025, 4, 18)]);
    expect(PRECISIONS[columns.startPrecision[0]!]).toBe('month');
    expect(columns.endPrecision[0]).toBe(0); // no end
    expect(PRECISIONS[columns.endPrecision[1]! - 1]).toBe('day');
    expect(columns.flags[0]).toBe(APPROXIMATE);
    expect(columns.flags[1]).toBe(HAS_END);
    expect([isCoarse(columns, 0), isCoarse(columns, 1)]).toEqual([true, false]);
  });

  it('code repeated strings, with 0 for a value the event does not give', () => {
    expect([valueAt(columns.kind, 0), valueAt(columns.kind, 1)]).toEqual([
      'phone-call',
      'negotiation-round',
    ]);
    expect(columns.track.codes[0]).toBe(0);
    expect(valueAt(columns.track, 0)).toBeUndefined();
    expect([valueAt(columns.place, 0), valueAt(columns.place, 1)]).toEqual(['Russia', 'Istanbul']);
    expect([valueAt(columns.country, 0), valueAt(columns.country, 1)]).toEqual([
      'Russia',
      'Türkiye',
    ]);
    expect(columns.kind.codes).toBeInstanceOf(Uint8Array);
    expect([valueAt(columns.position, 0), valueAt(columns.position, 1)]).toEqual([
      undefined,
      undefined,
    ]);
  });

  it('list participants by person key, with their display names, and tags', () => {
    expect(row(columns.people, 0)).toEqual([]);
    expect(row(columns.people, 1)).toEqual(['witkoff', 'Rustem Umerov']);
    expect(columns.personNames).toEqual(['Steve Witkoff', 'Rustem Umerov']);
    expect(columns.personSides).toEqual(['US', undefined]);
    expect(row(columns.tags, 1)).toEqual(['prisoners']);
  });

  it('hold the reported duration as a range in hours, NaN for an event nobody timed', () => {
    const timed = buildEventColumns(
      prepareChronology({
        events: [
          {
            id: 'a',
            title: 'a',
            start: '2025-04-01',
            figures: [
              { measure: 'duration', unit: 'hour', value: 3 },
              { measure: 'duration', unit: 'minute', min: 90, max: 300 },
              { measure: 'delegates', unit: 'count', value: 12 },
            ],
          },
        ],
      }),
    );
    expect([timed.durationLow[0], timed.durationHigh[0]]).toEqual([1.5, 5]);
    expect(columns.durationLow[0]).toBeNaN();
    expect(columns.durationHigh[1]).toBeNaN();
  });

  it('hold the start month and day on the calendar the date was written in, and the position', () => {
    const timed = buildEventColumns(
      prepareChronology({
        // 01:00 in Moscow on 1 April is 22:00 UTC on 31 March.
        events: [
          {
            id: 'a',
            title: 'a',
            start: '2025-04-01T01:00+03:00',
            location: { city: 'Moscow', lat: 55.75, lon: 37.62 },
          },
          { id: 'b', title: 'b', start: '2025', location: { city: 'Nowhere', lat: 120, lon: 0 } },
        ],
      }),
    );
    expect(monthKeyOf(timed.startMonth[1]!)).toBe('2025-04');
    expect(timed.startDay[1]).toBe(Date.UTC(2025, 3, 1) / 86_400_000);
    expect(timed.startMonth[0]).toBe(NO_MONTH);
    expect(timed.startDay[0]).toBe(Date.UTC(2025, 0, 1) / 86_400_000);
    expect(monthKeyOf(columns.startMonth[0]!)).toBe('2025-02');
    // The position as d3-geo orders it, and none where the numbers are off the globe.
    expect(valueAt(timed.position, 1)).toBe('37.62,55.75');
    expect(valueAt(timed.position, 0)).toBeUndefined();
  });
});
