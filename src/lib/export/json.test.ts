import { describe, expect, it } from 'vitest';
import { parseChronology } from '../io/parse-chronology';
import { describeProblem, validateChronology } from '../model/validate';
import type { Chronology } from '../model/types';
import { exportJson } from './json';
import { curated, hostile, NOW } from './test-data';

function parsed(text: string): Chronology {
  return JSON.parse(text) as Chronology;
}

function expectValid(text: string): void {
  const result = validateChronology(JSON.parse(text));
  expect(result.ok ? [] : result.problems.map(describeProblem)).toEqual([]);
}

describe('exportJson', () => {
  it('gives back the whole curated chronology as a valid file with the same events', () => {
    const data = curated();
    const file = exportJson({ chronology: data, events: data.events, now: NOW });
    expectValid(file.text);
    const out = parsed(file.text);
    expect(out.events).toEqual(data.events);
    expect(out.people).toEqual(
      data.people?.filter((p) => JSON.stringify(data.events).includes(`"${p.id}"`)),
    );
    expect(file.warnings).toEqual([]);
    expect(file.mimeType).toBe('application/json');
    expect(file.fileName).toBe('parley-us-russia-ukraine-peace-talks-2014-2026-2026-11-28.json');
  });

  it('round-trips a selection: export, then load as Parley reads files, gives the same events', () => {
    const data = curated();
    const selected = data.events.filter((e) => e.track === 'us-russia');
    expect(selected.length).toBeGreaterThan(3);
    const file = exportJson({ chronology: data, events: selected, now: NOW });
    const loaded = parseChronology(file.text, file.fileName);
    expect(loaded.events).toEqual(selected);
  });

  it('keeps only the people and sources the selected events cite, so the file stays valid and small', () => {
    const data = curated();
    const selected = data.events.slice(0, 2);
    const file = exportJson({ chronology: data, events: selected, now: NOW });
    expectValid(file.text);
    const out = parsed(file.text);
    expect(out.people!.length).toBeLessThan(data.people!.length);
    expect(out.sources!.length).toBeLessThan(data.sources!.length);
    // Every kept source is cited by a selected event, or by an era (eras are kept whole).
    const text = JSON.stringify([selected, out.eras ?? []]);
    for (const source of out.sources!) expect(text).toContain(`"${source.id}"`);
    // Sources cited only by a figure or a note are kept too.
    const nested = selected.flatMap((e) => [
      ...(e.figures ?? []).flatMap((f) => f.sources ?? []),
      ...(e.notes ?? []).flatMap((n) => n.sources ?? []),
    ]);
    const kept = new Set(out.sources!.map((s) => s.id));
    for (const id of nested) expect(kept.has(id)).toBe(true);
  });

  it('keeps a story whose events are all exported, and leaves out, with a warning, one that would lose a step', () => {
    const data = curated();
    const story = data.stories![0]!;
    const told = new Set(story.steps.map((step) => step.event));
    const all = exportJson({ chronology: data, events: data.events, now: NOW });
    expect(parsed(all.text).stories).toEqual([story]);
    expect(all.warnings).toEqual([]);
    const some = exportJson({
      chronology: data,
      events: data.events.filter((e) => told.has(e.id)).slice(1),
      now: NOW,
    });
    expectValid(some.text);
    expect(parsed(some.text)).not.toHaveProperty('stories');
    expect(some.warnings).toEqual([
      `Left out the story "${story.title}": it tells of events that are not in this selection.`,
    ]);
  });

  it('keeps the header and fields Parley does not know, and trims unused registry entries', () => {
    const data = hostile();
    const file = exportJson({ chronology: data, events: data.events, now: NOW });
    expectValid(file.text);
    const out = parsed(file.text);
    expect(out.title).toBe(data.title);
    expect(out.version).toBe('2.0.0-beta');
    expect(out.updated).toBe('2026-01-30');
    expect(out.description).toBe('A test dataset.');
    expect(out['curator']).toEqual({ name: 'Kept as is' });
    expect(out.events[0]?.['customField']).toEqual({ kept: true });
    expect(out.people!.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(out.sources!.map((s) => s.id)).toEqual(['S1', 'S2', 'S3', 'S5']);
  });

  it('keeps the eras whole, with the sources they cite, so the file still validates', () => {
    const data = hostile();
    data.eras = [{ id: 'era', title: 'An era', start: '2025', level: 1, sources: ['S4'] }];
    const file = exportJson({ chronology: data, events: [data.events[0]!], now: NOW });
    expectValid(file.text);
    const out = parsed(file.text);
    expect(out.eras).toEqual(data.eras);
    expect(out.sources!.map((s) => s.id)).toEqual(['S1', 'S4', 'S5']);
  });

  it('adds the format line to a file that had none', () => {
    const { format: _format, ...data } = hostile();
    const out = parsed(exportJson({ chronology: data, events: data.events, now: NOW }).text);
    expect(out.format).toBe('parley-chronology/1');
  });

  it("carries the reader's notes and stars as userNote, for selected events only", () => {
    const data = hostile();
    const file = exportJson({
      chronology: data,
      events: data.events.slice(0, 2),
      notes: [
        { eventId: 'day-event', text: 'Check the Kremlin readout', starred: true },
        { eventId: 'year-event', text: 'not selected', starred: false },
      ],
      now: NOW,
    });
    expectValid(file.text);
    const out = parsed(file.text);
    expect(out.events[0]?.['userNote']).toEqual({
      text: 'Check the Kremlin readout',
      starred: true,
    });
    expect(out.events[1]?.['userNote']).toBeUndefined();
    expect(file.text).not.toContain('not selected');
  });

  it('warns when a note holds markup that Parley would refuse on import', () => {
    const data = hostile();
    const file = exportJson({
      chronology: data,
      events: data.events,
      notes: [{ eventId: 'month-event', text: 'see <b>this</b>', starred: false }],
      now: NOW,
    });
    expect(file.warnings).toEqual([
      'Your note on "month-event" contains markup ("<b>this</b>"), so Parley will refuse this file on import until it is removed.',
    ]);
    expect(parsed(file.text).events[2]?.['userNote']).toEqual({
      text: 'see <b>this</b>',
      starred: false,
    });
  });

  it('says so when nothing is selected', () => {
    const file = exportJson({ chronology: hostile(), events: [], now: NOW });
    expect(file.warnings[0]).toMatch(/No events are selected/);
  });
});
