import { describe, expect, it } from 'vitest';
import { buildLanes, candidates, lowerBound, shapeOf, spanOf } from './lanes';
import { views } from './test-data';

const DAY = 86_400_000;

describe('marks show how precisely a date is known', () => {
  // views() returns events in time order; look them up by id (e0, e1, ...) instead.
  const all = views([
    { start: '2025-02-11' },
    { start: '2025-03-23', end: '2025-03-25' },
    { start: '2025-08' },
    { start: '2025' },
  ]);
  const [point, bar, band, yearBand] = ['e0', 'e1', 'e2', 'e3'].map((id) =>
    all.find((v) => v.event.id === id),
  );

  it('a one-day event is a point covering its day', () => {
    expect(shapeOf(point!)).toBe('point');
    expect(spanOf(point!)).toEqual([Date.UTC(2025, 1, 11), Date.UTC(2025, 1, 12)]);
  });

  it('a range is a bar to the end of its last day', () => {
    expect(shapeOf(bar!)).toBe('bar');
    expect(spanOf(bar!)[1] - spanOf(bar!)[0]).toBe(3 * DAY);
  });

  it('a date known to the month is a band over the whole month, not a point', () => {
    expect(shapeOf(band!)).toBe('band');
    expect(spanOf(band!)).toEqual([Date.UTC(2025, 7, 1), Date.UTC(2025, 8, 1)]);
    expect(shapeOf(yearBand!)).toBe('band');
  });
});

describe('lanes', () => {
  const events = views([
    {
      start: '2025-02-11',
      track: 'us-russia',
      kind: 'envoy-meeting',
      participants: ['Putin', 'Witkoff'],
    },
    {
      start: '2025-03-11',
      track: 'us-ukraine',
      kind: 'negotiation-round',
      participants: ['Witkoff'],
    },
    { start: '2025-05-16', track: 'russia-ukraine', kind: 'negotiation-round' },
    { start: '2025-06-01', track: 'zeta-custom', kind: 'other' },
    { start: '2025-07-01' },
  ]);

  it('group by channel in the known order, custom channels after, unstated last', () => {
    expect(buildLanes(events, 'track').lanes.map((l) => l.label)).toEqual([
      'US–Russia',
      'US–Ukraine',
      'Russia–Ukraine',
      'zeta–custom',
      'No channel',
    ]);
  });

  it('group by kind in the format’s order', () => {
    expect(buildLanes(events, 'kind').lanes.map((l) => l.key)).toEqual([
      'envoy-meeting',
      'negotiation-round',
      'other',
      '',
    ]);
  });

  it('group by participant puts an event in each of its participants’ lanes, busiest first', () => {
    const lanes = buildLanes(events, 'participant').lanes;
    expect(lanes.map((l) => [l.label, l.items.length])).toEqual([
      ['Witkoff', 2],
      ['Putin', 1],
      ['No participants named', 3],
    ]);
  });

  it('keeps each lane sorted by start', () => {
    for (const lane of buildLanes(events, 'participant').lanes) {
      for (let i = 1; i < lane.starts.length; i++)
        expect(lane.starts[i]).toBeGreaterThanOrEqual(lane.starts[i - 1]!);
    }
  });

  it('finds candidates by binary search, looking back far enough for long ranges', () => {
    const lane = buildLanes(
      views([
        { start: '2025-01-01', end: '2025-03-01' },
        { start: '2025-02-10' },
        { start: '2025-04-01' },
      ]),
      'track',
    ).lanes[0]!;
    const [from, to] = candidates(lane, Date.UTC(2025, 1, 15), Date.UTC(2025, 1, 20));
    expect([from, to]).toEqual([0, 2]);
    expect(lowerBound(Float64Array.from([1, 2, 2, 3]), 2)).toBe(1);
  });
});
