import { describe, expect, it } from 'vitest';
import { allRows } from '../columns/filter-columns';
import { buildEventColumns } from '../columns/event-columns';
import { NO_FILTERS } from '../filters/filters';
import { prepareChronology } from '../model/prepare';
import type { Chronology } from '../model/types';
import fc from 'fast-check';
import { chronology as arbitraryChronology } from '../columns/test-arbitraries';
import { filterByPair, filterByPerson, pairsOf, personName, personSummary } from './people';

const chronology: Chronology = {
  people: [
    { id: 'witkoff', name: 'Steve Witkoff', side: 'US' },
    { id: 'putin', name: 'Vladimir Putin', side: 'RU' },
    { id: 'ushakov', name: 'Yuri Ushakov', side: 'RU' },
    { id: 'umerov', name: 'Rustem Umerov', side: 'UA' },
  ],
  events: [
    {
      id: 'm1',
      title: 'Meeting 1',
      start: '2025-02-11',
      kind: 'envoy-meeting',
      track: 'us-russia',
      participants: ['witkoff', 'putin', 'ushakov'],
    },
    {
      id: 'm2',
      title: 'Meeting 2',
      start: '2025-03-13',
      kind: 'envoy-meeting',
      track: 'us-russia',
      participants: ['witkoff', { person: 'putin', role: 'President' }],
    },
    {
      id: 'c1',
      title: 'A call',
      start: '2025-03-18',
      kind: 'phone-call',
      track: 'us-russia',
      participants: ['putin', 'A. Translator'],
    },
    {
      id: 'u1',
      title: 'Talks with Ukraine',
      start: '2025-11-30',
      kind: 'negotiation-round',
      track: 'us-ukraine',
      participants: ['witkoff', 'umerov', 'witkoff'],
    },
    { id: 'x1', title: 'Nobody named', start: '2025-12-01' },
  ],
};
const columns = buildEventColumns(prepareChronology(chronology));
const all = allRows(columns.count);
const ids = (rows: readonly number[]) => rows.map((row) => columns.ids[row]);

describe('a person’s summary', () => {
  it('lists their events in time order, with counts by kind and channel', () => {
    const witkoff = personSummary(columns, all, 'witkoff');
    expect(witkoff?.name).toBe('Steve Witkoff');
    expect(ids(witkoff?.rows ?? [])).toEqual(['m1', 'm2', 'u1']);
    expect(witkoff?.byKind).toEqual([
      { value: 'envoy-meeting', count: 2 },
      { value: 'negotiation-round', count: 1 },
    ]);
    expect(witkoff?.byTrack).toEqual([
      { value: 'us-russia', count: 2 },
      { value: 'us-ukraine', count: 1 },
    ]);
  });

  it('names the people they met most often, with the events behind each count', () => {
    const partners = personSummary(columns, all, 'witkoff')?.partners ?? [];
    expect(partners.map((p) => [p.name, ids(p.rows)])).toEqual([
      ['Vladimir Putin', ['m1', 'm2']],
      ['Rustem Umerov', ['u1']],
      ['Yuri Ushakov', ['m1']],
    ]);
  });

  it('counts a person listed twice in one event once, and never as their own partner', () => {
    const umerov = personSummary(columns, all, 'umerov');
    expect(umerov?.partners.map((p) => [p.key, p.rows.length])).toEqual([['witkoff', 1]]);
    expect(personSummary(columns, all, 'witkoff')?.partners.some((p) => p.key === 'witkoff')).toBe(
      false,
    );
  });

  it('keeps a plain name that is not in the registry as a person of its own', () => {
    expect(ids(personSummary(columns, all, 'A. Translator')?.rows ?? [])).toEqual(['c1']);
    expect(personName(columns, 'A. Translator')).toBe('A. Translator');
  });

  it('only counts the selected events, and is null for someone who is not in the data', () => {
    const march = Uint32Array.from([1, 2]);
    expect(ids(personSummary(columns, march, 'putin')?.rows ?? [])).toEqual(['m2', 'c1']);
    expect(personSummary(columns, all, 'nobody')).toBeNull();
  });
});

describe('who met whom', () => {
  it('counts each pair of participants once per shared event, most first', () => {
    expect(pairsOf(columns, all)).toEqual([
      { a: 'witkoff', b: 'putin', count: 2 },
      { a: 'putin', b: 'A. Translator', count: 1 },
      { a: 'putin', b: 'ushakov', count: 1 },
      { a: 'witkoff', b: 'umerov', count: 1 },
      { a: 'witkoff', b: 'ushakov', count: 1 },
    ]);
    expect(pairsOf(columns, all, 1)).toHaveLength(1);
  });

  it('answers a second question about the same selection as the first, whatever is done to it', () => {
    const first = pairsOf(columns, all, 3);
    first.splice(0);
    expect(pairsOf(columns, all, 1)).toEqual([{ a: 'witkoff', b: 'putin', count: 2 }]);
    expect(pairsOf(columns, all, 3)).toHaveLength(3);
    // Another selection is counted anew.
    const u1 = Uint32Array.of(columns.ids.indexOf('u1'));
    expect(pairsOf(columns, u1, 1)).toEqual([{ a: 'witkoff', b: 'umerov', count: 1 }]);
  });

  it('keeps the answer for the selection before, so clearing a filter does not count again', () => {
    const rows = all.slice();
    const before = pairsOf(columns, rows, 3);
    const u1 = Uint32Array.of(columns.ids.indexOf('u1'));
    pairsOf(columns, u1, 3);
    // Selections are never changed in place; this one is, to show that its answer was kept.
    rows.fill(columns.ids.indexOf('u1'));
    expect(pairsOf(columns, rows, 3)).toEqual(before);
    // Two newer selections push it out: it is counted again, as it now is.
    pairsOf(columns, u1.slice(), 3);
    pairsOf(columns, u1.slice(), 3);
    expect(pairsOf(columns, rows, 3)).toEqual([{ a: 'witkoff', b: 'umerov', count: rows.length }]);
  });

  it('gives the first `limit` of every pair sorted by count, then by the two keys', () => {
    fc.assert(
      fc.property(arbitraryChronology, fc.integer({ min: 1, max: 8 }), (data, limit) => {
        const columns = buildEventColumns(prepareChronology(data));
        const rows = allRows(columns.count);
        const every = new Map<string, { a: string; b: string; count: number }>();
        for (let row = 0; row < columns.count; row++) {
          const { offsets, codes, table } = columns.people;
          const here = [...new Set(codes.subarray(offsets[row], offsets[row + 1]))].sort(
            (x, y) => x - y,
          );
          for (let i = 0; i < here.length; i++)
            for (let j = i + 1; j < here.length; j++) {
              const [a, b] = [table.values[here[i]!]!, table.values[here[j]!]!];
              const pair = every.get(`${a}\u0000${b}`) ?? { a, b, count: 0 };
              pair.count++;
              every.set(`${a}\u0000${b}`, pair);
            }
        }
        const order = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
        const expected = [...every.values()]
          .sort((x, y) => y.count - x.count || order(x.a, y.a) || order(x.b, y.b))
          .slice(0, limit);
        expect(pairsOf(columns, rows, limit)).toEqual(expected);
      }),
    );
  });
});

describe('the filters behind the people views', () => {
  it('open one person’s events, or the events two people shared', () => {
    const filters = {
      ...NO_FILTERS,
      kind: ['summit'],
      person: ['x', 'y'],
      personMatch: 'all' as const,
    };
    expect(filterByPerson(filters, 'putin')).toEqual({
      ...NO_FILTERS,
      kind: ['summit'],
      person: ['putin'],
    });
    expect(filterByPair(NO_FILTERS, 'witkoff', 'putin')).toEqual({
      ...NO_FILTERS,
      person: ['witkoff', 'putin'],
      personMatch: 'all',
    });
  });
});
