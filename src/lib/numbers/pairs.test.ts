import { describe, expect, it } from 'vitest';
import { pairsOf } from '../people/people';
import { defaultPair, pairIntervals, peopleOf, sharedEvents } from './pairs';
import { DATA, selection } from './test-data';

const { columns, rows: all, ids } = selection();

describe('pairIntervals', () => {
  const intervals = pairIntervals(columns, sharedEvents(columns, all, 'witkoff', 'putin'));

  it('lists the days between consecutive events both took part in, with the two events', () => {
    expect(intervals.map((i) => [columns.ids[i.from], columns.ids[i.to], i.days])).toEqual([
      ['feb', 'mar', 30],
      ['mar', 'aug', 146],
    ]);
  });

  it('counts on the calendar the date was written in (a timed meeting is on its local day)', () => {
    const late = selection({
      events: [
        { id: 'a', title: 'a', start: '2025-03-01T01:00+03:00', participants: ['x', 'y'] },
        { id: 'b', title: 'b', start: '2025-03-02T23:30+03:00', participants: ['y', 'x'] },
      ],
    });
    expect(
      pairIntervals(late.columns, sharedEvents(late.columns, late.rows, 'x', 'y')).map(
        (i) => i.days,
      ),
    ).toEqual([1]);
  });

  it('marks an interval with a date known only to the month as approximate', () => {
    const month = selection({
      events: [
        { id: 'a', title: 'a', start: '2025-03', participants: ['x', 'y'] },
        { id: 'b', title: 'b', start: '2025-04-10', participants: ['x', 'y'] },
      ],
    });
    const both = pairIntervals(month.columns, sharedEvents(month.columns, month.rows, 'x', 'y'));
    expect(both[0]).toMatchObject({ days: 40, approximate: true });
  });

  it('is empty for a pair that never met, or met once', () => {
    expect(pairIntervals(columns, sharedEvents(columns, all, 'witkoff', 'erdogan'))).toEqual([]);
    expect(ids(sharedEvents(columns, all, 'witkoff', 'dmitriev'))).toEqual(['mar']);
  });
});

describe('defaultPair', () => {
  it('is Witkoff and Putin when the data has both', () => {
    expect(defaultPair(columns, all, new Map(DATA.people?.map((p) => [p.id, p])))).toEqual([
      'witkoff',
      'putin',
    ]);
  });

  it('else the pair that met most often', () => {
    const { columns, rows } = selection({
      events: [
        { id: 'a', title: 'a', start: '2025-01-01', participants: ['x', 'y', 'z'] },
        { id: 'b', title: 'b', start: '2025-01-02', participants: ['z', 'y'] },
      ],
    });
    expect(defaultPair(columns, rows, new Map())).toEqual(['y', 'z']);
    expect(pairsOf(columns, rows)[0]).toEqual({ a: 'y', b: 'z', count: 2 });
  });

  it('is undefined when no event has two participants', () => {
    const alone = selection({ events: [{ id: 'a', title: 'a', start: '2025' }] });
    expect(defaultPair(alone.columns, alone.rows, new Map())).toBeUndefined();
  });
});

describe('peopleOf', () => {
  it('lists everyone who took part in the selection once, by name', () => {
    expect(peopleOf(columns, all).map((p) => p.name)).toEqual([
      'A. Plain Name',
      'Donald Trump',
      'Kirill Dmitriev',
      'Mohammed bin Salman',
      'Recep Tayyip Erdoğan',
      'Steve Witkoff',
      'Vladimir Putin',
    ]);
    expect(peopleOf(columns, [columns.ids.indexOf('feb')]).map((p) => p.key)).toEqual([
      'witkoff',
      'putin',
    ]);
  });
});
