import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { prepareChronology } from '../model/prepare';
import type { Chronology } from '../model/types';
import {
  applyFilters,
  buildFilterIndex,
  facetCounts,
  fold,
  isFiltering,
  NO_FILTERS,
  type Filters,
  type UserMarks,
} from './filters';

// The 2025–2026 release (1.0.1), frozen: these tests check filtering, not the curated data.
const curated: Chronology = JSON.parse(
  readFileSync('tests/fixtures/chronology-1.0.1.json', 'utf8'),
);
const index = buildFilterIndex(prepareChronology(curated).events);
const ids = (f: Partial<Filters>) =>
  applyFilters(index, { ...NO_FILTERS, ...f }).map((v) => v.event.id);

describe('filters', () => {
  it('no filter shows everything', () => {
    expect(ids({})).toHaveLength(curated.events.length);
    expect(isFiltering(NO_FILTERS)).toBe(false);
  });

  it('a facet keeps the events with any ticked value', () => {
    expect(ids({ kind: ['phone-call'] })).toHaveLength(10);
    expect(ids({ kind: ['phone-call', 'summit'] }).length).toBeGreaterThan(10);
  });

  it('facets combine: Witkoff’s envoy meetings on the US–Russia channel', () => {
    const found = ids({ kind: ['envoy-meeting'], track: ['us-russia'], person: ['witkoff'] });
    expect(found).toContain('witkoff-putin-2025-08-06');
    expect(found).not.toContain('call-2025-08-18');
  });

  it('searches every word, ignoring case and accents', () => {
    expect(ids({ q: 'dolmabahce' })).toEqual(['istanbul-direct-2025-05-16']);
    expect(ids({ q: 'ISTANBUL prisoner' }).length).toBeGreaterThan(0);
    expect(ids({ q: 'zzzz-nothing' })).toEqual([]);
  });

  it('searches participants and notes too', () => {
    expect(ids({ q: 'Kushner' })).toContain('witkoff-kushner-putin-2025-12-02');
    expect(ids({ q: 'Hannity' })).toContain('witkoff-putin-2025-02-11');
  });

  it('a date range keeps events overlapping it', () => {
    const found = ids({ after: '2025-03-24', before: '2025-03-24' });
    expect(found).toContain('riyadh-technical-2025-03-23_25');
    expect(found).not.toContain('witkoff-putin-2025-03-13');
  });

  it('keeps time order', () => {
    const starts = applyFilters(index, { ...NO_FILTERS, kind: ['envoy-meeting'] }).map(
      (v) => v.start.startMs,
    );
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('fold removes accents and case', () => {
    expect(fold('Çırağan Türkiye')).toBe(
      'cırağan turkiye'.normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
    );
  });

  it('fold’s shortcut for plain ASCII folds as the full path does, for any text', () => {
    const full = (text: string) =>
      text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          // Any UTF-16 code unit, lone surrogates too (cheaper to set up than unit: 'binary').
          fc.string({ unit: fc.nat(0xffff).map((code) => String.fromCharCode(code)) }),
          fc.string({ unit: fc.nat(0xff).map((code) => String.fromCharCode(code)) }),
          fc.constantFrom('Çırağan', 'İ', 'ǅ', 'Genève', 'TÜRKIYE', 'É'),
        ),
        (text) => {
          expect(fold(text)).toBe(full(text));
        },
      ),
      { numRuns: 500, seed: 20251130 },
    );
    expect(fold('ISTANBUL Talks')).toBe('istanbul talks');
  });
});

describe('facet counts', () => {
  it('count each value under the other filters, so a ticked facet still shows its alternatives', () => {
    const counts = facetCounts(index, { ...NO_FILTERS, kind: ['phone-call'] });
    const kinds = Object.fromEntries(counts.kind.map((o) => [o.value, o.count]));
    expect(kinds['phone-call']).toBe(10);
    expect(kinds['envoy-meeting']).toBeGreaterThan(0);
    const tracks = Object.fromEntries(counts.track.map((o) => [o.value, o.count]));
    expect(tracks['us-russia']).toBe(10);
    expect(tracks['us-ukraine'] ?? 0).toBe(0);
  });

  it('list every value with a readable label, busiest first', () => {
    const { status, person } = facetCounts(index, NO_FILTERS);
    expect(status[0]).toMatchObject({ value: 'confirmed', label: 'Confirmed' });
    expect(person.find((o) => o.value === 'witkoff')?.label).toBe('Steve Witkoff');
    const counts = person.map((o) => o.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});

describe('the reader’s stars and notes', () => {
  const marks: UserMarks = {
    starred: new Set(['istanbul-direct-2025-05-16', 'call-2025-08-18', 'gone-from-the-data']),
    notes: new Map([['witkoff-putin-2025-02-11', { text: 'Ask Ushakov about the Zürich lunch' }]]),
  };
  const marked = (f: Partial<Filters>) =>
    applyFilters(index, { ...NO_FILTERS, ...f }, marks).map((v) => v.event.id);

  it('"starred only" keeps exactly the starred events, in time order', () => {
    expect(marked({ starred: true })).toEqual(['istanbul-direct-2025-05-16', 'call-2025-08-18']);
    expect(isFiltering({ ...NO_FILTERS, starred: true })).toBe(true);
  });

  it('"starred only" with nothing starred shows nothing, not everything', () => {
    expect(ids({ starred: true })).toEqual([]);
  });

  it('combines with the other filters', () => {
    expect(marked({ starred: true, kind: ['phone-call'] })).toEqual(['call-2025-08-18']);
  });

  it('facet counts count only starred events when "starred only" is on', () => {
    const counts = facetCounts(index, { ...NO_FILTERS, starred: true }, marks);
    const kinds = Object.fromEntries(counts.kind.map((o) => [o.value, o.count]));
    expect(kinds['phone-call']).toBe(1);
    expect(counts.kind.reduce((sum, o) => sum + o.count, 0)).toBe(2);
  });

  it('search finds words from the reader’s note, accents optional', () => {
    expect(marked({ q: 'zurich lunch' })).toEqual(['witkoff-putin-2025-02-11']);
    expect(ids({ q: 'zurich lunch' })).toEqual([]);
  });

  it('a search word may come from the note and another from the event', () => {
    expect(marked({ q: 'zurich Hannity' })).toEqual(['witkoff-putin-2025-02-11']);
  });
});

describe('finding events: all of the participants, tags, disagreement', () => {
  const withBoth = curated.events
    .filter((e) => {
      const people = (e.participants ?? []).map((p) => (typeof p === 'string' ? p : p.person));
      return people.includes('witkoff') && people.includes('putin');
    })
    .map((e) => e.id);

  it('"all of" Witkoff and Putin keeps exactly the events both attended', () => {
    const both = ids({ person: ['witkoff', 'putin'], personMatch: 'all' });
    expect(both).toEqual(withBoth);
    expect(ids({ person: ['witkoff', 'putin'] }).length).toBeGreaterThan(both.length);
    for (const day of ['02-11', '03-13', '04-11', '04-25', '08-06']) {
      expect(both).toContain(`witkoff-putin-2025-${day}`);
    }
  });

  it('with "all of", a participant counts the events that would remain with it ticked too', () => {
    const f = { ...NO_FILTERS, person: ['witkoff', 'putin'], personMatch: 'all' as const };
    const people = facetCounts(index, f).person;
    expect(people.find((o) => o.value === 'putin')?.count).toBe(withBoth.length);
    const ushakov = people.find((o) => o.value === 'ushakov')?.count ?? 0;
    expect(ushakov).toBe(
      ids({ person: ['witkoff', 'putin', 'ushakov'], personMatch: 'all' }).length,
    );
  });

  it('a tag keeps the events that carry it', () => {
    const tagged = curated.events.filter((e) => e.tags?.includes('witkoff-putin')).map((e) => e.id);
    expect(tagged.length).toBeGreaterThan(0);
    expect(ids({ tag: ['witkoff-putin'] })).toEqual(tagged);
    expect(ids({ tag: ['no-such-tag'] })).toEqual([]);
  });

  it('"sources disagree" keeps the events with conflicting figures or notes', () => {
    const disputed = ids({ disagree: true });
    expect(disputed).toContain('witkoff-putin-2025-04-25');
    expect(disputed.length).toBeLessThan(curated.events.length);
  });

  it('facet values keep the whole dataset’s order while filtering', () => {
    const order = (f: Partial<Filters>) =>
      facetCounts(index, { ...NO_FILTERS, ...f }).person.map((o) => o.value);
    const unfiltered = order({});
    expect(order({ kind: ['phone-call'] })).toEqual(unfiltered);
    expect(order({ q: 'Istanbul' })).toEqual(unfiltered);
  });
});
