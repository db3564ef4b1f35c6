import { describe, expect, it } from 'vitest';
import { defaultPair, pairCounts, pairIntervals, sharedEvents } from './pairs';
import { counted, DATA } from './test-data';

describe('pairIntervals', () => {
  const intervals = pairIntervals(counted(), 'witkoff', 'putin');

  it('lists the days between consecutive events both took part in, with the two events', () => {
    expect(intervals.map((i) => [i.from.event.id, i.to.event.id, i.days])).toEqual([
      ['feb', 'mar', 30],
      ['mar', 'aug', 146],
    ]);
  });

  it('counts on the calendar the date was written in (a timed meeting is on its local day)', () => {
    const late = counted({
      events: [
        { id: 'a', title: 'a', start: '2025-03-01T01:00+03:00', participants: ['x', 'y'] },
        { id: 'b', title: 'b', start: '2025-03-02T23:30+03:00', participants: ['y', 'x'] },
      ],
    });
    expect(pairIntervals(late, 'x', 'y').map((i) => i.days)).toEqual([1]);
  });

  it('marks an interval with a date known only to the month as approximate', () => {
    const both = pairIntervals(
      counted({
        events: [
          { id: 'a', title: 'a', start: '2025-03', participants: ['x', 'y'] },
          { id: 'b', title: 'b', start: '2025-04-10', participants: ['x', 'y'] },
        ],
      }),
      'x',
      'y',
    );
    expect(both[0]).toMatchObject({ days: 40, approximate: true });
  });

  it('is empty for a pair that never met, or met once', () => {
    expect(pairIntervals(counted(), 'witkoff', 'erdogan')).toEqual([]);
    expect(sharedEvents(counted(), 'witkoff', 'dmitriev').map((e) => e.event.id)).toEqual(['mar']);
  });
});

describe('defaultPair', () => {
  it('is Witkoff and Putin when the data has both', () => {
    expect(defaultPair(counted(), new Map(DATA.people?.map((p) => [p.id, p])))).toEqual([
      'witkoff',
      'putin',
    ]);
  });

  it('else the pair that met most often', () => {
    const events = counted({
      events: [
        { id: 'a', title: 'a', start: '2025-01-01', participants: ['x', 'y', 'z'] },
        { id: 'b', title: 'b', start: '2025-01-02', participants: ['z', 'y'] },
      ],
    });
    expect(defaultPair(events, new Map())).toEqual(['y', 'z']);
    expect(pairCounts(events)[0]).toEqual({ pair: ['y', 'z'], count: 2 });
  });

  it('is undefined when no event has two participants', () => {
    expect(
      defaultPair(counted({ events: [{ id: 'a', title: 'a', start: '2025' }] }), new Map()),
    ).toBeUndefined();
  });
});
