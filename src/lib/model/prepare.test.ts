import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import type { Chronology } from './types';
import { allCitedSources, groupByMonth, participantsBySide, prepareChronology } from './prepare';

const small: Chronology = JSON.parse(readFileSync('tests/fixtures/small.json', 'utf8'));

describe('prepareChronology', () => {
  const prepared = prepareChronology(small);

  it('orders events by start, whatever the file order', () => {
    expect(prepared.events.map((v) => v.event.id)).toEqual(['meeting-1', 'range', 'summer-round']);
  });

  it('orders a month-precision event before the days of that month end', () => {
    const p = prepareChronology({
      events: [
        { id: 'day', title: 'D', start: '2025-08-06' },
        { id: 'month', title: 'M', start: '2025-08' },
      ],
    });
    expect(p.events.map((v) => v.event.id)).toEqual(['month', 'day']);
  });

  it('does not reorder the input', () => {
    expect(small.events.map((e) => e.id)).toEqual(['meeting-1', 'summer-round', 'range']);
  });

  it('resolves participants to people, keeping per-event status and notes', () => {
    const meeting = prepared.byId.get('meeting-1');
    expect(meeting?.participants.map((p) => [p.name, p.role, p.status])).toEqual([
      ['Alice Envoy', 'Envoy', undefined],
      ['Boris Host', undefined, 'partly'],
    ]);
  });

  it('resolves source ids and keeps inline sources', () => {
    expect(prepared.byId.get('meeting-1')?.sources.map((s) => s.source.publisher)).toEqual([
      'Example News',
      'Other Wire',
    ]);
    expect(prepared.byId.get('summer-round')?.sources[0]?.source.publisher).toBe('Inline Daily');
  });

  it('groups by month in time order', () => {
    expect(groupByMonth(prepared.events).map((g) => [g.key, g.events.length])).toEqual([
      ['2025-02', 1],
      ['2025-03', 1],
      ['2025-08', 1],
    ]);
  });

  it('groups participants by side in order of appearance', () => {
    const sides = participantsBySide(prepared.byId.get('meeting-1')?.participants ?? []);
    expect(sides.map((s) => s.side)).toEqual(['US', 'RU']);
  });

  it('collects every cited source, including those only a figure cites', () => {
    const data = structuredClone(small);
    data.events[0]!.sources = ['S1'];
    const p = prepareChronology(data);
    const view = p.byId.get('meeting-1')!;
    expect(allCitedSources(view, p.sources).map((c) => c.key)).toEqual(['S1', 'S2']);
  });
});

describe('prepared eras', () => {
  it('are kept on the prepared dataset, parsed, broadest level first, each level in time order', () => {
    const p = prepareChronology({
      events: [{ id: 'a', title: 'A', start: '2015-02-12' }],
      eras: [
        { id: 'phase', title: 'Phase', start: '2015-02', end: '2015-03', level: 2 },
        { id: 'later', title: 'Later', start: '2022-02-24', level: 1 },
        { id: 'minsk', title: 'Minsk', start: '2014-09-05', end: '2022-02-24', level: 1 },
      ],
    });
    expect(p.eras.map((e) => e.era.id)).toEqual(['minsk', 'later', 'phase']);
    expect(p.eras[0]?.end?.text).toBe('2022-02-24');
    expect(p.eras[1]?.end).toBeUndefined();
    expect(p.eras[2]?.start.precision).toBe('month');
  });

  it('is an empty list for a dataset without eras', () => {
    expect(prepareChronology(small).eras).toEqual([]);
  });
});

describe('the time order of prepared events', () => {
  const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10);
  const event = fc.record({
    id: fc.string({ minLength: 1, maxLength: 3 }),
    start: fc.integer({ min: 0, max: 6 }),
    length: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
  });

  /** Start, then end, then id: what every view and export reads the events in. */
  function expected(chronology: Chronology): string[] {
    const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    return chronology.events
      .map((e) => ({ id: e.id, start: Date.parse(e.start), end: Date.parse(e.end ?? e.start) }))
      .sort((a, b) => a.start - b.start || a.end - b.end || byId(a.id, b.id))
      .map((e) => e.id);
  }

  it('is start, then end, then id, whether the file is in date order or not', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), fc.boolean(), (drafts, byDate) => {
        const listed = byDate ? [...drafts].sort((a, b) => a.start - b.start) : drafts;
        const chronology: Chronology = {
          events: listed.map((d) => ({
            id: d.id,
            title: d.id,
            start: day(d.start),
            ...(d.length === undefined ? {} : { end: day(d.start + d.length) }),
          })),
        };
        const ids = prepareChronology(chronology).events.map((v) => v.event.id);
        expect(ids).toEqual(expected(chronology));
      }),
    );
  });
});
