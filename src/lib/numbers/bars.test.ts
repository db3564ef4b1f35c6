import { describe, expect, it } from 'vitest';
import { barRows, hoursColumns, intervalLabel, kindColumns } from './bars';
import { eventsPerMonth, hoursPerMonth, kindsOf } from './months';
import { pairIntervals, sharedEvents } from './pairs';
import { selection } from './test-data';

const { columns, rows: all } = selection();

describe('bars', () => {
  it('stacks kinds in a month, the tallest month reaching the top', () => {
    const { months } = eventsPerMonth(columns, all);
    const march = kindColumns(months, kindsOf(months))[1];
    expect(march?.segments.map((s) => [s.from, s.to])).toEqual([
      [0, 1 / 3],
      [1 / 3, 2 / 3],
      [2 / 3, 1],
    ]);
    expect(march?.segments[2]?.target).toEqual({
      type: 'month',
      month: '2025-03',
      kind: 'phone-call',
    });
  });

  it('keeps a hidden, empty segment for each kind a month has in the dataset but not the selection', () => {
    const every = eventsPerMonth(columns, all).months;
    const phoneCalls = Uint32Array.from(
      Array.from(all).filter(
        (row) => columns.kind.table.values[columns.kind.codes[row]! - 1] === 'phone-call',
      ),
    );
    const { months } = eventsPerMonth(columns, phoneCalls);
    const kinds = kindsOf(months);
    const drawn = kindColumns(months, kinds);
    const kept = kindColumns(months, kinds, every);
    expect(kept.some((column) => column.segments.some((s) => s.hidden))).toBe(true);
    kept.forEach((column, i) => {
      const shown = column.segments.filter((s) => !s.hidden);
      // What is drawn is unchanged: the same segments, heights and links.
      expect(shown).toEqual(drawn[i]?.segments);
      // The segments are those of the unfiltered chart's month, the hidden ones empty and last.
      const inDataset = every.find((m) => m.month === column.month);
      const kindOf = (s: (typeof column.segments)[number]) =>
        typeof s.paint === 'string' ? s.paint : s.paint.kind;
      expect(column.segments.map(kindOf).sort()).toEqual(
        [...(inDataset?.kinds.keys() ?? [])].sort(),
      );
      const hidden = column.segments.slice(shown.length);
      expect(hidden.every((s) => s.hidden && s.from === s.to)).toBe(true);
      for (const segment of hidden) expect(segment.title).toMatch(/: 0 × /);
    });
  });

  it('puts the kept segments in the unfiltered chart’s order, so a filter moves as few as it can', () => {
    // The dataset's month met the kinds in the order a, b, c; the unfiltered chart stacks them
    // by count: c, a, b.
    const every = [
      {
        month: '2025-01',
        total: 6,
        kinds: new Map([
          ['a', 2],
          ['b', 1],
          ['c', 3],
        ]),
      },
    ];
    const selection = [{ month: '2025-01', total: 1, kinds: new Map([['b', 1]]) }];
    const [column] = kindColumns(selection, ['b'], every);
    const order = column?.segments.map((s) => [(s.paint as { kind: string }).kind, !!s.hidden]);
    expect(order).toEqual([
      ['b', false],
      ['c', true],
      ['a', true],
    ]);
  });

  it('draws a month of disputed hours as solid up to the lowest total and a range to the highest', () => {
    const feb = hoursColumns(hoursPerMonth(columns, all).months)[0];
    expect(feb?.segments.map((s) => [s.paint, s.from * 48, s.to * 48])).toEqual([
      ['solid', 0, 7.5],
      ['range', 7.5, 8],
    ]);
  });

  it('puts bars on one scale, the range beyond the solid part', () => {
    const rows = barRows([2, 4], (n) => ({
      label: String(n),
      valueText: '',
      low: n / 2,
      high: n,
      target: { type: 'event', id: String(n) },
    }));
    expect(rows.map((r) => [r.low, r.high])).toEqual([
      [0.25, 0.5],
      [0.5, 1],
    ]);
  });

  it('labels an interval briefly, with the year once unless it changes', () => {
    const three = selection({
      events: [
        { id: 'a', title: 'a', start: '2025-02-11', participants: ['x', 'y'] },
        { id: 'b', title: 'b', start: '2025-12', participants: ['x', 'y'] },
        { id: 'c', title: 'c', start: '2026-01-22', participants: ['x', 'y'] },
      ],
    });
    const labels = pairIntervals(
      three.columns,
      sharedEvents(three.columns, three.rows, 'x', 'y'),
    ).map((interval) => intervalLabel(interval, three.views));
    expect(labels).toEqual(['11 Feb → Dec 2025', 'Dec 2025 → 22 Jan 2026']);
  });
});
