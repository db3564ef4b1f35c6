/**
 * Validates untrusted input against the chronology format v1 (data/chronology.schema.json),
 * plus what JSON Schema cannot say: real calendar dates, unique ids, end not before start,
 * references that resolve, and no markup anywhere.
 *
 * Every problem names where it is and why: `events[12].start: "2025-13-40" is not a date ...`.
 * Nothing is coerced or dropped: a dataset either passes whole or is refused whole.
 */
import {
  at,
  Checker,
  checkId,
  checkUniqueId,
  hasSuspectString,
  isBlank,
  isObject,
  isSuspect,
  markupFree,
  quote,
  tooLongOrDeep,
  type Json,
  type Obj,
  type Path,
  type Problem,
} from './checker';
import type { PartialDate } from './dates';
import { plainEventPasses } from './plain-event';
import { checkStories } from './validate-stories';
import {
  EVENT_KINDS,
  FIGURE_UNITS,
  FORMAT_ID,
  MAX_SHORT_TITLE_LENGTH,
  NOTE_TOPICS,
  STATUSES,
  type Chronology,
} from './types';

export type Validation =
  { ok: true; chronology: Chronology } | { ok: false; problems: Problem[]; total: number };

// What other modules have always imported from here.
export { describeProblem, isUsableId, MAX_STRING_LENGTH, quote, type Problem } from './checker';

export interface ValidateOptions {
  /** How many problems to report in detail; all are counted. */
  maxProblems?: number;
}

export function validateChronology(input: Json, options: ValidateOptions = {}): Validation {
  const check = new Checker(options.maxProblems ?? 20);

  if (Array.isArray(input)) {
    check.fail('', 'the file is a list; a chronology is an object like {"events": [...]}');
    return { ok: false, problems: check.problems, total: check.total };
  }
  const root = check.object(input, '(file)');
  if (!root) return { ok: false, problems: check.problems, total: check.total };

  checkHeader(check, root);
  checkPeople(check, root);
  const sourceIds = checkSourceRegistry(check, root);
  checkEras(check, root, sourceIds);
  const eventIds = checkEvents(check, root, sourceIds);
  checkStories(check, root, eventIds);
  // The path-naming walk is only needed when the fast walk finds something to report.
  if (hasSuspectString(root, 0)) check.scanStrings(root, '');

  if (check.total > 0) return { ok: false, problems: check.problems, total: check.total };
  return { ok: true, chronology: root as Chronology };
}

function checkHeader(check: Checker, root: Obj): void {
  const format = check.string(root, 'format', '');
  if (format !== undefined && !format.startsWith('parley-chronology/1')) {
    check.fail(
      'format',
      `${quote(format)} is not supported; this version of Parley reads ${FORMAT_ID}`,
    );
  }
  check.string(root, 'title', '');
  check.string(root, 'version', '');
  check.string(root, 'description', '');
  const updated = check.date(root, 'updated', '');
  if (updated && updated.precision !== 'day') {
    check.fail('updated', `${quote(updated.text)} must be a full date, YYYY-MM-DD`);
  }
}

function checkPeople(check: Checker, root: Obj): void {
  const ids = new Set<string>();
  const people = check.array(root, 'people', '');
  people?.forEach((item, i) => {
    const path = at('people', i);
    const person = check.object(item, path);
    if (!person) return;
    const id = checkId(check, person, path);
    if (id !== undefined) {
      if (ids.has(id)) check.fail(at(path, 'id'), `${quote(id)} is used by two people`);
      ids.add(id);
    }
    check.string(person, 'name', path, true);
    check.string(person, 'role', path);
    check.string(person, 'side', path);
    check.string(person, 'note', path);
  });
}

function checkSource(check: Checker, source: Obj, path: Path): void {
  check.url(source, 'url', path);
  check.string(source, 'publisher', path);
  check.string(source, 'title', path);
  check.date(source, 'published', path);
  check.oneOf(source, 'publishedFrom', path, ['page', 'url']);
  check.oneOf(source, 'titleFrom', path, ['page', 'url']);
  if (source['titleFrom'] !== undefined && source['title'] === undefined) {
    check.fail(at(path, 'titleFrom'), 'says where the title came from, but there is no title');
  }
  check.oneOf(source, 'reliability', path, ['low']);
  check.string(source, 'note', path);
  if (source['publisher'] === undefined && source['title'] === undefined) {
    check.fail(path, 'needs a publisher or a title, so a reader knows what the link is');
  }
}

function checkSourceRegistry(check: Checker, root: Obj): Set<string> {
  const ids = new Set<string>();
  const sources = check.array(root, 'sources', '');
  sources?.forEach((item, i) => {
    const path = at('sources', i);
    const source = check.object(item, path);
    if (!source) return;
    const id = checkId(check, source, path);
    if (id !== undefined) {
      if (ids.has(id)) check.fail(at(path, 'id'), `${quote(id)} is used by two sources`);
      ids.add(id);
    }
    checkSource(check, source, path);
  });
  return ids;
}

function checkSourceRefs(check: Checker, obj: Obj, path: Path, sourceIds: Set<string>): void {
  const refs = check.stringList(obj, 'sources', path);
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i] as string;
    if (!sourceIds.has(ref)) {
      check.fail(at(at(path, 'sources'), i), `${quote(ref)} is not in the dataset's sources list`);
    }
  }
}

interface EraSpan {
  index: number;
  level: number;
  start: PartialDate;
  end?: PartialDate;
}

/** The deepest era nesting a dataset may use: bands stacked deeper would not fit over the axis. */
const MAX_ERA_LEVEL = 9;

/**
 * Eras: unique ids, real dates, end not before start, sources that resolve, and no two eras of
 * one level overlapping. Touching is allowed: an era may end on the day the next one starts,
 * because a boundary event (an invasion, an inauguration) closes one period and opens the next.
 */
function checkEras(check: Checker, root: Obj, sourceIds: Set<string>): void {
  const eras = check.array(root, 'eras', '');
  if (!eras) return;
  const firstIndexOf = new Map<string, number>();
  const spans: EraSpan[] = [];
  eras.forEach((item, i) => {
    const path = at('eras', i);
    const era = check.object(item, path);
    if (!era) return;
    checkUniqueId(check, era, path, 'eras', i, firstIndexOf);
    check.string(era, 'title', path, true);
    for (const key of ['summary', 'startNote', 'endNote']) check.string(era, key, path);
    const level = check.number(era, 'level', path, 1, MAX_ERA_LEVEL);
    if (era['level'] === undefined) check.fail(at(path, 'level'), 'is missing');
    else if (level !== undefined && !Number.isInteger(level))
      check.fail(at(path, 'level'), `${level} is not a whole number`);
    const start = check.date(era, 'start', path, true);
    const end = check.date(era, 'end', path);
    if (start && end && end.startMs < start.startMs) {
      check.fail(at(path, 'end'), `${quote(end.text)} is before the start ${quote(start.text)}`);
    }
    checkSourceRefs(check, era, path, sourceIds);
    if (start && level !== undefined && Number.isInteger(level))
      spans.push({ index: i, level, start, end });
  });
  checkErasDoNotOverlap(check, spans);
}

function checkErasDoNotOverlap(check: Checker, spans: EraSpan[]): void {
  const sorted = [...spans].sort(
    (a, b) => a.level - b.level || a.start.startMs - b.start.startMs || a.index - b.index,
  );
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1]!;
    const era = sorted[i]!;
    if (before.level !== era.level) continue;
    // An open era runs to today, so nothing of its level can follow it.
    const beforeEnds = before.end?.startMs ?? Number.POSITIVE_INFINITY;
    if (era.start.startMs < beforeEnds) {
      check.fail(
        at(at('eras', era.index), 'start'),
        `${quote(era.start.text)} falls inside eras[${before.index}], ` +
          `which has the same level (${era.level}); eras of one level must not overlap`,
      );
    }
  }
}

/** Checks every event; returns their ids, for the stories that point at them. */
function checkEvents(check: Checker, root: Obj, sourceIds: Set<string>): Map<string, number> {
  const firstIndexOf = new Map<string, number>();
  const events = check.array(root, 'events', '', true);
  if (!events) return firstIndexOf;
  if (events.length === 0) check.fail('events', 'is empty: a chronology needs at least one event');
  events.forEach((item, i) => checkEvent(check, item, i, sourceIds, firstIndexOf));
  return firstIndexOf;
}

/** `events[i]`; `firstIndexOf` holds the ids seen so far, for the duplicate check. */
function checkEvent(
  check: Checker,
  item: Json,
  i: number,
  sourceIds: Set<string>,
  firstIndexOf: Map<string, number>,
): void {
  const path = at('events', i);
  const event = check.object(item, path);
  if (!event) return;
  checkUniqueId(check, event, path, 'events', i, firstIndexOf);
  check.string(event, 'title', path, true);
  const shortTitle = check.string(event, 'shortTitle', path);
  if (shortTitle !== undefined && shortTitle.length > MAX_SHORT_TITLE_LENGTH) {
    check.fail(
      at(path, 'shortTitle'),
      `is ${shortTitle.length} characters long; a short title has at most ${MAX_SHORT_TITLE_LENGTH}`,
    );
  }
  const start = check.date(event, 'start', path, true);
  const end = check.date(event, 'end', path);
  if (start && end && end.startMs < start.startMs) {
    check.fail(at(path, 'end'), `${quote(end.text)} is before the start ${quote(start.text)}`);
  }
  check.boolean(event, 'approximate', path);
  checkTimeZone(check, event, path);
  check.oneOf(event, 'kind', path, EVENT_KINDS);
  check.string(event, 'track', path);
  check.stringList(event, 'tags', path);
  check.string(event, 'summary', path);
  check.oneOf(event, 'status', path, STATUSES);
  check.string(event, 'statusNote', path);
  checkParticipants(check, event, path, sourceIds);
  checkLocation(check, event, path);
  checkFigures(check, event, path, sourceIds);
  checkNotes(check, event, path, sourceIds);
  checkEventSources(check, event, path, sourceIds);
}

/**
 * The same checks as validateChronology, for a file whose events arrive in pieces while it
 * downloads (../io/chronology-stream.ts): each piece is checked as it comes, once the source
 * registry they refer to has come. It only answers "no problem at all": when anything is
 * wrong, or the events came before the sources, `finish` runs validateChronology on the whole,
 * so the problems reported, their order and their count are exactly the usual ones.
 */
export class PiecewiseValidation {
  // One problem is enough to know the whole file must be checked the usual way.
  readonly #check = new Checker(1);
  readonly #firstIndexOf = new Map<string, number>();
  #sourceIds: Set<string> | undefined;
  /** How many events were checked here, in order from the first. */
  #checked = 0;
  readonly #options: ValidateOptions;

  constructor(options: ValidateOptions = {}) {
    this.#options = options;
  }

  /** The file's `sources` member, whole. */
  sources(value: Json): void {
    this.#sourceIds = checkSourceRegistry(this.#check, { sources: value });
    if (hasSuspectString(value, 1)) this.#check.fail('sources', 'suspect');
  }

  /**
   * `items` are events[from], events[from + 1], …; checked now when the sources are known.
   * `text`, the JSON they were parsed from, when given, spares looking into each of their
   * strings for markup when it shows there is none.
   */
  events(items: readonly Json[], from: number, text?: string): void {
    const sourceIds = this.#sourceIds;
    if (!sourceIds || from !== this.#checked || this.#check.total > 0) return;
    const plain = text !== undefined && markupFree(text);
    const suspect = plain ? tooLongOrDeep : hasSuspectString;
    for (let k = 0; k < items.length; k++) {
      const item = items[k];
      // Most events of a big file are plain: one quick pass says so (./plain-event.ts).
      if (plain && plainEventPasses(item, from + k, sourceIds, this.#firstIndexOf)) continue;
      checkEvent(this.#check, item, from + k, sourceIds, this.#firstIndexOf);
      if (suspect(item, 2)) this.#check.fail('events', 'suspect');
    }
    this.#checked += items.length;
  }

  /** The whole file, parsed: the checks not made yet, or all of them if anything was wrong. */
  finish(root: Json): Validation {
    const sourceIds = this.#sourceIds;
    const events = isObject(root) ? root['events'] : undefined;
    const allChecked =
      sourceIds !== undefined &&
      Array.isArray(events) &&
      events.length > 0 &&
      this.#checked === events.length;
    if (!allChecked || this.#check.total > 0 || !isObject(root)) {
      return validateChronology(root, this.#options);
    }
    const check = this.#check;
    checkHeader(check, root);
    checkPeople(check, root);
    checkEras(check, root, sourceIds);
    checkStories(check, root, this.#firstIndexOf);
    for (const key in root) {
      if (key === 'events' || key === 'sources') continue;
      if (isSuspect(key) || hasSuspectString(root[key], 1)) check.fail(key, 'suspect');
    }
    if (check.total > 0) return validateChronology(root, this.#options);
    return { ok: true, chronology: root as Chronology };
  }
}

const validZones = new Map<string, boolean>();
function checkTimeZone(check: Checker, event: Obj, path: Path): void {
  const zone = check.string(event, 'timeZone', path);
  if (zone === undefined) return;
  let valid = validZones.get(zone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      valid = true;
    } catch {
      valid = false;
    }
    validZones.set(zone, valid);
  }
  if (!valid)
    check.fail(
      at(path, 'timeZone'),
      `${quote(zone)} is not a time zone name such as Europe/Moscow`,
    );
}

/**
 * A participant that is not a person id is a plain name: allowed in any dataset. The curated
 * chronology's own tests require every participant to resolve to a person.
 */
function checkParticipants(check: Checker, event: Obj, path: Path, sourceIds: Set<string>): void {
  const list = check.array(event, 'participants', path);
  if (!list) return;
  // Plain loops, not forEach with a closure per event: on a first visit the checks run before V8
  // has optimized them, and every call made per event counts.
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    // Paths are built only where they are needed: 100,000 events name 300,000 participants.
    if (typeof item === 'string') {
      if (isBlank(item)) check.fail(at(at(path, 'participants'), i), 'is empty');
      continue;
    }
    const itemPath = at(at(path, 'participants'), i);
    const participant = check.object(item, itemPath);
    if (!participant) continue;
    check.string(participant, 'person', itemPath, true);
    check.string(participant, 'role', itemPath);
    check.oneOf(participant, 'status', itemPath, STATUSES);
    check.string(participant, 'note', itemPath);
    checkSourceRefs(check, participant, itemPath, sourceIds);
  }
}

const LOCATION_TEXT = ['city', 'region', 'country', 'venue', 'note'] as const;

function checkLocation(check: Checker, event: Obj, path: Path): void {
  if (event['location'] === undefined) return;
  const locationPath = at(path, 'location');
  const location = check.object(event['location'], locationPath);
  if (!location) return;
  for (let k = 0; k < LOCATION_TEXT.length; k++)
    check.string(location, LOCATION_TEXT[k] as string, locationPath);
  check.oneOf(location, 'venueStatus', locationPath, STATUSES);
  check.number(location, 'lat', locationPath, -90, 90);
  check.number(location, 'lon', locationPath, -180, 180);
  if ((location['lat'] === undefined) !== (location['lon'] === undefined)) {
    check.fail(locationPath, 'has only one of lat and lon; give both or neither');
  }
}

function checkFigures(check: Checker, event: Obj, path: Path, sourceIds: Set<string>): void {
  const list = check.array(event, 'figures', path);
  if (!list) return;
  for (let i = 0; i < list.length; i++) {
    const figurePath = at(at(path, 'figures'), i);
    const figure = check.object(list[i], figurePath);
    if (!figure) continue;
    check.string(figure, 'measure', figurePath, true);
    const unit = figure['unit'];
    if (unit === undefined) check.fail(at(figurePath, 'unit'), 'is missing');
    else check.oneOf(figure, 'unit', figurePath, FIGURE_UNITS);
    const value = check.number(figure, 'value', figurePath, 0, Number.MAX_SAFE_INTEGER);
    const min = check.number(figure, 'min', figurePath, 0, Number.MAX_SAFE_INTEGER);
    const max = check.number(figure, 'max', figurePath, 0, Number.MAX_SAFE_INTEGER);
    check.string(figure, 'text', figurePath);
    check.string(figure, 'attribution', figurePath);
    check.string(figure, 'note', figurePath);
    check.boolean(figure, 'approx', figurePath);
    check.boolean(figure, 'preferred', figurePath);
    if (value !== undefined && (min !== undefined || max !== undefined)) {
      check.fail(
        figurePath,
        'has both a value and a range; use value for one figure, min/max for a range',
      );
    }
    if (min !== undefined && max !== undefined && min > max) {
      check.fail(at(figurePath, 'max'), `${max} is below the minimum ${min}`);
    }
    const hasAny =
      figure['value'] !== undefined ||
      figure['min'] !== undefined ||
      figure['max'] !== undefined ||
      figure['text'] !== undefined;
    if (!hasAny) check.fail(figurePath, 'needs a value, a min or max, or the reported text');
    checkSourceRefs(check, figure, figurePath, sourceIds);
  }
}

function checkNotes(check: Checker, event: Obj, path: Path, sourceIds: Set<string>): void {
  const list = check.array(event, 'notes', path);
  if (!list) return;
  for (let i = 0; i < list.length; i++) {
    const notePath = at(at(path, 'notes'), i);
    const note = check.object(list[i], notePath);
    if (!note) continue;
    check.string(note, 'text', notePath, true);
    check.oneOf(note, 'topic', notePath, NOTE_TOPICS);
    checkSourceRefs(check, note, notePath, sourceIds);
  }
}

function checkEventSources(check: Checker, event: Obj, path: Path, sourceIds: Set<string>): void {
  const list = check.array(event, 'sources', path);
  if (!list) return;
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (typeof item === 'string') {
      if (!sourceIds.has(item))
        check.fail(
          at(at(path, 'sources'), i),
          `${quote(item)} is not in the dataset's sources list`,
        );
      continue;
    }
    const sourcePath = at(at(path, 'sources'), i);
    const source = check.object(item, sourcePath);
    if (source) checkSource(check, source, sourcePath);
  }
}
