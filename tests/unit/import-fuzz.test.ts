// Every importer against thousands of generated and mutated files: whatever comes in, the
// preview never throws, and it is all or nothing: either a chronology that passes the validator
// with no problems, or no chronology and at least one problem that says where.
//
// Runs: RUNS per generator below (seeded, so a failure reproduces), about 12,000 files in all;
// the whole file takes a few seconds.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INTERNAL_ERROR, MAX_LISTED_PROBLEMS, previewImport } from '../../src/lib/import';
import { validateChronology } from '../../src/lib/model/validate';

const RUNS = 2000;
const SEED = 20250211;
const settings = { numRuns: RUNS, seed: SEED };

const sample = (path: string) => readFileSync(path, 'utf8');
const SAMPLES = [
  ['talks.parley.csv', sample('tests/fixtures/import/talks.parley.csv')],
  ['timelinejs-sheet.csv', sample('tests/fixtures/import/timelinejs-sheet.csv')],
  ['timelinejs.json', sample('tests/fixtures/import/timelinejs.json')],
  ['vis-items.json', sample('tests/fixtures/import/vis-items.json')],
  ['small.json', sample('tests/fixtures/small.json')],
  ['ged.csv', sample('tests/fixtures/import/conflict/ucdp-ged.csv')],
  ['acled.csv', sample('tests/fixtures/import/conflict/acled.csv')],
  ['acled-old.csv', sample('tests/fixtures/import/conflict/acled-old-upper-case.csv')],
] as const;

/** Formats that allow HTML: it is converted to text, so markup is never a reason to refuse. */
const HTML_FORMATS = new Set(['timelinejs-json', 'timelinejs-csv', 'vis-items']);
/** How many generated files were importable, per generator: the test must reach both branches. */
const imported = new Map<string, number>();

/** The property every preview must have. */
function holds(fileName: string, text: string, generator = 'any'): void {
  const preview = previewImport(fileName, text);
  for (const problem of preview.problems) {
    expect(problem.message).not.toContain(INTERNAL_ERROR);
    expect(problem.where.trim()).not.toBe('');
    // Ids are names, not text: one holding a tag is refused, not converted.
    if (HTML_FORMATS.has(preview.format ?? '') && !/id$/.test(problem.where)) {
      expect(problem.message).not.toContain('markup');
    }
  }
  if (preview.chronology) imported.set(generator, (imported.get(generator) ?? 0) + 1);
  expect(preview.problems.length).toBeLessThanOrEqual(MAX_LISTED_PROBLEMS);
  if (preview.chronology) {
    expect(preview.problems).toEqual([]);
    const again = validateChronology(JSON.parse(JSON.stringify(preview.chronology)));
    expect(again.ok ? [] : again.problems).toEqual([]);
  } else {
    expect(preview.problems.length).toBeGreaterThan(0);
  }
}

/** Cells that break things: bad dates, markup, formulas, quotes, separators, odd numbers. */
const trickyCell = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '2025',
    '2025-08',
    '2025-08-06',
    '2025-02-30',
    '2025-13',
    '0000',
    '-500',
    '2025.0',
    '2025-12-02T20:00+03:00',
    '2025-12-02T20:00',
    '17:00',
    '5 PM',
    'Aug',
    'title',
    'era',
    'TITLE',
    '<script>alert(1)</script>',
    '<b>bold</b>',
    '&lt;b&gt;',
    '<a href="https://e.org/">e</a>',
    '<a href="javascript:x">x</a>',
    '<!--',
    '< b',
    '=HYPERLINK("x")',
    "'=1",
    '"',
    '""',
    'a,b',
    'a;b; ;c',
    '\n',
    '\r\n',
    'https://example.org/a',
    'ftp://x',
    'NaN',
    '1e400',
    '-91',
    '55.7',
    'x'.repeat(300),
    'true',
    'maybe',
    'Europe/Moscow',
    'Mars/Base',
    'envoy-meeting',
    'meeting',
    // Media as TimelineJS files hold it: images, pages, embeds, and worse.
    'https://x.org/a.jpg',
    'https://commons.wikimedia.org/wiki/File:A_b.jpg',
    '<iframe src="https://x.org/embed"></iframe>',
    '<blockquote>quoted</blockquote>',
    'javascript:alert(1)//.png',
    'data:image/png;base64,AAAA',
    '/relative/photo.jpg',
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

const COLUMNS = [
  'id',
  'title',
  'start',
  'end',
  'kind',
  'track',
  'status',
  'tags',
  'participants',
  'city',
  'lat',
  'lon',
  'time_zone',
  'summary',
  'source_1_url',
  'source_1_title',
  'source_2_publisher',
  'source_10_url',
  'note',
  'starred',
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Caption',
  'Media Credit',
  'Alt Text',
  'Type',
  'Group',
  'Background',
  'junk',
  '',
  'TITLE',
  ' start ',
];

/** A CSV text from a header and rows of tricky cells, quoted as a spreadsheet would. */
const randomCsv = fc
  .tuple(
    fc.array(fc.constantFrom(...COLUMNS), { minLength: 1, maxLength: 10 }),
    fc.array(fc.array(trickyCell, { maxLength: 11 }), { maxLength: 6 }),
    fc.constantFrom('\n', '\r\n'),
    fc.boolean(),
  )
  .map(([header, rows, newline, alwaysQuote]) =>
    [header, ...rows]
      .map((cells) =>
        cells
          .map((cell) =>
            alwaysQuote || /[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell,
          )
          .join(','),
      )
      .join(newline),
  );

/** A date part as TimelineJS or vis might hold it, good or bad. */
const datePart = fc.oneof(
  fc.integer({ min: -3000, max: 12000 }),
  fc.constantFrom(undefined, null, '', '8', '08', 'Aug', '2025', 2025, 1.5, true),
  fc.string({ maxLength: 5 }),
);
const dateObject = fc.record(
  {
    year: datePart,
    month: datePart,
    day: datePart,
    hour: datePart,
    minute: datePart,
    display_date: trickyCell,
  },
  { requiredKeys: [] },
);
const timelineJson = fc
  .record(
    {
      title: fc.oneof(
        fc.constant(undefined),
        fc.record(
          {
            text: fc.record({ headline: trickyCell, text: trickyCell }),
            media: fc.record({ url: trickyCell, caption: trickyCell, credit: trickyCell }),
          },
          { requiredKeys: ['text'] },
        ),
      ),
      events: fc.array(
        fc.oneof(
          fc.record(
            {
              start_date: fc.oneof(dateObject, fc.jsonValue()),
              end_date: fc.oneof(dateObject, fc.constant(null)),
              text: fc.record({ headline: trickyCell, text: trickyCell }, { requiredKeys: [] }),
              group: fc.oneof(trickyCell, fc.integer()),
              unique_id: fc.oneof(trickyCell, fc.integer()),
              media: fc.record(
                { url: trickyCell, caption: trickyCell, credit: trickyCell, alt: trickyCell },
                { requiredKeys: [] },
              ),
              display_date: trickyCell,
            },
            { requiredKeys: ['start_date'] },
          ),
          fc.jsonValue(),
        ),
        { maxLength: 6 },
      ),
      eras: fc.array(fc.jsonValue(), { maxLength: 2 }),
    },
    { requiredKeys: ['events'] },
  )
  .map((value) => JSON.stringify(value));

const visStart = fc.oneof(
  fc.constantFrom(
    '2025-02-11',
    '2025',
    '2025-08',
    '2025-12-02T17:00:00+03:00',
    '2025-12-02 17:00',
    '2025-12-02T17:00:00.000Z',
    'soon',
  ),
  fc.integer({ min: -1e15, max: 1e15 }),
  fc.double(),
  fc.jsonValue(),
);
const visJson = fc
  .tuple(
    fc.array(
      fc.oneof(
        fc.record(
          {
            id: fc.oneof(fc.integer({ min: 0, max: 5 }), trickyCell),
            content: trickyCell,
            start: visStart,
            end: visStart,
            group: fc.oneof(fc.integer({ min: 0, max: 3 }), trickyCell),
            title: trickyCell,
            type: fc.constantFrom('box', 'point', 'range', 'background', 42),
          },
          { requiredKeys: ['start'] },
        ),
        fc.jsonValue(),
      ),
      { maxLength: 6 },
    ),
    fc.option(
      fc.array(
        fc.record({
          id: fc.oneof(fc.integer({ min: 0, max: 3 }), trickyCell),
          content: trickyCell,
        }),
        { maxLength: 3 },
      ),
    ),
  )
  .map(([items, groups]) => JSON.stringify(groups === null ? items : { items, groups }));

const parleyJson = fc
  .record({
    title: fc.oneof(trickyCell, fc.jsonValue()),
    events: fc.array(
      fc.record(
        {
          id: fc.oneof(trickyCell, fc.integer()),
          title: trickyCell,
          start: fc.oneof(trickyCell, fc.jsonValue()),
          end: trickyCell,
          location: fc.record(
            { lat: fc.oneof(fc.double(), trickyCell), lon: fc.double() },
            { requiredKeys: [] },
          ),
          sources: fc.array(
            fc.oneof(trickyCell, fc.record({ url: trickyCell, title: trickyCell })),
          ),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 5 },
    ),
    stories: fc.option(
      fc.array(
        fc.record(
          {
            id: trickyCell,
            title: trickyCell,
            media: fc.record({ url: trickyCell, alt: trickyCell }, { requiredKeys: [] }),
            steps: fc.oneof(
              fc.array(
                fc.record(
                  {
                    event: trickyCell,
                    start: trickyCell,
                    end: trickyCell,
                    headline: trickyCell,
                    text: trickyCell,
                    view: trickyCell,
                    media: fc.record({ url: trickyCell, alt: trickyCell }, { requiredKeys: [] }),
                  },
                  { requiredKeys: [] },
                ),
                { maxLength: 3 },
              ),
              fc.jsonValue(),
            ),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 2 },
      ),
      { nil: undefined },
    ),
  })
  .map((value) => JSON.stringify(value));

/** A sample file with a few cuts, insertions and repeats, the way files get damaged. */
const mutatedSample = fc
  .tuple(
    fc.constantFrom(...SAMPLES),
    fc.array(
      fc.tuple(
        fc.constantFrom('cut', 'insert', 'repeat'),
        fc.nat(),
        fc.nat({ max: 40 }),
        trickyCell,
      ),
      { minLength: 1, maxLength: 4 },
    ),
  )
  .map(([[name, text], edits]) => {
    let out = text;
    for (const [kind, at, length, insert] of edits) {
      const i = at % (out.length + 1);
      if (kind === 'cut') out = out.slice(0, i) + out.slice(i + length);
      else if (kind === 'insert') out = out.slice(0, i) + insert + out.slice(i);
      else out = out.slice(0, i) + out.slice(i, i + length) + out.slice(i);
    }
    return [name, out] as const;
  });

const fileName = fc.oneof(
  fc.constantFrom('a.csv', 'b.json', 'c.txt', 'noext', '<b>evil</b>.csv', '.json', ''),
  fc.string({ maxLength: 20 }),
);

/** Conflict-event exports: their real headers, rows of tricky cells and dates in every form. */
const GED_HEADER = sample('tests/fixtures/import/conflict/ucdp-ged.csv')
  .split(/\r?\n/)[0]!
  .replace(/^\uFEFF/, '');
const ACLED_HEADER = sample('tests/fixtures/import/conflict/acled.csv').split(/\r?\n/)[0]!;
const conflictDate = fc.oneof(
  fc.constantFrom(
    '2023-02-16',
    '28 December 2022',
    '9-May-20',
    '14/08/2020 00:00:00',
    '1/22/2014 12:00:00 AM',
    '01/02/2020',
    'NA',
    '2023-02-30',
  ),
  fc
    .tuple(
      fc.integer({ min: 0, max: 40 }),
      fc.integer({ min: 0, max: 40 }),
      fc.integer({ min: 0, max: 2100 }),
    )
    .map(([a, b, y]) => `${a}/${b}/${y}`),
);
const conflictCsv = fc
  .tuple(
    fc.constantFrom(GED_HEADER, ACLED_HEADER),
    fc.array(
      fc.array(fc.oneof(trickyCell, conflictDate, fc.constantFrom('1', '2', '3', '5', '12')), {
        maxLength: 52,
      }),
      { maxLength: 6 },
    ),
  )
  .map(([header, rows]) => {
    const columns = header.split(',');
    const quote = (cell: string) =>
      /[",\n\r]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
    // Ids and dates where the layout wants them, so some rows get through.
    const lines = rows.map((cells, r) =>
      columns
        .map((name, c) => {
          if ((name === 'id' || name === 'event_id_cnty') && c % 2 === 0) return `X${r}`;
          return quote(cells[c % Math.max(1, cells.length)] ?? '');
        })
        .join(','),
    );
    return [header, ...lines].join('\n');
  });

describe('import fuzzing: never throws, all or nothing, problems say where', () => {
  it('random UCDP GED and ACLED files', () => {
    fc.assert(
      fc.property(conflictCsv, (text) => holds('conflict.csv', text, 'conflict')),
      settings,
    );
    // Both branches are reached: some generated files import, most are refused.
    expect(imported.get('conflict') ?? 0).toBeGreaterThan(0);
    expect(imported.get('conflict') ?? 0).toBeLessThan(RUNS);
  });

  it('random text under random names', () => {
    fc.assert(
      fc.property(fileName, fc.string({ maxLength: 200 }), (name, text) => holds(name, text)),
      settings,
    );
  });

  it('damaged sample files', () => {
    fc.assert(
      fc.property(mutatedSample, ([name, text]) => holds(name, text)),
      settings,
    );
  });

  it('random CSV with Parley and TimelineJS columns', () => {
    fc.assert(
      fc.property(randomCsv, (text) => holds('random.csv', text)),
      settings,
    );
  });

  it('random TimelineJS JSON', () => {
    fc.assert(
      fc.property(timelineJson, (text) => holds('t.json', text)),
      settings,
    );
  });

  it('random vis-timeline items', () => {
    fc.assert(
      fc.property(visJson, (text) => holds('v.json', text)),
      settings,
    );
  });

  it('random Parley JSON and any JSON value', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          parleyJson,
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => holds('p.json', text),
      ),
      settings,
    );
  });
});
