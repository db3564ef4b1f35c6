import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEventColumns } from '../columns/event-columns';
import { filterColumns } from '../columns/filter-columns';
import { chronology, filters } from '../columns/test-arbitraries';
import { applyFilters, buildFilterIndex } from '../filters/filters';
import { prepareChronology } from '../model/prepare';
import {
  buildLanes,
  buildLanesFromColumns,
  GROUPINGS,
  MARK_SHAPES,
  spanOf,
  type Lane,
} from './lanes';
import { dataExtent } from './scale';
import { selectionExtent } from './selection';

const laneFigures = (lane: Lane) => ({
  key: lane.key,
  label: lane.label,
  starts: [...lane.starts],
  ends: [...lane.ends],
  items: [...lane.items],
  maxSpan: lane.maxSpan,
});

describe('lanes built from columns', () => {
  it('are the lanes built from event objects: keys, order, labels, spans, items, shapes', () => {
    fc.assert(
      fc.property(chronology, filters, fc.constantFrom(...GROUPINGS), (data, f, grouping) => {
        const prepared = prepareChronology(data);
        const expected = buildLanes(applyFilters(buildFilterIndex(prepared.events), f), grouping);
        const columns = buildEventColumns(prepared);
        const rows = filterColumns(columns, f);
        const built = buildLanesFromColumns(columns, rows, grouping);
        expect([...built.rows].map((row) => columns.ids[row])).toEqual(
          expected.events.map((view) => view.event.id),
        );
        expect([...built.shapes].map((code) => MARK_SHAPES[code])).toEqual(expected.shapes);
        expect(built.lanes.map(laneFigures)).toEqual(expected.lanes.map(laneFigures));
      }),
      { numRuns: 400, seed: 20251130 },
    );
  });

  it('read from the prepared spans are the lanes read from the events, and the spans are theirs', () => {
    fc.assert(
      fc.property(chronology, fc.constantFrom(...GROUPINGS), (data, grouping) => {
        const prepared = prepareChronology(data);
        const { starts, ends } = prepared.spans;
        expect([starts.length, ends.length]).toEqual([
          prepared.events.length,
          prepared.events.length,
        ]);
        expect(prepared.events.map((view, i) => [starts[i], ends[i]])).toEqual(
          prepared.events.map(spanOf),
        );
        // The extent read from the spans is the one read from every event.
        const spans = prepared.events.map(spanOf);
        expect(selectionExtent(prepared.spans)).toEqual(
          dataExtent(
            spans.map(([start]) => start),
            spans.map(([, end]) => end),
          ),
        );
        const fromSpans = buildLanes(prepared.events, grouping, prepared.spans);
        const fromEvents = buildLanes(prepared.events, grouping);
        expect(fromSpans.shapes).toEqual(fromEvents.shapes);
        expect(fromSpans.lanes.map(laneFigures)).toEqual(fromEvents.lanes.map(laneFigures));
      }),
      { numRuns: 200, seed: 20261202 },
    );
  });

  it('put two people with one name in one participant lane, an event once', () => {
    const columns = buildEventColumns(
      prepareChronology({
        people: [
          { id: 'a', name: 'Steve Witkoff' },
          { id: 'b', name: 'Steve Witkoff' },
        ],
        events: [
          { id: 'e0', title: 'Both', start: '2025-01-01', participants: ['a', 'b'] },
          { id: 'e1', title: 'One', start: '2025-02-01', end: '2025-02', participants: ['b'] },
          { id: 'e2', title: 'None', start: '2025-03-01' },
        ],
      }),
    );
    const built = buildLanesFromColumns(columns, Uint32Array.from([0, 1, 2]), 'participant');
    expect(built.lanes.map((lane) => [lane.label, [...lane.items]])).toEqual([
      ['Steve Witkoff', [0, 1]],
      ['No participants named', [2]],
    ]);
    expect([...built.shapes].map((code) => MARK_SHAPES[code])).toEqual(['point', 'band', 'point']);
  });
});
