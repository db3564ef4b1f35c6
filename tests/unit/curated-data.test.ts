// The curated chronology is held to the format and to what a researcher relies on: every event
// sourced, every participant a known person, dates that make sense, disagreements kept.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { describeProblem, validateChronology } from '../../src/lib/model/validate';
import { mustParseDate } from '../../src/lib/model/dates';
import type { Chronology, ChronologyEvent } from '../../src/lib/model/types';

const data: Chronology = JSON.parse(readFileSync('data/chronology.json', 'utf8'));
const events = data.events;
const byId = new Map(events.map((e) => [e.id, e]));
const people = new Set((data.people ?? []).map((p) => p.id));
const sources = new Map((data.sources ?? []).map((s) => [s.id, s]));

/** Every row of the reference fact sheet (../shared/reference/chronology-2025.md). */
const SHEET_IDS = [
  'witkoff-putin-2025-02-11',
  'witkoff-putin-2025-03-13',
  'witkoff-putin-2025-04-11',
  'witkoff-putin-2025-04-25',
  'witkoff-putin-2025-08-06',
  'witkoff-kushner-putin-2025-12-02',
  'riyadh-us-russia-2025-02-18',
  'istanbul-us-russia-embassy-2025-02-27',
  'jeddah-us-ukraine-2025-03-11',
  'riyadh-technical-2025-03-23_25',
  'istanbul-direct-2025-05-16',
  'istanbul-direct-2025-06-02',
  'istanbul-direct-2025-07-23',
  'alaska-summit-2025-08-15',
  'whitehouse-zelensky-europeans-2025-08-18',
  'whitehouse-zelensky-2025-10-17',
  'budapest-summit-planned-2025-10',
  'dmitriev-miami-2025-10-24_26',
  '28-point-plan-2025-11',
  'umerov-witkoff-miami-2025-11',
  'geneva-us-ukraine-2025-11-23',
  'abu-dhabi-driscoll-2025-11-24_25',
  'florida-us-ukraine-2025-11-30',
  'florida-witkoff-umerov-2025-12-01',
  'dmitriev-washington-2025-04-02',
  'istanbul-us-russia-embassy-2025-04-10',
  'call-2025-02-12',
  'call-2025-03-18',
  'call-2025-05-19',
  'call-2025-06-04',
  'call-2025-06-14',
  'call-2025-07-03',
  'call-2025-08-18',
  'call-2025-10-16',
  'call-2025-12-28',
  'call-2025-12-29',
  'miami-us-ukraine-2025-12-04_06',
  'berlin-2025-12-14_15',
  'miami-2025-12-19_21',
  'maralago-trump-zelensky-2025-12-28',
  'trump-zelensky-davos-2026-01-22',
  'witkoff-kushner-putin-2026-01-22',
  'abu-dhabi-trilateral-2026-01-23_24',
  'abu-dhabi-trilateral-2026-02-04_05',
  'geneva-trilateral-2026-02-17_18',
  'geneva-us-ukraine-2026-02-26',
  'trilateral-postponed-2026-03',
];

function participantIds(event: ChronologyEvent): string[] {
  return (event.participants ?? []).map((p) => (typeof p === 'string' ? p : p.person));
}

function citedIds(event: ChronologyEvent): string[] {
  return [
    ...(event.sources ?? []).filter((s): s is string => typeof s === 'string'),
    ...(event.figures ?? []).flatMap((f) => f.sources ?? []),
    ...(event.notes ?? []).flatMap((n) => n.sources ?? []),
  ];
}

describe('the curated chronology', () => {
  it('passes the format v1 validator with no problem', () => {
    const result = validateChronology(data);
    expect(result.ok ? [] : result.problems.map(describeProblem)).toEqual([]);
  });

  it('has a title, a version and a date of last update', () => {
    expect(data.title).toBeTruthy();
    expect(data.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(mustParseDate(data.updated ?? '').precision).toBe('day');
  });

  it('holds every event of the reference sheet, and nothing else', () => {
    expect(events.map((e) => e.id).sort()).toEqual([...SHEET_IDS].sort());
  });

  it('has unique ids', () => {
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it('never ends an event before it starts', () => {
    for (const event of events) {
      if (event.end) {
        expect(mustParseDate(event.end).startMs, event.id).toBeGreaterThanOrEqual(
          mustParseDate(event.start).startMs,
        );
      }
    }
  });

  it('resolves every participant to a person in the registry', () => {
    const unresolved = events.flatMap((e) =>
      participantIds(e)
        .filter((id) => !people.has(id))
        .map((id) => `${e.id}: ${id}`),
    );
    expect(unresolved).toEqual([]);
  });

  it('has coordinates in range wherever it has them, and none for phone calls', () => {
    for (const event of events) {
      const { lat, lon } = event.location ?? {};
      if (event.kind === 'phone-call') expect(lat, event.id).toBeUndefined();
      if (lat !== undefined) {
        expect(Math.abs(lat), event.id).toBeLessThanOrEqual(90);
        expect(Math.abs(lon ?? 999), event.id).toBeLessThanOrEqual(180);
      } else if (event.kind !== 'phone-call') {
        throw new Error(`${event.id} has no coordinates`);
      }
    }
  });

  it('sources every event with at least one link, and every cited id resolves', () => {
    for (const event of events) {
      expect(event.sources?.length, event.id).toBeGreaterThan(0);
      for (const id of citedIds(event)) {
        expect(sources.get(id)?.url, `${event.id} cites ${id}`).toMatch(/^https?:\/\//);
      }
    }
  });

  it('gives every event a kind, a track, a status and a summary', () => {
    for (const event of events) {
      expect(event.kind, event.id).toBeTruthy();
      expect(event.track, event.id).toBeTruthy();
      expect(event.status, event.id).toBeTruthy();
      expect(event.summary?.length, event.id).toBeGreaterThan(20);
    }
  });

  it('has the six 2025 Witkoff–Putin meetings and the seventh of 22 January 2026', () => {
    const meetings = events.filter((e) => e.tags?.includes('witkoff-putin')).map((e) => e.start);
    expect(meetings.sort()).toEqual([
      '2025-02-11',
      '2025-03-13',
      '2025-04-11',
      '2025-04-25',
      '2025-08-06',
      '2025-12-02',
      '2026-01-22',
    ]);
  });

  it('has the ten Trump–Putin calls of 2025', () => {
    const calls = events.filter((e) => e.kind === 'phone-call');
    expect(calls).toHaveLength(10);
    expect(calls.every((c) => c.start.startsWith('2025-'))).toBe(true);
    expect(calls.every((c) => participantIds(c).sort().join() === 'putin,trump')).toBe(true);
  });

  it('dates the August meeting 6 August and keeps the seed article’s “in August” as a note', () => {
    const august = byId.get('witkoff-putin-2025-08-06');
    expect(august?.start).toBe('2025-08-06');
    const note = august?.notes?.find((n) => n.text.includes('in August'));
    expect(note?.sources).toContain('S1');
  });

  it('keeps the disputed length of the 25 April meeting as two figures with their sources', () => {
    const figures = byId.get('witkoff-putin-2025-04-25')?.figures ?? [];
    const ushakov = figures.find((f) => f.attribution?.includes('Ushakov'));
    const unn = figures.find((f) => f.attribution?.includes('UNN'));
    expect(ushakov).toMatchObject({ value: 3, unit: 'hour' });
    expect(ushakov?.sources?.length).toBeGreaterThan(0);
    expect(unn?.sources?.length).toBeGreaterThan(0);
  });

  it('marks the meetings that ran past midnight as ending the next day', () => {
    expect(byId.get('witkoff-kushner-putin-2025-12-02')?.end).toBe('2025-12-03');
    expect(byId.get('witkoff-kushner-putin-2026-01-22')?.end).toBe('2026-01-23');
  });

  it('keeps uncertain things uncertain: partly confirmed events and approximate dates', () => {
    expect(byId.get('witkoff-putin-2025-02-11')?.status).toBe('partly');
    expect(byId.get('abu-dhabi-driscoll-2025-11-24_25')?.status).toBe('partly');
    expect(byId.get('umerov-witkoff-miami-2025-11')?.approximate).toBe(true);
    expect(byId.get('budapest-summit-planned-2025-10')?.tags).toContain('cancelled');
  });

  it('uses every person in the registry at least once', () => {
    const used = new Set(events.flatMap(participantIds));
    expect([...people].filter((id) => !used.has(id))).toEqual([]);
  });
});
