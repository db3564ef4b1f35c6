import { describe, expect, it } from 'vitest';
import { buildFilterIndex, facetCounts, NO_FILTERS, UNSTATED } from '../filters/filters';
import { views } from '../timeline/test-data';
import { NO_PLACE_LABEL, placesOf, togglePlace } from './places';
import { placed, selection } from './test-places';

const MOSCOW = { city: 'Moscow', country: 'Russia', lat: 55.7558, lon: 37.6173 };
const KREMLIN = { ...MOSCOW, venue: 'Kremlin', lat: 55.752, lon: 37.6175 };
const ISTANBUL = { city: 'Istanbul', country: 'Türkiye', lat: 41.0082, lon: 28.9784 };

describe('placesOf', () => {
  it('gives one entry per place with its count, busiest first, "no place" last', () => {
    const places = placed([
      { location: ISTANBUL },
      { location: MOSCOW },
      { kind: 'phone-call' },
      { location: MOSCOW },
    ]);
    expect(places.map((p) => [p.key, p.label, p.count])).toEqual([
      ['Moscow', 'Moscow', 2],
      ['Istanbul', 'Istanbul', 1],
      [UNSTATED, NO_PLACE_LABEL, 1],
    ]);
  });

  it('names places with the place filter’s values: the city, else the country', () => {
    const given = [
      { location: MOSCOW },
      { location: { country: 'USA', lat: 25.76, lon: -80.19 } },
      {},
    ];
    const filterValues = facetCounts(buildFilterIndex(views(given)), NO_FILTERS).place.map(
      (o) => o.value,
    );
    const keys = placed(given).map((p) => p.key);
    expect(keys.sort()).toEqual(filterValues.sort());
    expect(keys).toContain('USA');
  });

  it('counts events without a place, never drops them', () => {
    const events = [{}, { location: { venue: 'By phone' } }, { location: MOSCOW }];
    const places = placed(events);
    expect(places.reduce((sum, p) => sum + p.count, 0)).toBe(events.length);
    expect(places.at(-1)).toMatchObject({ key: UNSTATED, count: 2 });
    expect(places.at(-1)?.coordinates).toBeUndefined();
  });

  it('places a city at the position most of its events give', () => {
    const [moscow] = placed([{ location: KREMLIN }, { location: MOSCOW }, { location: MOSCOW }]);
    expect(moscow?.coordinates).toEqual([37.6173, 55.7558]);
  });

  it('lists a place whose events give no usable position, without coordinates', () => {
    const places = placed([
      { location: { city: 'Minsk' } },
      { location: { city: 'Nowhere', lat: 120, lon: 10 } },
      { location: { city: 'Halfway', lat: 10 } },
    ]);
    expect(places.map((p) => p.key)).toEqual(['Halfway', 'Minsk', 'Nowhere']);
    for (const place of places) expect(place.coordinates).toBeUndefined();
  });

  it('colours a place by its most common channel; a tie goes to the first by name', () => {
    const [riyadh, geneva] = placed([
      { location: { city: 'Riyadh' }, track: 'us-russia-ukraine' },
      { location: { city: 'Riyadh' }, track: 'us-russia' },
      { location: { city: 'Riyadh' }, track: 'us-russia' },
      { location: { city: 'Geneva' }, track: 'us-ukraine' },
      { location: { city: 'Geneva' }, track: 'europe' },
    ]);
    expect(riyadh?.channel).toBe('us-russia');
    expect(geneva?.channel).toBe('europe');
    const [unknown] = placed([{ location: MOSCOW }]);
    expect(unknown?.channel).toBeUndefined();
  });

  it('keeps each place’s first and last event by start, whatever the order given', () => {
    const { columns, rows, views } = selection([
      { id: 'late', start: '2025-11-02', location: MOSCOW },
      { id: 'early', start: '2025-02-11', location: MOSCOW },
      { id: 'middle', start: '2025-04', location: MOSCOW },
    ]);
    const [moscow] = placesOf(columns, [...rows].reverse(), views);
    expect(moscow?.first.event.id).toBe('early');
    expect(moscow?.last.event.id).toBe('late');
  });

  it('gives nothing for no events, and does not change its input', () => {
    const { columns, rows, views } = selection([{ location: MOSCOW }, {}]);
    expect(placesOf(columns, [], views)).toEqual([]);
    const before = [...rows];
    placesOf(columns, rows, views);
    expect([...rows]).toEqual(before);
  });
});

describe('togglePlace', () => {
  it.each([
    { chosen: [], key: 'Moscow', expected: ['Moscow'] },
    { chosen: ['Moscow'], key: 'Moscow', expected: [] },
    { chosen: ['Moscow'], key: 'Istanbul', expected: ['Istanbul'] },
    { chosen: ['Moscow', 'Istanbul'], key: 'Moscow', expected: ['Moscow'] },
    { chosen: [], key: UNSTATED, expected: [UNSTATED] },
  ])('a click on $key with $chosen chosen gives $expected', ({ chosen, key, expected }) => {
    expect(togglePlace(chosen, key)).toEqual(expected);
  });
});
