import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { describeProblem, validateChronology, type Validation } from './validate';

const small = JSON.parse(readFileSync('tests/fixtures/small.json', 'utf8'));
const clone = <T>(value: T): T => structuredClone(value);

function messages(result: Validation): string[] {
  return result.ok ? [] : result.problems.map(describeProblem);
}

/** A valid dataset with one change applied, and the first message it produces. */
function firstProblem(change: (data: typeof small) => void): string | undefined {
  const data = clone(small);
  change(data);
  return messages(validateChronology(data))[0];
}

describe('valid chronologies load', () => {
  it('the minimal form loads: events with id, title and start', () => {
    const result = validateChronology({ events: [{ id: 'a', title: 'A', start: '2025-02-11' }] });
    expect(result.ok).toBe(true);
  });

  it('a full dataset with people, sources, figures and notes loads', () => {
    expect(messages(validateChronology(small))).toEqual([]);
  });

  it('unknown fields are kept, not dropped', () => {
    const result = validateChronology(small);
    expect(result.ok && result.chronology.events[0]?.['customField']).toEqual({ kept: true });
  });

  it('plain text with a less-than sign is not mistaken for markup', () => {
    const result = validateChronology({
      events: [{ id: 'a', title: 'Talks lasted < 2 h, and 3 <3 4', start: '2025' }],
    });
    expect(result.ok).toBe(true);
  });

  it('a title with spaces before its first word is not empty', () => {
    for (const title of [' Talks', '\u00a0Talks', '\tTalks', '\u3000会談']) {
      const result = validateChronology({ events: [{ id: 'a', title, start: '2025' }] });
      expect(result.ok).toBe(true);
    }
  });

  it('a participant that is not a person id is a plain name', () => {
    const result = validateChronology({
      events: [{ id: 'a', title: 'A', start: '2025', participants: ['Someone Unlisted'] }],
    });
    expect(result.ok).toBe(true);
  });
});

describe('broken chronologies are refused with the path and the reason', () => {
  it.each<[string, (d: typeof small) => void, string]>([
    [
      'an impossible date',
      (d) => (d.events[0].start = '2025-13-40'),
      'events[0].start: "2025-13-40" is not a date: there is no month 13',
    ],
    [
      '30 February',
      (d) => (d.events[1].start = '2025-02-30'),
      'events[1].start: "2025-02-30" is not a date: 2025-02 has no day 30',
    ],
    ['a missing start', (d) => delete d.events[0].start, 'events[0].start: is missing'],
    [
      'a title of the wrong type',
      (d) => (d.events[2].title = 42),
      'events[2].title: must be text, not number 42',
    ],
    ['an empty title', (d) => (d.events[2].title = '  '), 'events[2].title: is empty'],
    ['a title of no characters', (d) => (d.events[2].title = ''), 'events[2].title: is empty'],
    [
      'a title of non-breaking and ideographic spaces',
      (d) => (d.events[2].title = '\u00a0\u3000'),
      'events[2].title: is empty',
    ],
    [
      'a duplicate id',
      (d) => (d.events[2].id = 'meeting-1'),
      'events[2].id: "meeting-1" is already used by events[0]',
    ],
    [
      'an end before the start',
      (d) => (d.events[2].end = '2025-03-01'),
      'events[2].end: "2025-03-01" is before the start "2025-03-23"',
    ],
    [
      'an unknown kind',
      (d) => (d.events[0].kind = 'party'),
      'events[0].kind: "party" is not one of envoy-meeting',
    ],
    [
      'an unknown status',
      (d) => (d.events[0].status = 'maybe'),
      'events[0].status: "maybe" is not one of confirmed, partly, unconfirmed',
    ],
    [
      'a latitude out of range',
      (d) => (d.events[0].location.lat = 95),
      'events[0].location.lat: 95 is out of range (-90 to 90)',
    ],
    [
      'a latitude without longitude',
      (d) => delete d.events[0].location.lon,
      'events[0].location: has only one of lat and lon',
    ],
    [
      'coordinates as text',
      (d) => (d.events[0].location.lon = '37.6'),
      'events[0].location.lon: must be a number, not the string "37.6"',
    ],
    [
      'a source id that is not listed',
      (d) => d.events[2].sources.push('S99'),
      'events[2].sources[1]: "S99" is not in the dataset\'s sources list',
    ],
    [
      'a figure citing an unknown source',
      (d) => (d.events[0].figures[0].sources = ['S7']),
      'events[0].figures[0].sources[0]: "S7" is not in the dataset\'s sources list',
    ],
    [
      'a figure with value and range',
      (d) => (d.events[0].figures[0].min = 1),
      'events[0].figures[0]: has both a value and a range',
    ],
    [
      'a figure range upside down',
      (d) => Object.assign(d.events[0].figures[1], { value: undefined, min: 5, max: 2 }),
      'events[0].figures[1].max: 2 is below the minimum 5',
    ],
    [
      'a figure with nothing',
      (d) => (d.events[0].figures[0] = { measure: 'duration', unit: 'hour' }),
      'events[0].figures[0]: needs a value, a min or max, or the reported text',
    ],
    [
      'a javascript: link',
      (d) => (d.sources[0].url = 'javascript:alert(1)'),
      'sources[0].url: "javascript:alert(1)" is not an http(s) link',
    ],
    [
      'a source with neither publisher nor title',
      (d) => (d.sources[1] = { id: 'S2', url: 'https://x.org' }),
      'sources[1]: needs a publisher or a title',
    ],
    [
      'two people with one id',
      (d) => (d.people[1].id = 'alice'),
      'people[1].id: "alice" is used by two people',
    ],
    [
      'an id with spaces',
      (d) => (d.events[0].id = 'two words'),
      'events[0].id: "two words" is not a usable id',
    ],
    [
      'an unknown time zone',
      (d) => (d.events[0].timeZone = 'Mars/Olympus'),
      'events[0].timeZone: "Mars/Olympus" is not a time zone name',
    ],
    [
      'a timed date without offset',
      (d) => (d.events[0].start = '2025-02-11T10:00'),
      'events[0].start: "2025-02-11T10:00" has a time but no offset',
    ],
    [
      'an unsupported format version',
      (d) => (d.format = 'parley-chronology/2'),
      'format: "parley-chronology/2" is not supported',
    ],
    [
      'an updated date that is not a day',
      (d) => (d.updated = '2025-09'),
      'updated: "2025-09" must be a full date',
    ],
    ['events that are not a list', (d) => (d.events = {}), 'events: must be a list, not an object'],
    ['no events', (d) => (d.events = []), 'events: is empty'],
  ])('%s', (_name, change, expected) => {
    expect(firstProblem(change)).toContain(expected);
  });

  it("every item of an event's lists is checked, not only those up to the first problem", () => {
    const result = validateChronology({
      sources: [{ id: 'S1', url: 'https://example.org/a', publisher: 'Example' }],
      events: [
        {
          id: 'a',
          title: 'A',
          start: '2025-02-11',
          participants: ['', 'Someone', { person: 'Other', status: 'bogus' }],
          notes: [{ topic: 'other' }, { text: 'Fine', topic: 'bogus' }],
          // A value of the wrong type is still a value: no "needs a value" as well.
          figures: [{ measure: 'duration', unit: 'hour', value: '3' }],
          sources: ['S9', 'S1', 'S8'],
        },
      ],
    });
    const found = messages(result);
    for (const expected of [
      'events[0].participants[0]: is empty',
      'events[0].participants[2].status: "bogus" is not one of',
      'events[0].notes[0].text: is missing',
      'events[0].notes[1].topic: "bogus" is not one of',
      'events[0].figures[0].value: must be a number, not the string "3"',
      'events[0].sources[0]: "S9" is not in the dataset\'s sources list',
      'events[0].sources[2]: "S8" is not in the dataset\'s sources list',
    ]) {
      expect(
        found.some((message) => message.startsWith(expected)),
        expected,
      ).toBe(true);
    }
    expect(found.some((message) => message.includes('needs a value'))).toBe(false);
    expect(found, found.join('; ')).toHaveLength(7);
  });

  it('a list instead of an object says what a chronology looks like', () => {
    expect(messages(validateChronology([{ id: 'a' }]))[0]).toContain(
      'a chronology is an object like {"events": [...]}',
    );
  });

  it.each([null, 'text', 42])('%j is refused as not an object', (input) => {
    expect(messages(validateChronology(input))[0]).toContain('must be an object');
  });
});

describe('markup is refused wherever it hides, so no text can become HTML', () => {
  it.each<[string, (d: typeof small) => void, string]>([
    [
      'a script tag in a title',
      (d) => (d.events[0].title = 'Hi <script>alert(1)</script>'),
      'events[0].title: contains markup ("<script>alert(1)</script"); Parley shows plain text only',
    ],
    [
      'an image with onerror in a summary',
      (d) => (d.events[0].summary = '<img src=x onerror=alert(1)>'),
      'events[0].summary: contains markup',
    ],
    [
      'a closing tag in a person name',
      (d) => (d.people[0].name = 'A</b>'),
      'people[0].name: contains markup',
    ],
    [
      'markup in a note',
      (d) => (d.events[0].notes[0].text = 'x <iframe src=y>'),
      'events[0].notes[0].text: contains markup',
    ],
    [
      'markup in an unknown field',
      (d) => (d.events[0].customField = { deep: ['<svg onload=alert(1)>'] }),
      'events[0].customField.deep[0]: contains markup',
    ],
    [
      'an HTML comment in the title of the dataset',
      (d) => (d.title = '<!-- x -->'),
      'title: contains markup',
    ],
  ])('%s', (_name, change, expected) => {
    expect(firstProblem(change)).toContain(expected);
  });

  it('a 200,000-character string is refused as junk', () => {
    expect(firstProblem((d) => (d.events[0].summary = 'x'.repeat(200_000)))).toContain(
      'events[0].summary: is 200,000 characters long; the limit is 100,000',
    );
  });
});

describe('problem reports stay readable', () => {
  it('lists the first 20 problems and counts all of them', () => {
    const events = Array.from({ length: 500 }, (_, i) => ({
      id: `e${i}`,
      title: 'T',
      start: 'bad',
    }));
    const result = validateChronology({ events });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(20);
    expect(result.total).toBe(500);
    expect(result.problems[19]?.path).toBe('events[19].start');
  });

  it('shortens a hostile long value in messages', () => {
    const message = firstProblem((d) => (d.events[0].kind = 'k'.repeat(5000)));
    expect(message?.length).toBeLessThan(200);
  });
});

describe('the history fields: new kinds, short titles, title origins and eras', () => {
  /** Two eras of level 1 that touch on 24 Feb 2022, and a level-2 phase inside the first. */
  const withEras = (change: (d: typeof small) => void = () => {}) => {
    const data = clone(small);
    data.eras = [
      {
        id: 'minsk',
        title: 'Minsk process',
        start: '2014-09-05',
        end: '2022-02-24',
        level: 1,
        sources: ['S1'],
      },
      { id: 'invasion', title: 'After the invasion', start: '2022-02-24', level: 1 },
      { id: 'normandy', title: 'Normandy summits', start: '2014-06', end: '2019-12', level: 2 },
    ];
    change(data);
    return data;
  };
  const eraProblem = (change: (d: typeof small) => void) =>
    messages(validateChronology(withEras(change)))[0];

  it('accepts the kinds ministerial and advisers-meeting', () => {
    const data = clone(small);
    data.events[0].kind = 'ministerial';
    data.events[1].kind = 'advisers-meeting';
    expect(messages(validateChronology(data))).toEqual([]);
  });

  it('accepts a short title of up to 32 characters and refuses a longer one', () => {
    const data = clone(small);
    data.events[0].shortTitle = 'x'.repeat(32);
    expect(messages(validateChronology(data))).toEqual([]);
    expect(firstProblem((d) => (d.events[1].shortTitle = 'x'.repeat(33)))).toBe(
      'events[1].shortTitle: is 33 characters long; a short title has at most 32',
    );
    expect(firstProblem((d) => (d.events[1].shortTitle = 7))).toBe(
      'events[1].shortTitle: must be text, not number 7',
    );
  });

  it('accepts titleFrom page or url, and refuses other values or one without a title', () => {
    const data = clone(small);
    data.sources[0].titleFrom = 'page';
    Object.assign(data.sources[1], { title: 'Other wire b', titleFrom: 'url' });
    expect(messages(validateChronology(data))).toEqual([]);
    expect(firstProblem((d) => (d.sources[0].titleFrom = 'guess'))).toBe(
      'sources[0].titleFrom: "guess" is not one of page, url',
    );
    expect(firstProblem((d) => (d.sources[1].titleFrom = 'url'))).toBe(
      'sources[1].titleFrom: says where the title came from, but there is no title',
    );
  });

  it('accepts eras that touch on a boundary day, an open era, and nested levels', () => {
    expect(messages(validateChronology(withEras()))).toEqual([]);
  });

  it.each<[string, (d: typeof small) => void, string]>([
    [
      'a duplicate id',
      (d) => (d.eras[1].id = 'minsk'),
      'eras[1].id: "minsk" is already used by eras[0]',
    ],
    ['a missing title', (d) => delete d.eras[0].title, 'eras[0].title: is missing'],
    [
      'an impossible date',
      (d) => (d.eras[0].end = '2022-02-30'),
      'eras[0].end: "2022-02-30" is not a date: 2022-02 has no day 30',
    ],
    [
      'an end before the start',
      (d) => (d.eras[2].end = '2013'),
      'eras[2].end: "2013" is before the start "2014-06"',
    ],
    [
      'a source that does not resolve',
      (d) => (d.eras[0].sources = ['S1', 'A9']),
      'eras[0].sources[1]: "A9" is not in the dataset\'s sources list',
    ],
    ['a missing level', (d) => delete d.eras[1].level, 'eras[1].level: is missing'],
    [
      'a fractional level',
      (d) => (d.eras[1].level = 1.5),
      'eras[1].level: 1.5 is not a whole number',
    ],
    [
      'two eras of one level overlapping',
      (d) => (d.eras[1].start = '2022-02-23'),
      'eras[1].start: "2022-02-23" falls inside eras[0], which has the same level (1)',
    ],
    [
      'an era after an open one of the same level',
      (d) => d.eras.push({ id: 'later', title: 'Later', start: '2025', level: 1 }),
      'eras[3].start: "2025" falls inside eras[1]',
    ],
    [
      'eras that are not a list',
      (d) => (d.eras = { id: 'x' }),
      'eras: must be a list, not an object',
    ],
  ])('refuses %s', (_name, change, expected) => {
    expect(eraProblem(change)).toContain(expected);
  });

  it('finds markup in an era like anywhere else', () => {
    expect(eraProblem((d) => (d.eras[0].summary = '<b>x</b>'))).toContain(
      'eras[0].summary: contains markup',
    );
  });
});
