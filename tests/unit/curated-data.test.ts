// The curated chronology is held to the format and to what a researcher relies on: every event
// of the four fact sheets, every event sourced, every participant a known person (or a plain
// name such as "German and French advisers"), dates that make sense, eras that do not overlap,
// every source titled, disagreements kept.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { describeProblem, validateChronology } from '../../src/lib/model/validate';
import { mustParseDate } from '../../src/lib/model/dates';
import type { Chronology, ChronologyEvent } from '../../src/lib/model/types';

const data: Chronology = JSON.parse(readFileSync('data/chronology.json', 'utf8'));
const events = data.events;

/** Witkoff's six meetings with Putin in 2025, as the seed article counts them. */
const WITKOFF_PUTIN_2025 = [
  '2025-02-11',
  '2025-03-13',
  '2025-04-11',
  '2025-04-25',
  '2025-08-06',
  '2025-12-02',
];
const byId = new Map(events.map((e) => [e.id, e]));
const people = new Set((data.people ?? []).map((p) => p.id));
const sources = new Map((data.sources ?? []).map((s) => [s.id, s]));
const eras = data.eras ?? [];

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

/** Every row of ../shared/reference/chronology-2014-2021.md (43, the sheet's tally). */
const SHEET_2014_2021_IDS = [
  'geneva-statement-2014-04-17',
  'normandy-benouville-2014-06-06',
  'berlin-fm-2014-07-02',
  'minsk-putin-poroshenko-2014-08-26',
  'tcg-minsk-2014-09-01',
  'minsk-protocol-2014-09-05',
  'minsk-memorandum-2014-09-19',
  'milan-asem-2014-10-17',
  'berlin-fm-2015-01-21',
  'merkel-hollande-kyiv-moscow-2015-02-05_06',
  'minsk-summit-2015-02-11_12',
  'package-of-measures-2015-02-12',
  'unsc-resolution-2202-2015-02-17',
  'paris-fm-2015-02-24',
  'berlin-fm-2015-04-13',
  'kerry-putin-sochi-2015-05-12',
  'paris-summit-2015-10-02',
  'nuland-surkov-kaliningrad-2016-01-15',
  'berlin-summit-2016-10-19',
  'minsk-fm-2016-11-29',
  'volker-surkov-minsk-2017-08-21',
  'volker-surkov-belgrade-2017-10-07',
  'volker-surkov-belgrade-2017-11-13',
  'volker-surkov-dubai-2018-01-26',
  'berlin-fm-2018-06-11',
  'call-zelensky-putin-2019-07-11',
  'steinmeier-formula-2019-10-01',
  'paris-summit-2019-12-09',
  'kozak-yermak-tcg-minsk-2020-03-11',
  'n4-advisers-berlin-2020-07-03',
  'tcg-ceasefire-measures-2020-07-22',
  'n4-advisers-berlin-2020-09-11',
  'n4-advisers-berlin-2021-01-12',
  'call-biden-putin-2021-01-26',
  'call-biden-putin-2021-04-13',
  'geneva-biden-putin-2021-06-16',
  'nuland-moscow-2021-10-11_13',
  'burns-moscow-2021-11-02_03',
  'blinken-lavrov-stockholm-2021-12-02',
  'video-biden-putin-2021-12-07',
  'donfried-moscow-2021-12-15',
  'russia-draft-treaties-2021-12-17',
  'call-biden-putin-2021-12-30',
];

/** Every row of ../shared/reference/chronology-2022.md (42, the sheet's tally). */
const SHEET_2022_IDS = [
  'geneva-us-ru-ssd-2022-01-10',
  'brussels-nato-ru-council-2022-01-12',
  'vienna-osce-pc-2022-01-13',
  'geneva-blinken-lavrov-2022-01-21',
  'paris-normandy-advisers-2022-01-26',
  'moscow-us-nato-written-replies-2022-01-26',
  'moscow-macron-putin-2022-02-07',
  'kyiv-macron-zelensky-2022-02-08',
  'berlin-normandy-advisers-2022-02-10',
  'call-biden-putin-2022-02-12',
  'kyiv-scholz-zelensky-2022-02-14',
  'moscow-scholz-putin-2022-02-15',
  'moscow-ru-reply-to-us-2022-02-17',
  'calls-macron-putin-2022-02-20',
  'calls-putin-macron-scholz-2022-02-21',
  'geneva-blinken-lavrov-cancelled-2022-02-24',
  'gomel-ru-ua-round1-2022-02-28',
  'belovezhskaya-ru-ua-round2-2022-03-03',
  'moscow-bennett-putin-2022-03-05',
  'belovezhskaya-ru-ua-round3-2022-03-07',
  'antalya-lavrov-kuleba-cavusoglu-2022-03-10',
  'video-ru-ua-2022-03-14_15',
  'istanbul-ru-ua-2022-03-29',
  'istanbul-communique-2022-03-29',
  'moscow-guterres-putin-2022-04-26',
  'kyiv-guterres-zelensky-2022-04-28',
  'call-austin-shoigu-2022-05-13',
  'istanbul-grain-quadrilateral-2022-07-13',
  'istanbul-black-sea-grain-initiative-2022-07-22',
  'istanbul-ru-un-mou-2022-07-22',
  'call-blinken-lavrov-2022-07-29',
  'lviv-erdogan-guterres-zelensky-2022-08-18',
  'call-macron-putin-2022-08-19',
  'znpp-iaea-mission-2022-09-01',
  'prisoner-exchange-ru-ua-2022-09-21',
  'stpetersburg-grossi-putin-2022-10-11',
  'grain-suspension-2022-10-29',
  'grain-return-2022-11-02',
  'ankara-burns-naryshkin-2022-11-14',
  'g20-peace-formula-2022-11-15',
  'grain-extension-2022-11-17',
  'abu-dhabi-griner-bout-2022-12-08',
];

/** Every row of ../shared/reference/chronology-2023-2024.md (26, the sheet's tally). */
const SHEET_2023_2024_IDS = [
  'china-position-paper-2023-02-24',
  'geneva-grain-talks-2023-03-13',
  'grain-extension-2023-03-18',
  'xi-zelensky-call-2023-04-26',
  'li-hui-kyiv-2023-05-16_17',
  'grain-extension-2023-05-17',
  'li-hui-moscow-2023-05-26',
  'african-mission-kyiv-2023-06-16',
  'african-mission-stpetersburg-2023-06-17',
  'copenhagen-nsa-2023-06-24',
  'grain-deal-exit-2023-07-17',
  'jeddah-nsa-2023-08-05',
  'malta-nsa-2023-10-28',
  'prisoner-exchange-2024-01-03',
  'davos-nsa-2024-01-14',
  'putin-conditions-speech-2024-06-14',
  'burgenstock-summit-2024-06-15_16',
  'burgenstock-communique-2024-06-16',
  'orban-kyiv-2024-07-02',
  'orban-moscow-2024-07-05',
  'qatar-energy-talks-2024-08',
  'ankara-exchange-2024-08-01',
  'trump-zelensky-newyork-2024-09-27',
  'scholz-putin-call-2024-11-15',
  'paris-trump-zelensky-macron-2024-12-07',
  'prisoner-exchange-2024-12-30',
];

const ALL_SHEET_IDS = [
  ...SHEET_2014_2021_IDS,
  ...SHEET_2022_IDS,
  ...SHEET_2023_2024_IDS,
  ...SHEET_IDS,
];
const events2025 = events.filter((e) => SHEET_IDS.includes(e.id));

/** A participant written like an id (lower case, digits, dashes) must be one; names have capitals or spaces. */
const ID_LIKE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function participantIds(event: ChronologyEvent): string[] {
  return (event.participants ?? []).map((p) => (typeof p === 'string' ? p : p.person));
}

/** Every source id an event cites: its own, and those of participants, figures and notes. */
function citedIdsEverywhere(event: ChronologyEvent): string[] {
  return [
    ...citedIds(event),
    ...(event.participants ?? []).flatMap((p) => (typeof p === 'string' ? [] : (p.sources ?? []))),
  ];
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

  it('holds every event of the four reference sheets, and nothing else', () => {
    expect(events.map((e) => e.id).sort()).toEqual([...ALL_SHEET_IDS].sort());
  });

  it('has each sheet’s tally of events: 43 for 2014–2021, 42 for 2022, 26 for 2023–2024, 47 for 2025–2026', () => {
    expect([
      SHEET_2014_2021_IDS.length,
      SHEET_2022_IDS.length,
      SHEET_2023_2024_IDS.length,
      SHEET_IDS.length,
    ]).toEqual([43, 42, 26, 47]);
    expect(events).toHaveLength(43 + 42 + 26 + 47);
  });

  it('has unique ids among events, people, sources and eras', () => {
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    expect(people.size).toBe(data.people?.length);
    expect(sources.size).toBe(data.sources?.length);
    expect(new Set(eras.map((e) => e.id)).size).toBe(eras.length);
  });

  it('keeps the events in order of their start in the file (ties in the sheets’ order)', () => {
    const starts = events.map((e) => mustParseDate(e.start).startMs);
    const outOfOrder = events.filter((e, i) => i > 0 && starts[i]! < starts[i - 1]!);
    expect(outOfOrder.map((e) => e.id)).toEqual([]);
  });

  it('is a new version after 1.0.1, so a returning reader sees what changed', () => {
    expect(data.version).toBe('1.2.0');
    expect(data.title).toBe('US–Russia–Ukraine peace talks, 2014–2026');
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

  it('resolves every participant to a person in the registry, or writes a plain name as a name', () => {
    const unresolved = events.flatMap((e) =>
      participantIds(e)
        .filter((id) => !people.has(id) && ID_LIKE.test(id))
        .map((id) => `${e.id}: ${id}`),
    );
    expect(unresolved).toEqual([]);
    // The 2025 sheet names every participant: there, all are people in the registry.
    const unresolved2025 = events2025.flatMap((e) =>
      participantIds(e)
        .filter((id) => !people.has(id))
        .map((id) => `${e.id}: ${id}`),
    );
    expect(unresolved2025).toEqual([]);
  });

  it('has coordinates in range wherever it has them, and none for phone calls', () => {
    for (const event of events) {
      const { lat, lon } = event.location ?? {};
      if (event.kind === 'phone-call') expect(lat, event.id).toBeUndefined();
      if (lat !== undefined) {
        expect(Math.abs(lat), event.id).toBeLessThanOrEqual(90);
        expect(Math.abs(lon ?? 999), event.id).toBeLessThanOrEqual(180);
      } else if (event.kind !== 'phone-call' && SHEET_IDS.includes(event.id)) {
        // Every 2025 meeting has a place; older sheets say n/a for video rounds and documents.
        throw new Error(`${event.id} has no coordinates`);
      }
    }
  });

  it('gives every event a short title of at most 24 characters, for labels on the chart', () => {
    const long = events.filter((e) => !e.shortTitle || e.shortTitle.length > 24);
    expect(long.map((e) => `${e.id}: ${e.shortTitle}`)).toEqual([]);
  });

  it('gives every source a title, marked when it is not the published headline', () => {
    for (const source of sources.values()) {
      expect(source.title?.trim(), source.id).toBeTruthy();
      if (source.titleFrom !== undefined) expect(['page', 'url']).toContain(source.titleFrom);
    }
    // The sheets gave four hosts a stray trailing dot (S16, A98, B4, B29); the data drops it.
    expect([...sources.values()].filter((s) => new URL(s.url).hostname.endsWith('.'))).toEqual([]);
  });

  it('cites every source in the registry from an event or an era', () => {
    const cited = new Set([
      ...events.flatMap(citedIdsEverywhere),
      ...eras.flatMap((era) => era.sources ?? []),
    ]);
    expect([...sources.keys()].filter((id) => !cited.has(id as string))).toEqual([]);
  });

  it('has eras that do not overlap within a level, with sourced, real dates', () => {
    expect(eras.map((e) => e.id)).toEqual([
      'minsk-process',
      'talks-after-full-scale-invasion-2022',
      'peace-formula',
      'second-trump-administration',
    ]);
    const byLevel = new Map<number, typeof eras>();
    for (const era of eras) byLevel.set(era.level, [...(byLevel.get(era.level) ?? []), era]);
    for (const level of byLevel.values()) {
      const sorted = [...level].sort(
        (a, b) => mustParseDate(a.start).startMs - mustParseDate(b.start).startMs,
      );
      for (let i = 1; i < sorted.length; i++) {
        const before = sorted[i - 1]!;
        expect(before.end, `${before.id} is open but not last`).toBeDefined();
        expect(mustParseDate(sorted[i]!.start).startMs, sorted[i]!.id).toBeGreaterThanOrEqual(
          mustParseDate(before.end!).startMs,
        );
      }
    }
    for (const era of eras) {
      expect(era.sources?.length, era.id).toBeGreaterThan(0);
      for (const id of era.sources ?? [])
        expect(sources.has(id), `${era.id} cites ${id}`).toBe(true);
      if (era.end)
        expect(mustParseDate(era.end).startMs).toBeGreaterThanOrEqual(
          mustParseDate(era.start).startMs,
        );
    }
    // The last era is still open: it holds the 2025–2026 talks.
    expect(eras.at(-1)?.end).toBeUndefined();
    expect(eras.at(-1)?.start).toBe('2025-02-11');
  });

  it('dates the key events as the sheets do', () => {
    const dates = (id: string) => [byId.get(id)?.start, byId.get(id)?.end];
    // Minsk II: the package of measures of 12 February 2015.
    expect(dates('package-of-measures-2015-02-12')).toEqual(['2015-02-12', undefined]);
    expect(byId.get('package-of-measures-2015-02-12')?.kind).toBe('document');
    expect(byId.get('package-of-measures-2015-02-12')?.track).toBe('contact-group');
    // The Istanbul round of 29 March 2022.
    expect(dates('istanbul-ru-ua-2022-03-29')).toEqual(['2022-03-29', undefined]);
    expect(byId.get('istanbul-ru-ua-2022-03-29')?.location?.city).toBe('Istanbul');
    // The Black Sea grain deal, signed in Istanbul on 22 July 2022.
    expect(dates('istanbul-black-sea-grain-initiative-2022-07-22')).toEqual([
      '2022-07-22',
      undefined,
    ]);
    expect(byId.get('istanbul-black-sea-grain-initiative-2022-07-22')?.track).toBe('humanitarian');
    // The Bürgenstock summit on 15–16 June 2024.
    expect(dates('burgenstock-summit-2024-06-15_16')).toEqual(['2024-06-15', '2024-06-16']);
    expect(byId.get('burgenstock-summit-2024-06-15_16')?.track).toBe('peace-formula');
  });

  it('uses the new kinds and channels for the history', () => {
    const kinds = new Set(events.map((e) => e.kind));
    expect(kinds.has('ministerial')).toBe(true);
    expect(kinds.has('advisers-meeting')).toBe(true);
    const tracks = new Set(events.map((e) => e.track));
    for (const track of ['normandy-format', 'contact-group', 'humanitarian', 'peace-formula'])
      expect(tracks.has(track), track).toBe(true);
  });

  it('writes every source URL with a host that does not end in a stray dot', () => {
    const all = [
      ...(data.sources ?? []),
      ...events.flatMap((e) => (e.sources ?? []).filter((s) => typeof s !== 'string')),
    ];
    const strayDot = all
      .filter((source) => new URL(source.url).hostname.endsWith('.'))
      .map((source) => `${source.id} ${source.url}`);
    expect(all.length).toBeGreaterThan(0);
    expect(strayDot).toEqual([]);
  });

  it('speaks to readers in its notes, not to its editors', () => {
    const texts = [
      ...events.flatMap((e) => [e.summary, e.statusNote, ...(e.notes ?? []).map((n) => n.text)]),
      ...(data.eras ?? []).flatMap((era) => [era.summary, era.startNote, era.endNote]),
    ].filter((text): text is string => Boolean(text));
    const curation = /seed article|\bthe seed\b|\bthe sheets?\b|\bcurators?\b|is not used/i;
    expect(texts.filter((text) => curation.test(text))).toEqual([]);
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
    expect(meetings.sort()).toEqual([...WITKOFF_PUTIN_2025, '2026-01-22']);
  });

  it('has the ten Trump–Putin calls of 2025', () => {
    const calls = events2025.filter((e) => e.kind === 'phone-call');
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

describe('the curated story of Witkoff’s meetings with Putin', () => {
  const story = data.stories?.find((s) => s.id === 'witkoff-putin-2025');
  const byId = new Map(events.map((e) => [e.id, e]));
  const told = (story?.steps ?? []).map((step) => byId.get(step.event ?? ''));

  it('steps, in order, through the six 2025 meetings the seed article counts, and the Alaska summit', () => {
    const meetings = told.filter((e) => e?.tags?.includes('witkoff-putin'));
    expect(meetings.map((e) => e!.start)).toEqual(WITKOFF_PUTIN_2025);
    expect(told.map((e) => e?.id)).toContain('alaska-summit-2025-08-15');
    const starts = told.map((e) => mustParseDate(e!.start).startMs);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('tells each step in the words of its event’s own sourced summary', () => {
    for (const [i, step] of (story?.steps ?? []).entries()) {
      expect(step.text, step.event).toBe(told[i]?.summary);
      expect(told[i]?.sources?.length, step.event).toBeGreaterThan(0);
    }
  });
});
