#!/usr/bin/env node
// A seeded, invented ACLED-layout export for the conflict benchmark: the current 31-column
// layout, one row per event, written as ACLED's CSV is (dates as "16 February 2023", notes in
// quotes with commas and doubled quotes, CRLF line ends). The same seed gives the same bytes.
// Invented events only — ACLED's licence forbids redistributing its data — with its shape:
// about 4 years of events (2022–2025), newest first as ACLED exports are sorted; 6 event types
// with their sub-types; about 8% known to the week and 2% to the month; 24 regions; 200 actors;
// fatalities mostly 0, a few high; notes of 130–400 characters (ACLED's are 250 on average).
// A million rows are about 500 MB.
//
//   node scripts/bench/generate-acled.mjs <rows> <outfile> [seed]
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SEED, mulberry32 } from './generate.mjs';

export const ACLED_HEADER = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
];

const TYPES = [
  [
    'Explosions/Remote violence',
    ['Shelling/artillery/missile attack', 'Air/drone strike', 'Remote explosive/landmine/IED'],
  ],
  [
    'Battles',
    ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  ],
  ['Violence against civilians', ['Attack', 'Abduction/forced disappearance']],
  ['Strategic developments', ['Disrupted weapons use', 'Looting/property destruction', 'Other']],
  ['Protests', ['Peaceful protest', 'Protest with intervention']],
  ['Riots', ['Violent demonstration', 'Mob violence']],
];
const WEIGHTS = [0.55, 0.2, 0.05, 0.12, 0.06, 0.02];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WORDS = (
  'on morning evening night forces shelled fired struck reported positions near village town ' +
  'settlement district area drone artillery missile rocket strike residential buildings damaged ' +
  'injured civilians killed according to regional administration ministry said sources local ' +
  'frontline advance repelled attack units claimed infrastructure energy facility outskirts ' +
  'the of and in with by from at were was two three several'
).split(' ');
const SOURCES = [
  'Ukrinform',
  'Ministry of Defence of Ukraine',
  'Suspilne',
  'RIA Novosti',
  'TASS',
  'Kyiv Independent',
  'Regional Military Administration',
  'Telegram',
];

/**
 * Writes `rows` rows to `file`; resolves to the bytes written.
 * @param {number} rows
 * @param {string} file
 * @param {number} [seed]
 * @returns {Promise<number>}
 */
export function writeAcledCsv(rows, file, seed = DEFAULT_SEED) {
  mkdirSync(dirname(file), { recursive: true });
  const random = mulberry32(seed);
  const pick = (/** @type {readonly any[]} */ list) => list[Math.floor(random() * list.length)];
  const regions = Array.from({ length: 24 }, (_, i) => `Oblast ${String.fromCharCode(65 + i)}`);
  const actors = Array.from({ length: 200 }, (_, i) =>
    i < 4
      ? [
          'Military Forces of Russia (2000-)',
          'Military Forces of Ukraine (2019-)',
          'Civilians (Ukraine)',
          'Unidentified Armed Group (Ukraine)',
        ][i]
      : `Invented Unit ${i} (test)`,
  );
  const out = createWriteStream(file);
  let bytes = 0;
  const end = Date.UTC(2025, 11, 31);
  const days = 4 * 365;
  let i = 0;
  return new Promise((resolvePromise, reject) => {
    out.on('error', reject);
    const write = () => {
      let ok = true;
      if (i === 0) {
        const line = ACLED_HEADER.join(',') + '\r\n';
        bytes += Buffer.byteLength(line);
        ok = out.write(line);
      }
      while (i < rows && ok) {
        const lines = [];
        for (let k = 0; k < 1000 && i < rows; k++, i++) {
          // Newest first, as ACLED sorts its exports.
          const day = new Date(end - Math.floor((i / rows) * days) * 86_400_000);
          const roll = random();
          let t = 0;
          let acc = /** @type {number} */ (WEIGHTS[0]);
          while (roll > acc && t < WEIGHTS.length - 1) acc += /** @type {number} */ (WEIGHTS[++t]);
          const [type, subs] = /** @type {[string, string[]]} */ (TYPES[t]);
          const precision = random() < 0.9 ? 1 : random() < 0.8 ? 2 : 3;
          const dead = random() < 0.8 ? 0 : Math.floor(random() ** 3 * 60);
          const words = 15 + Math.floor(random() * 35);
          const note = [];
          for (let w = 0; w < words; w++) note.push(pick(WORDS));
          const region = pick(regions);
          const cells = [
            `UKR${rows - i}`,
            `${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`,
            String(day.getUTCFullYear()),
            String(precision),
            t >= 4 ? 'Demonstrations' : 'Political violence',
            type,
            pick(subs),
            pick(actors),
            '',
            '8',
            random() < 0.7 ? pick(actors) : '',
            '',
            '1',
            '18',
            '',
            '804',
            'Europe',
            'Ukraine',
            region,
            `${region} Raion ${1 + Math.floor(random() * 9)}`,
            '',
            `Settlement ${Math.floor(random() * 5000)}`,
            (44 + random() * 8).toFixed(4),
            (22 + random() * 18).toFixed(4),
            String(1 + Math.floor(random() * 3)),
            pick(SOURCES),
            'National',
            `"On ${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}, ${note.join(' ')}, ""as reported"". [size=no report]"`,
            String(dead),
            '',
            String(1700000000 + (rows - i)),
          ];
          lines.push(cells.join(','));
        }
        const chunk = lines.join('\r\n') + '\r\n';
        bytes += Buffer.byteLength(chunk);
        ok = out.write(chunk);
      }
      if (i < rows) out.once('drain', write);
      else out.end(() => resolvePromise(bytes));
    };
    write();
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [rows, file, seed] = process.argv.slice(2);
  if (!rows || !file) {
    console.error('usage: node scripts/bench/generate-acled.mjs <rows> <outfile> [seed]');
    process.exit(2);
  }
  const bytes = await writeAcledCsv(Number(rows), resolve(file), seed ? Number(seed) : undefined);
  console.log(`${rows} rows, ${(bytes / 2 ** 20).toFixed(1)} MB: ${file}`);
}
