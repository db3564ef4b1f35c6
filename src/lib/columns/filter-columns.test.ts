import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  buildFilterIndex,
  facetCounts,
  NO_FILTERS,
  type Filters,
} from '../filters/filters';
import { prepareChronology } from '../model/prepare';
import type { Chronology } from '../model/types';
import { buildEventColumns } from './event-columns';
import { eventsInRange } from '../timeline/selection';
import { facetCountsOfColumns, filterColumns, rowsInRange } from './filter-columns';
import { chronology, filters, findingFilters, marks } from './test-arbitraries';

const settings = { numRuns: 400, seed: 20251130 };

describe('filtering columns answers as filtering event objects', () => {
  it('the same events, in the same order, for any dataset, filter state and marks', () => {
    fc.assert(
      fc.property(chronology, filters, marks, (data, f, m) => {
        const prepared = prepareChronology(data);
        const expected = applyFilters(buildFilterIndex(prepared.events), f, m).map(
          (view) => view.event.id,
        );
        const columns = buildEventColumns(prepared);
        const rows = filterColumns(columns, f, m);
        expect([...rows].map((row) => columns.ids[row])).toEqual(expected);
      }),
      settings,
    );
  });

  it('the same events in a visible range, for any dataset, filter state and range', () => {
    const day = 86_400_000;
    fc.assert(
      fc.property(
        chronology,
        filters,
        fc.option(fc.tuple(fc.integer({ min: -400, max: 400 }), fc.integer({ min: 0, max: 400 }))),
        (data, f, range) => {
          const prepared = prepareChronology(data);
          const columns = buildEventColumns(prepared);
          const rows = filterColumns(columns, f);
          // Days around 2025, where the arbitrary chronologies' dates are.
          const from = range ? Date.UTC(2025, 0, 1) + range[0] * day : undefined;
          const to = range && from !== undefined ? from + range[1] * day : undefined;
          const views = [...rows].map((row) => prepared.events[row]!);
          expect([...rowsInRange(columns, rows, from, to)].map((row) => columns.ids[row])).toEqual(
            eventsInRange(views, from, to).map((view) => view.event.id),
          );
        },
      ),
      settings,
    );
  });

  it('the same facet counts, labels and order', () => {
    fc.assert(
      fc.property(chronology, filters, marks, (data, f, m) => {
        const prepared = prepareChronology(data);
        const expected = facetCounts(buildFilterIndex(prepared.events), f, m);
        expect(facetCountsOfColumns(buildEventColumns(prepared), f, m)).toEqual(expected);
      }),
      settings,
    );
  });

  it('the same events and counts for "all of" participants, tags and disagreement', () => {
    fc.assert(
      fc.property(chronology, findingFilters, (data, f) => {
        const prepared = prepareChronology(data);
        const index = buildFilterIndex(prepared.events);
        const columns = buildEventColumns(prepared);
        const expected = applyFilters(index, f).map((view) => view.event.id);
        expect([...filterColumns(columns, f)].map((row) => columns.ids[row])).toEqual(expected);
        expect(facetCountsOfColumns(columns, f)).toEqual(facetCounts(index, f));
      }),
      settings,
    );
  });

  it('agrees on the curated chronology, facet by facet and word by word', () => {
    const curated: Chronology = JSON.parse(readFileSync('data/chronology.json', 'utf8'));
    const prepared = prepareChronology(curated);
    const index = buildFilterIndex(prepared.events);
    const columns = buildEventColumns(prepared);
    const states: Partial<Filters>[] = [
      {},
      { kind: ['phone-call'] },
      { kind: ['envoy-meeting'], track: ['us-russia'], person: ['witkoff'] },
      { q: 'dolmabahce' },
      { q: 'ISTANBUL prisoner' },
      { q: 'Kushner' },
      { q: 'Hannity' },
      { after: '2025-03-24', before: '2025-03-24' },
      { place: ['Istanbul'], status: ['confirmed'] },
      { person: ['witkoff', 'putin'], personMatch: 'all' },
      { tag: ['witkoff-putin', 'overnight'] },
      { disagree: true, track: ['us-russia'] },
    ];
    for (const state of states) {
      const f = { ...NO_FILTERS, ...state };
      const expected = applyFilters(index, f).map((view) => view.event.id);
      expect(expected.length).toBeGreaterThan(0);
      expect([...filterColumns(columns, f)].map((row) => columns.ids[row])).toEqual(expected);
      expect(facetCountsOfColumns(columns, f)).toEqual(facetCounts(index, f));
    }
  });

  it('answers with an index array in time order', () => {
    const columns = buildEventColumns(
      prepareChronology({
        events: [
          { id: 'late', title: 'Late talks', start: '2025-03-01' },
          { id: 'early', title: 'Early talks', start: '2024-03-01' },
          { id: 'other', title: 'Other', start: '2024-06-01' },
        ],
      }),
    );
    const rows = filterColumns(columns, { ...NO_FILTERS, q: 'talks' });
    expect(rows).toBeInstanceOf(Uint32Array);
    expect([...rows].map((row) => columns.ids[row])).toEqual(['early', 'late']);
  });
});
