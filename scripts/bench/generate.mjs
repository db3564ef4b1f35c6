#!/usr/bin/env node
// Seeded synthetic chronologies for the benchmark, in Parley chronology format v1
// (data/README.md). The same seed gives the same file, byte for byte, on every run.
//
//   node scripts/bench/generate.mjs <events> <outfile> [seed]
//
// What a file holds: about 8 years of events (2018–2025) over 6 tracks, all 6 kinds, about a
// quarter ranges of 1–5 days, about 5% dated to the month only, mixed statuses, 2–4
// participants each from a registry of 300 people, a city (with coordinates) from 40 for every
// event but phone calls, one or two source ids from a registry of 2,000 https sources, and a
// short title. Events are lean (about 250 bytes) and sorted by start, as curated files are.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The seed `npm run bench` uses. */
export const DEFAULT_SEED = 20250211;

/** A word that appears in some titles (about 1 in 16): the bench's text-filter query. */
export const SEARCH_WORD = 'ceasefire';

/**
 * mulberry32: a small, fast 32-bit PRNG; good enough for synthetic data and fully determined
 * by its seed.
 * @param {number} seed
 * @returns {() => number} uniform in [0, 1)
 */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY_MS = 86_400_000;
const SPAN_START = Date.UTC(2018, 0, 1);
const SPAN_DAYS = Math.round((Date.UTC(2026, 0, 1) - SPAN_START) / DAY_MS); // 8 years

export const TRACKS = /** @type {const} */ ([
  'us-russia',
  'us-ukraine',
  'russia-ukraine',
  'us-russia-ukraine',
  'europe',
  'other-track',
]);

/** Which sides meet on each track: participants are drawn from these. */
const TRACK_SIDES = {
  'us-russia': ['US', 'RU'],
  'us-ukraine': ['US', 'UA'],
  'russia-ukraine': ['RU', 'UA', 'MED'],
  'us-russia-ukraine': ['US', 'RU', 'UA'],
  europe: ['EU', 'UA', 'RU', 'US'],
  'other-track': ['MED', 'US', 'RU', 'UA', 'EU'],
};
const TRACK_WEIGHTS = [24, 18, 16, 14, 16, 12];

/** Kinds with their weights and the words titles start with. */
const KINDS = /** @type {const} */ ([
  ['envoy-meeting', 20, 'Envoy meeting'],
  ['negotiation-round', 25, 'Talks'],
  ['summit', 5, 'Summit'],
  ['phone-call', 25, 'Call'],
  ['document', 10, 'Draft'],
  ['other', 15, 'Statement'],
]);

const TOPICS = [
  'ceasefire',
  'prisoner exchange',
  'grain corridor',
  'energy strikes',
  'sanctions relief',
  'security guarantees',
  'nuclear plant',
  'humanitarian access',
  'peace framework',
  'territorial questions',
  'maritime safety',
  'troop withdrawal',
  'reconstruction fund',
  'civilian returns',
  'arms control',
  'monitoring mission',
];

/** [city, country, lat, lon]: city centres, rounded. */
const CITIES = /** @type {const} */ ([
  ['Geneva', 'Switzerland', 46.2, 6.14],
  ['Istanbul', 'Turkey', 41.01, 28.98],
  ['Riyadh', 'Saudi Arabia', 24.71, 46.68],
  ['Jeddah', 'Saudi Arabia', 21.49, 39.19],
  ['Abu Dhabi', 'United Arab Emirates', 24.45, 54.38],
  ['Doha', 'Qatar', 25.29, 51.53],
  ['Moscow', 'Russia', 55.76, 37.62],
  ['Saint Petersburg', 'Russia', 59.94, 30.31],
  ['Kyiv', 'Ukraine', 50.45, 30.52],
  ['Lviv', 'Ukraine', 49.84, 24.03],
  ['Washington', 'United States', 38.9, -77.04],
  ['New York', 'United States', 40.71, -74.01],
  ['Miami', 'United States', 25.76, -80.19],
  ['Anchorage', 'United States', 61.22, -149.9],
  ['Helsinki', 'Finland', 60.17, 24.94],
  ['Vienna', 'Austria', 48.21, 16.37],
  ['Berlin', 'Germany', 52.52, 13.4],
  ['Paris', 'France', 48.86, 2.35],
  ['London', 'United Kingdom', 51.51, -0.13],
  ['Brussels', 'Belgium', 50.85, 4.35],
  ['Rome', 'Italy', 41.9, 12.5],
  ['Warsaw', 'Poland', 52.23, 21.01],
  ['Minsk', 'Belarus', 53.9, 27.56],
  ['Budapest', 'Hungary', 47.5, 19.04],
  ['Ankara', 'Turkey', 39.93, 32.86],
  ['Antalya', 'Turkey', 36.9, 30.7],
  ['Muscat', 'Oman', 23.59, 58.41],
  ['Cairo', 'Egypt', 30.04, 31.24],
  ['Beijing', 'China', 39.9, 116.41],
  ['New Delhi', 'India', 28.61, 77.21],
  ['Tokyo', 'Japan', 35.68, 139.69],
  ['Oslo', 'Norway', 59.91, 10.75],
  ['Stockholm', 'Sweden', 59.33, 18.07],
  ['Copenhagen', 'Denmark', 55.68, 12.57],
  ['Madrid', 'Spain', 40.42, -3.7],
  ['Prague', 'Czechia', 50.08, 14.44],
  ['Bratislava', 'Slovakia', 48.15, 17.11],
  ['Chisinau', 'Moldova', 47.01, 28.86],
  ['Baku', 'Azerbaijan', 40.41, 49.87],
  ['Astana', 'Kazakhstan', 51.17, 71.45],
]);

const FIRST_NAMES = [
  'Alex', 'Boris', 'Carla', 'Dmitri', 'Elena', 'Frank', 'Galina', 'Hanna', 'Igor', 'Julia',
  'Kirill', 'Laura', 'Mykola', 'Nadia', 'Oleg', 'Petra', 'Quentin', 'Roman', 'Sofia', 'Taras',
  'Ulla', 'Viktor', 'Wanda', 'Yuri', 'Zoe', 'Andrii', 'Bianca', 'Colin', 'Daria', 'Emil',
]; // prettier-ignore
const LAST_NAMES = [
  'Adler', 'Bondar', 'Carver', 'Danko', 'Ellis', 'Fomin', 'Grant', 'Hale', 'Ivanov', 'Jansen',
  'Kovalenko', 'Lund', 'Moreau', 'Novak', 'Orlov', 'Price', 'Rossi', 'Shevchuk', 'Tanaka', 'Volkov',
]; // prettier-ignore
const STATUSES = ['confirmed', 'partly', 'unconfirmed'];
const STATUS_WEIGHTS = [70, 20, 10];
const SIDES = ['US', 'RU', 'UA', 'EU', 'MED'];
const ROLES = [
  'Special envoy',
  'Foreign minister',
  'Adviser',
  'Negotiator',
  'Ambassador',
  'Deputy minister',
  'Head of delegation',
  'Aide',
];
const PUBLISHERS = [
  'Northern Wire',
  'Capital Ledger',
  'Daily Dispatch',
  'Evening Courier',
  'Harbour Times',
  'Meridian News',
  'Open Record',
  'Plain Report',
  'Signal Post',
  'The Observer Desk',
  'Union Gazette',
  'Wire Service One',
];

/**
 * @typedef {{ id: string, name: string, role: string, side: string }} Person
 * @typedef {{ id: string, publisher: string, title: string, url: string, published: string }} Source
 * @typedef {{ city: string, country: string, lat: number, lon: number }} Place
 * @typedef {{
 *   id: string, title: string, start: string, end?: string, approximate?: boolean,
 *   kind: string, track: string, status: string, participants: string[],
 *   location?: Place, sources: string[]
 * }} BenchEvent
 * @typedef {{
 *   format: string, title: string, version: string, updated: string, description: string,
 *   people: Person[], sources: Source[], events: BenchEvent[]
 * }} BenchChronology
 */

/** @param {number} ms */
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

/**
 * @template T
 * @param {() => number} rng
 * @param {readonly T[]} list
 * @returns {T}
 */
function pick(rng, list) {
  return /** @type {T} */ (list[Math.floor(rng() * list.length)]);
}

/**
 * @param {() => number} rng
 * @param {readonly number[]} weights
 */
function pickWeighted(rng, weights) {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = rng() * total;
  for (let i = 0; i < weights.length; i++) {
    r -= /** @type {number} */ (weights[i]);
    if (r < 0) return i;
  }
  return weights.length - 1;
}

/**
 * @param {() => number} rng
 * @param {number} min
 * @param {number} max inclusive
 */
const intBetween = (rng, min, max) => min + Math.floor(rng() * (max - min + 1));

/** @param {() => number} rng */
function makePeople(rng) {
  /** @type {[string, string][]} */
  const names = [];
  for (const first of FIRST_NAMES) for (const last of LAST_NAMES) names.push([first, last]);
  // Fisher–Yates with the seeded generator, then the first 300 distinct names.
  for (let i = names.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const swap = /** @type {[string, string]} */ (names[i]);
    names[i] = /** @type {[string, string]} */ (names[j]);
    names[j] = swap;
  }
  /** @type {Person[]} */
  const people = [];
  for (let i = 0; i < 300; i++) {
    const [first, last] = /** @type {[string, string]} */ (names[i]);
    people.push({
      id: `p${String(i + 1).padStart(3, '0')}`,
      name: `${first} ${last}`,
      role: pick(rng, ROLES),
      side: /** @type {string} */ (SIDES[i % SIDES.length]),
    });
  }
  return people;
}

/** @param {() => number} rng */
function makeSources(rng) {
  /** @type {Source[]} */
  const sources = [];
  for (let i = 1; i <= 2000; i++) {
    const published = isoDay(SPAN_START + Math.floor(rng() * SPAN_DAYS) * DAY_MS);
    const publisher = pick(rng, PUBLISHERS);
    const host = publisher.toLowerCase().replace(/[^a-z]+/g, '');
    sources.push({
      id: `S${i}`,
      publisher,
      title: `Report on ${pick(rng, TOPICS)}`,
      url: `https://${host}.example.org/${published.replaceAll('-', '/')}/story-${i}`,
      published,
    });
  }
  return sources;
}

/**
 * A synthetic chronology of `count` events.
 * @param {number} count
 * @param {number} [seed]
 * @returns {BenchChronology}
 */
export function generateChronology(count, seed = DEFAULT_SEED) {
  if (!Number.isInteger(count) || count < 1) throw new Error(`bad event count: ${count}`);
  const rng = mulberry32(seed);
  const people = makePeople(rng);
  const sources = makeSources(rng);

  /** @type {Record<string, Person[]>} */
  const bySide = {};
  for (const person of people) (bySide[person.side] ??= []).push(person);

  // Real talks cluster around crises: 40% of events fall near one of 60 hot spots.
  const hotSpots = Array.from({ length: 60 }, () => Math.floor(rng() * SPAN_DAYS));

  /** @type {{ day: number, event: Omit<BenchEvent, 'id'> }[]} */
  const drafts = [];
  for (let i = 0; i < count; i++) {
    let day;
    if (rng() < 0.4) {
      const spread = (rng() + rng() + rng() - 1.5) * 40; // about ±60 days, peaked
      day = Math.round(pick(rng, hotSpots) + spread);
      day = Math.min(SPAN_DAYS - 1, Math.max(0, day));
    } else {
      day = Math.floor(rng() * SPAN_DAYS);
    }
    const trackIndex = pickWeighted(rng, TRACK_WEIGHTS);
    const track = /** @type {string} */ (TRACKS[trackIndex]);
    const [kind, , label] = /** @type {typeof KINDS[number]} */ (
      KINDS[
        pickWeighted(
          rng,
          KINDS.map((k) => k[1]),
        )
      ]
    );
    const topic = pick(rng, TOPICS);
    const city = pick(rng, CITIES);
    const isCall = kind === 'phone-call';

    const startMs = SPAN_START + day * DAY_MS;
    const precision = rng();
    /** @type {Omit<BenchEvent, 'id'>} */
    const event = {
      title: isCall ? `${label} on ${topic}` : `${label} on ${topic} in ${city[0]}`,
      start: precision < 0.05 ? isoDay(startMs).slice(0, 7) : isoDay(startMs),
      kind,
      track,
      status: /** @type {string} */ (STATUSES[pickWeighted(rng, STATUS_WEIGHTS)]),
      participants: [],
      sources: [],
    };
    // About a quarter are ranges of 1–5 days (never for month-precision or calls).
    if (precision >= 0.05 && !isCall && rng() < 0.35) {
      event.end = isoDay(startMs + intBetween(rng, 1, 5) * DAY_MS);
    } else if (precision >= 0.05 && rng() < 0.03) {
      event.approximate = true;
    }

    const sides = TRACK_SIDES[/** @type {keyof typeof TRACK_SIDES} */ (track)];
    const wanted = intBetween(rng, 2, 4);
    const chosen = new Set();
    for (let tries = 0; chosen.size < wanted && tries < 20; tries++) {
      const pool = /** @type {Person[]} */ (bySide[pick(rng, sides)]);
      chosen.add(pick(rng, pool).id);
    }
    event.participants = [...chosen];

    if (!isCall) event.location = { city: city[0], country: city[1], lat: city[2], lon: city[3] };
    const first = intBetween(rng, 1, sources.length);
    event.sources = [`S${first}`];
    if (rng() < 0.3) event.sources.push(`S${(first % sources.length) + 1}`);
    drafts.push({ day, event });
  }

  drafts.sort((a, b) => a.day - b.day);
  const events = drafts.map(({ event }, i) => ({
    id: `e${String(i + 1).padStart(6, '0')}`,
    ...event,
  }));

  return {
    format: 'parley-chronology/1',
    title: `Synthetic benchmark chronology (${count.toLocaleString('en')} events)`,
    version: '1.0.0',
    updated: '2025-12-31',
    description:
      'Generated by scripts/bench/generate.mjs for the benchmark. Invented events, people and sources.',
    people,
    sources,
    events,
  };
}

/**
 * Writes the chronology as compact JSON and returns its size in bytes.
 * @param {number} count
 * @param {string} file
 * @param {number} [seed]
 */
export function writeChronology(count, file, seed = DEFAULT_SEED) {
  const text = JSON.stringify(generateChronology(count, seed));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [countArg, outArg, seedArg] = process.argv.slice(2);
  const count = Number(countArg);
  if (!outArg || !Number.isInteger(count) || count < 1) {
    console.error('usage: node scripts/bench/generate.mjs <events> <outfile> [seed]');
    process.exit(2);
  }
  const seed = seedArg === undefined ? DEFAULT_SEED : Number(seedArg);
  const bytes = writeChronology(count, outArg, seed);
  console.log(`wrote ${outArg}: ${count} events, ${(bytes / 1e6).toFixed(1)} MB (seed ${seed})`);
}
