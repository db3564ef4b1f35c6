import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { diffChronologies, type FieldChange } from './diff';
import type { Chronology, ChronologyEvent } from './types';

const curated: Chronology = JSON.parse(readFileSync('data/chronology.json', 'utf8'));

/** A hand-edited copy of the curated chronology, as a curator would publish the next version. */
function edited(edit: (events: Map<string, ChronologyEvent>, c: Chronology) => void): Chronology {
  const copy: Chronology = structuredClone(curated);
  copy.version = '1.0.2';
  edit(new Map(copy.events.map((e) => [e.id, e])), copy);
  return copy;
}

function event(events: Map<string, ChronologyEvent>, id: string): ChronologyEvent {
  const found = events.get(id);
  if (!found) throw new Error(`no event ${id} in the curated data`);
  return found;
}

/** The changes of one event, or a failure naming the event. */
function changesOf(next: Chronology, id: string): FieldChange[] {
  const change = diffChronologies(curated, next).changed.find((c) => c.id === id);
  if (!change) throw new Error(`${id} is not reported as changed`);
  return change.changes;
}

describe('diffChronologies tells a returning reader what a new version changed', () => {
  it('reports nothing for the same chronology, or a copy with keys reordered', () => {
    expect(diffChronologies(curated, curated)).toEqual({
      added: [],
      removed: [],
      changed: [],
      hasChanges: false,
    });
    const reordered = structuredClone(curated);
    reordered.events = reordered.events
      .map((e) => Object.fromEntries(Object.entries(e).reverse()) as ChronologyEvent)
      .reverse();
    expect(diffChronologies(curated, reordered).hasChanges).toBe(false);
  });

  it('a moved date is reported with the dates before and after, and nothing else', () => {
    const next = edited((events) => {
      event(events, 'witkoff-putin-2025-08-06').start = '2025-08-07';
    });
    const diff = diffChronologies(curated, next);
    expect(diff.changed.map((c) => c.id)).toEqual(['witkoff-putin-2025-08-06']);
    expect(diff.changed[0]?.changes).toEqual([
      {
        field: 'dates',
        before: { start: '2025-08-06', timeZone: 'Europe/Moscow' },
        after: { start: '2025-08-07', timeZone: 'Europe/Moscow' },
      },
    ]);
    expect(diff.hasChanges).toBe(true);
  });

  it('an end date, approximation or time zone added is a change of dates', () => {
    const next = edited((events) => {
      event(events, 'witkoff-putin-2025-02-11').end = '2025-02-12';
      event(events, 'witkoff-putin-2025-03-13').approximate = true;
      event(events, 'witkoff-putin-2025-04-11').timeZone = 'Asia/Dubai';
    });
    const fields = (id: string) => changesOf(next, id).map((c) => c.field);
    expect(fields('witkoff-putin-2025-02-11')).toEqual(['dates']);
    expect(fields('witkoff-putin-2025-03-13')).toEqual(['dates']);
    expect(fields('witkoff-putin-2025-04-11')).toEqual(['dates']);
  });

  it('`approximate: false` written out is not a change from leaving it absent', () => {
    const next = edited((events) => {
      event(events, 'witkoff-putin-2025-08-06').approximate = false;
    });
    expect(diffChronologies(curated, next).hasChanges).toBe(false);
  });

  it('a changed figure range names the measure and gives both sides', () => {
    const next = edited((events) => {
      const figure = event(events, 'witkoff-putin-2025-08-06').figures?.[0];
      if (!figure) throw new Error('no figure');
      delete figure.value;
      figure.min = 2;
      figure.max = 3;
    });
    const [change] = changesOf(next, 'witkoff-putin-2025-08-06');
    expect(change).toMatchObject({
      field: 'figures',
      measure: 'duration',
      before: [{ value: 3, approx: true }],
      after: [{ min: 2, max: 3, approx: true }],
    });
  });

  it('figures listed in another order, or only re-sourced, are not a change of values', () => {
    const next = edited((events) => {
      const e = event(events, 'witkoff-putin-2025-04-25');
      e.figures = [...(e.figures ?? [])].reverse();
      const [first] = e.figures;
      if (first) first.sources = ['S1'];
    });
    expect(changesOf(next, 'witkoff-putin-2025-04-25')).toEqual([
      { field: 'other', keys: ['figures'] },
    ]);
  });

  it('an added source is found by URL, whether cited by registry id or inline', () => {
    const url = 'https://www.reuters.com/world/witkoff-putin-august-2025';
    const next = edited((events) => {
      event(events, 'witkoff-putin-2025-08-06').sources?.push({
        publisher: 'Reuters',
        title: 'Witkoff meets Putin',
        url,
      });
    });
    expect(changesOf(next, 'witkoff-putin-2025-08-06')).toEqual([
      {
        field: 'sources',
        added: [{ publisher: 'Reuters', title: 'Witkoff meets Putin', url }],
        removed: [],
      },
    ]);
  });

  it('a registry source written inline with the same URL is the same source', () => {
    const next = edited((events, c) => {
      const e = event(events, 'witkoff-putin-2025-08-06');
      const registry = new Map((c.sources ?? []).map((s) => [s.id, s]));
      e.sources = (e.sources ?? []).map((s) =>
        typeof s === 'string' ? { url: registry.get(s)?.url ?? '' } : s,
      );
    });
    expect(diffChronologies(curated, next).hasChanges).toBe(false);
  });

  it('a removed event is listed with the previous version’s data', () => {
    const removedId = 'witkoff-putin-2025-04-11';
    const next = edited((_, c) => {
      c.events = c.events.filter((e) => e.id !== removedId);
    });
    const diff = diffChronologies(curated, next);
    expect(diff.removed.map((e) => e.id)).toEqual([removedId]);
    expect(diff.removed[0]?.title).toBe(curated.events.find((e) => e.id === removedId)?.title);
    expect(diff.added).toEqual([]);
    expect(diff.changed).toEqual([]);
  });

  it('a new event is listed as added, and the lists come in time order', () => {
    const next = edited((_, c) => {
      c.events.push(
        { id: 'z-later', title: 'A later round', start: '2026-04-01' },
        { id: 'a-earlier', title: 'An earlier call', start: '2025-01-20T15:00-05:00' },
      );
    });
    const diff = diffChronologies(curated, next);
    expect(diff.added.map((e) => e.id)).toEqual(['a-earlier', 'z-later']);
    expect(diff.hasChanges).toBe(true);
  });

  it('participants added, removed and re-described are named from the people list', () => {
    const next = edited((events) => {
      const e = event(events, 'witkoff-putin-2025-08-06');
      e.participants = [
        'witkoff',
        { person: 'putin', role: 'host' },
        'ushakov',
        'A plain-named aide',
      ];
    });
    expect(changesOf(next, 'witkoff-putin-2025-08-06')).toEqual([
      {
        field: 'participants',
        added: ['A plain-named aide'],
        removed: ['Kirill Dmitriev'],
        changed: ['Vladimir Putin'],
      },
    ]);
  });

  it('title, place, status and summary changes are each reported; a place note is not a move', () => {
    const next = edited((events) => {
      const e = event(events, 'witkoff-putin-2025-08-06');
      e.title = 'Witkoff meets Putin in the Kremlin';
      e.status = 'partly';
      e.summary = 'Rewritten.';
      e.kind = 'summit';
      if (e.location) e.location.note = 'A new note on the place.';
      const other = event(events, 'witkoff-putin-2025-04-11');
      if (other.location) other.location.venue = 'Senate Palace';
    });
    expect(changesOf(next, 'witkoff-putin-2025-08-06').map((c) => c.field)).toEqual([
      'title',
      'status',
      'summary',
      'other',
    ]);
    expect(changesOf(next, 'witkoff-putin-2025-08-06').at(-1)).toEqual({
      field: 'other',
      keys: ['kind', 'location.note'],
    });
    expect(changesOf(next, 'witkoff-putin-2025-04-11').map((c) => c.field)).toEqual(['place']);
  });
});

describe('the upgrade from the curated 1.0.1 to the long history', () => {
  const released: Chronology = JSON.parse(
    readFileSync('tests/fixtures/chronology-1.0.1.json', 'utf8'),
  );

  it('a short title added or changed is not news: it is a label made from the title', () => {
    const next = structuredClone(released);
    next.events[0]!.shortTitle = 'Witkoff–Putin, Moscow';
    expect(diffChronologies(released, next).hasChanges).toBe(false);
  });

  it('lists the 111 events of 2014–2024 as added, removes none, and changes only the fixed link and the notes reworded for readers', () => {
    expect(released.version).toBe('1.0.1');
    const diff = diffChronologies(released, curated);
    expect(diff.added).toHaveLength(43 + 42 + 26);
    expect(diff.added.every((e) => e.start < '2025-02-11')).toBe(true);
    expect(diff.added[0]?.id).toBe('geneva-statement-2014-04-17');
    expect(diff.removed).toEqual([]);
    // S16's host lost its stray trailing dot: the one event citing it shows the new link.
    // Version 1.1.1 reworded the notes that spoke of "the seed article" for readers.
    expect(diff.changed.map((c) => c.id)).toEqual([
      'witkoff-putin-2025-02-11',
      'witkoff-putin-2025-03-13',
      'witkoff-putin-2025-04-11',
      'witkoff-putin-2025-04-25',
      'witkoff-putin-2025-08-06',
      'florida-us-ukraine-2025-11-30',
      'florida-witkoff-umerov-2025-12-01',
      'witkoff-kushner-putin-2025-12-02',
    ]);
    const link = diff.changed.find((c) => c.id === 'witkoff-putin-2025-03-13');
    expect(link?.changes.map((c) => c.field)).toEqual(['sources', 'other']);
    for (const { changes } of diff.changed) {
      expect(changes.at(-1)).toEqual({ field: 'other', keys: ['notes'] });
    }
  });
});
