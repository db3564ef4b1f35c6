// Random chronologies, filter states and reader's marks for the property tests that hold the
// column store equal to the object-based filters and lanes. The pools are small and overlapping
// on purpose: the same words, names and places recur, accents and case vary, a value can be
// empty or "-" (the filters' "not stated"), and two people share one name.
import fc from 'fast-check';
import type { Filters, UserMarks } from '../filters/filters';
import type { Chronology, ChronologyEvent, Participant, Person } from '../model/types';

const DATES = [
  '2024',
  '2024-05',
  '2024-05-03',
  '2024-05-04',
  '2024-06-30',
  '2024-05-03T10:00Z',
  '2024-05-03T23:30:15+03:00',
  '2025-01',
  '2025-01-31',
];
const WORDS = [
  'Istanbul',
  'İstanbul',
  'Dolmabahçe',
  'talks',
  'TALKS',
  'Ženeva',
  'Київ',
  'peace plan',
  'ne',
  'a',
  '-',
  '',
  'e1',
  'x\u0000y',
];
export const KINDS = ['summit', 'phone-call', 'envoy-meeting', 'other-thing', '-', ''];
export const TRACKS = ['us-russia', 'europe', 'russia-ukraine', 'side', '-', ''];
export const STATUSES = ['confirmed', 'partly', 'unconfirmed', '-'];
export const CITIES = ['Istanbul', 'Geneva', 'Riyadh', '-', ''];
export const COUNTRIES = ['Türkiye', 'Switzerland', 'Saudi Arabia'];
export const PEOPLE: Person[] = [
  { id: 'p1', name: 'Steve Witkoff' },
  { id: 'p2', name: 'Vladimir Putin' },
  // Another person with p1's name: one participant lane, two facet values.
  { id: 'p3', name: 'Steve Witkoff' },
  { id: 'p4', name: 'Зеленський' },
];
/** Registry ids, and plain names the data may give instead ("-" and "Bob" are not registered). */
export const PERSON_KEYS = ['p1', 'p2', 'p3', 'p4', 'Bob', '-', 'Steve Witkoff'];

const option = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const text = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }).map((words) => words.join(' ')),
  fc.string({ maxLength: 6 }),
);

const participant: fc.Arbitrary<string | Participant> = fc.oneof(
  fc.constantFrom(...PERSON_KEYS),
  fc.record({ person: fc.constantFrom(...PERSON_KEYS), role: option(text) }),
);

/** Reported figures: two of one measure may agree or not, a range may be real or a point. */
const figure = fc.record(
  {
    measure: fc.constantFrom('duration', 'count'),
    unit: fc.constant('hour' as const),
    value: fc.constantFrom(2, 3),
    min: fc.constantFrom(2, 3),
    max: fc.constantFrom(3, 4),
  },
  { requiredKeys: ['measure', 'unit'] },
);
/** Tags as data writes them, the empty one and "-" included. */
export const TAGS = ['witkoff-putin', 'overnight', 'Overnight', 'planned', '-', ''];

/** An event but its id (`Omit` would drop every named field of a type with an index signature). */
type GeneratedEvent = Partial<ChronologyEvent> & Pick<ChronologyEvent, 'title' | 'start'>;

const event: fc.Arbitrary<GeneratedEvent> = fc.record(
  {
    title: text,
    start: fc.constantFrom(...DATES),
    end: fc.constantFrom(...DATES),
    approximate: fc.boolean(),
    kind: fc.constantFrom(...KINDS),
    track: fc.constantFrom(...TRACKS),
    status: fc.constantFrom(...STATUSES),
    summary: text,
    statusNote: text,
    tags: fc.array(fc.constantFrom(...TAGS, ...WORDS), { maxLength: 3 }),
    participants: fc.array(participant, { maxLength: 4 }),
    location: fc.record(
      { city: fc.constantFrom(...CITIES), country: fc.constantFrom(...COUNTRIES), venue: text },
      { requiredKeys: [] },
    ),
    notes: fc.array(
      fc.record({ text: fc.oneof(text, fc.constantFrom('The date is disputed.', 'Differs')) }),
      { maxLength: 2 },
    ),
    figures: fc.array(figure, { maxLength: 3 }),
  },
  { requiredKeys: ['title', 'start'] },
) as fc.Arbitrary<GeneratedEvent>;

/** Ids e0, e1, …: the marks below refer to them. */
export const chronology: fc.Arbitrary<Chronology> = fc
  .array(event, { maxLength: 40 })
  .map((events) => ({
    people: PEOPLE,
    events: events.map((e, i): ChronologyEvent => ({ ...e, id: `e${i}` })),
  }));

const QUERY_WORDS = [
  'istanbul',
  'ISTANBUL',
  'dolmabahce',
  'Ženeva',
  'zenev',
  'київ',
  'ne',
  'a',
  '-',
  'e1',
  'witkoff',
  'putin',
  'bob',
  'talk',
  'plan',
  'p1',
  'summit',
  'nothing-here',
  'hannity',
  'hannity',
  'interview',
];

/**
 * Facet values to tick, mostly none: filters combine, so a state with every facet ticked would
 * mostly match nothing and test little. The pools above, plus a value no event has.
 */
const ticked = (values: string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant<string[]>([]) },
    { weight: 2, arbitrary: fc.subarray([...values, 'nowhere'], { minLength: 1 }) },
  );
/** Mostly not set, for the same reason. */
const seldom = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });

export const filters: fc.Arbitrary<Filters> = fc.record({
  kind: ticked(KINDS),
  track: ticked(TRACKS),
  person: ticked(PERSON_KEYS),
  personMatch: fc.constantFrom(undefined, 'all' as const),
  tag: seldom(ticked(TAGS)),
  disagree: seldom(fc.boolean()),
  place: ticked([...CITIES, ...COUNTRIES]),
  status: ticked(STATUSES),
  q: fc.oneof(
    { weight: 2, arbitrary: fc.constant('') },
    fc
      .array(fc.constantFrom(...QUERY_WORDS), { minLength: 1, maxLength: 2 })
      .map((words) => words.join(' ')),
    fc.string({ maxLength: 4 }),
  ),
  after: seldom(fc.constantFrom('2024-05-03', '2024-06-01', '2025-01-31')),
  before: seldom(fc.constantFrom('2024-05-03', '2024-05-31', '2025-01-01')),
  starred: seldom(fc.boolean()),
});

/**
 * "All of" participants, tags and disagreement alone, with values the events have: mixed with
 * every other filter (above) they mostly match nothing, and so test little.
 */
export const findingFilters: fc.Arbitrary<Filters> = fc.record({
  kind: fc.constant([]),
  track: fc.constant([]),
  person: fc.subarray(['p1', 'p2', 'p3', 'Bob', '-'], { minLength: 1, maxLength: 3 }),
  personMatch: fc.constantFrom(undefined, 'all' as const),
  tag: fc.subarray(TAGS),
  disagree: fc.boolean(),
  place: fc.constant([]),
  status: fc.constant([]),
  q: fc.constant(''),
});

/** The reader's notes: often with a word no event has, so that only the note can match it. */
const noteText = fc.oneof(text, fc.constantFrom('Hannity interview', 'HANNITY', 'Ženeva hannity'));
const noteTexts = fc.dictionary(
  fc.constantFrom('e0', 'e1', 'e2', 'e3', 'e5', 'e8'),
  fc.record({ text: noteText }),
  { maxKeys: 4 },
);

export const marks: fc.Arbitrary<UserMarks | undefined> = option(
  fc.record({
    starred: fc
      .subarray(['e0', 'e1', 'e2', 'e3', 'e4', 'e7', 'e9', 'e20'])
      .map((ids) => new Set(ids)),
    notes: noteTexts.map((notes) => new Map(Object.entries(notes))),
  }),
);
