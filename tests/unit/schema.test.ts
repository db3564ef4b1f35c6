import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateChronology } from '../../src/lib/model/validate';
import { schemaValidate } from './schema';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const small = read('tests/fixtures/small.json');

/** Structural faults both the schema and the validator must refuse. */
const broken: [string, (d: typeof small) => void][] = [
  ['events missing', (d) => delete d.events],
  ['no events', (d) => (d.events = [])],
  ['title missing', (d) => delete d.events[0].title],
  ['title a number', (d) => (d.events[0].title = 1)],
  ['start in the wrong form', (d) => (d.events[0].start = '11/02/2025')],
  ['month 13', (d) => (d.events[0].start = '2025-13')],
  ['time without offset', (d) => (d.events[0].start = '2025-02-11T10:00')],
  ['unknown kind', (d) => (d.events[0].kind = 'party')],
  ['unknown status', (d) => (d.events[0].status = 'likely')],
  ['latitude 95', (d) => (d.events[0].location.lat = 95)],
  ['lat without lon', (d) => delete d.events[0].location.lon],
  ['figure with value and min', (d) => (d.events[0].figures[0].min = 1)],
  ['figure without unit', (d) => delete d.events[0].figures[0].unit],
  [
    'figure with nothing reported',
    (d) => (d.events[0].figures[0] = { measure: 'duration', unit: 'hour' }),
  ],
  ['source without url', (d) => delete d.sources[0].url],
  ['source url not http', (d) => (d.sources[0].url = 'ftp://x.org/a')],
  ['registry source without id', (d) => delete d.sources[0].id],
  ['person without name', (d) => delete d.people[0].name],
  ['id with a space', (d) => (d.events[0].id = 'a b')],
  ['updated as a month', (d) => (d.updated = '2025-09')],
  ['format v2', (d) => (d.format = 'parley-chronology/2')],
  ['short title over 32 characters', (d) => (d.events[0].shortTitle = 'x'.repeat(33))],
  ['titleFrom not page or url', (d) => (d.sources[0].titleFrom = 'guess')],
  ['titleFrom without a title', (d) => (d.sources[1].titleFrom = 'url')],
  ['era without a level', (d) => (d.eras = [{ id: 'e', title: 'E', start: '2014' }])],
  ['era with a level 0', (d) => (d.eras = [{ id: 'e', title: 'E', start: '2014', level: 0 }])],
  ['era without a start', (d) => (d.eras = [{ id: 'e', title: 'E', level: 1 }])],
  ['a BCE year with too few digits', (d) => (d.events[0].start = '-44')],
  ['story without steps', (d) => (d.stories = [{ id: 's', title: 'S', steps: [] }])],
  ['story step without a headline', (d) => (d.stories = [storyWith({ event: 'meeting-1' })])],
  ['story step with no event or start', (d) => (d.stories = [storyWith({ headline: 'H' })])],
  [
    'story step with an end but no start',
    (d) => (d.stories = [storyWith({ event: 'meeting-1', end: '2025-03', headline: 'H' })]),
  ],
  [
    'story image without alt text',
    (d) =>
      (d.stories = [
        {
          ...storyWith({ event: 'meeting-1', headline: 'H' }),
          media: { url: 'https://x.org/a.jpg' },
        },
      ]),
  ],
  [
    'story image that is not an http(s) link',
    (d) =>
      (d.stories = [
        {
          ...storyWith({ event: 'meeting-1', headline: 'H' }),
          media: { url: 'data:image/png;base64,AAAA', alt: 'A' },
        },
      ]),
  ],
];

function storyWith(step: Record<string, string>) {
  return { id: 's', title: 'S', steps: [step] };
}

describe('data/chronology.schema.json and the validator agree', () => {
  it.each([
    ['tests/fixtures/minimal.json'],
    ['tests/fixtures/small.json'],
    ['data/chronology.json'],
  ])('both accept %s', (path) => {
    const data = read(path);
    expect(schemaValidate(data), JSON.stringify(schemaValidate.errors)).toBe(true);
    expect(validateChronology(data).ok).toBe(true);
  });

  it('both accept the history fields: new kinds, short titles, title origins and eras', () => {
    const data = structuredClone(small);
    data.events[0].kind = 'ministerial';
    data.events[0].shortTitle = 'Envoy meets host';
    data.events[1].kind = 'advisers-meeting';
    Object.assign(data.sources[1], { title: 'Built from the address', titleFrom: 'url' });
    data.eras = [
      {
        id: 'minsk',
        title: 'Minsk process',
        start: '2014-09-05',
        end: '2022-02-24',
        level: 1,
        summary: 'From the Minsk protocol to the invasion.',
        startNote: 'The Minsk protocol is signed.',
        endNote: 'Russia invades.',
        sources: ['S1'],
      },
    ];
    expect(schemaValidate(data), JSON.stringify(schemaValidate.errors)).toBe(true);
    expect(validateChronology(data).ok).toBe(true);
  });

  it('both accept dates before the common era', () => {
    const data = structuredClone(small);
    data.events[0].start = '-0044-03-15';
    delete data.events[0].end;
    data.events[1].start = '-0753';
    delete data.events[1].end;
    expect(schemaValidate(data), JSON.stringify(schemaValidate.errors)).toBe(true);
    expect(validateChronology(data).ok).toBe(true);
  });

  it('both accept deep-time years (13.8 billion years ago), and both refuse a month with one', () => {
    const data = structuredClone(small);
    data.events[0].start = '-13800000000';
    delete data.events[0].end;
    expect(schemaValidate(data), JSON.stringify(schemaValidate.errors)).toBe(true);
    expect(validateChronology(data).ok).toBe(true);
    data.events[0].start = '-13800000000-01';
    expect(schemaValidate(data)).toBe(false);
    expect(validateChronology(data).ok).toBe(false);
  });

  it('both accept a story with a title step, steps on events and on spans, a view and images', () => {
    const data = structuredClone(small);
    data.stories = [
      {
        id: 'first-round',
        title: 'How the first round came about',
        text: 'Three weeks in February.',
        byline: 'A. Reporter',
        media: { url: 'https://example.org/a.jpg', alt: 'A table', credit: 'Agency', caption: 'C' },
        steps: [
          { event: 'meeting-1', headline: 'The envoy arrives', view: 'group=kind' },
          { start: '2025-03', end: '2025-04', headline: 'A month of calls', text: 'Calls.' },
        ],
      },
    ];
    expect(schemaValidate(data), JSON.stringify(schemaValidate.errors)).toBe(true);
    expect(validateChronology(data).ok).toBe(true);
  });

  it.each(broken)('both refuse: %s', (_name, change) => {
    const data = structuredClone(small);
    change(data);
    expect(schemaValidate(data)).toBe(false);
    expect(validateChronology(data).ok).toBe(false);
  });
});
