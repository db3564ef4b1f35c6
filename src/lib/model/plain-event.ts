/**
 * A quick yes for the plain events that make up nearly all of a big file, before the full check
 * (./validate.ts, checkEvent) is asked. One pass over the event's own fields, each read once by
 * its name, where the full check asks for every field through the Checker's general methods and
 * then walks the event again for long strings and deep nesting. On a first visit, with V8 not
 * warmed up yet, 100,000 events took 181–248 ms to validate in the page; with this, 117–123 ms
 * (CPU profiles of three loads each).
 *
 * It only ever says "passes" or "not sure": any field it does not know, any value it would have
 * to explain (a time zone, figures, notes, a participant or a source written out as an object,
 * a problem of any kind) sends the event to the full check, which names the problem and where.
 * So a wrong answer here can only be a yes the full check would have refused; the property
 * tests in plain-event.test.ts look for one among events damaged field by field.
 */
import { isBlank, isObject, isUsableId, MAX_STRING_LENGTH, type Json } from './checker';
import { parseDate } from './dates';
import { EVENT_KINDS, MAX_SHORT_TITLE_LENGTH, STATUSES } from './types';

/**
 * Whether `item`, events[index], passes every check of checkEvent and of the length and
 * nesting walk (tooLongOrDeep), its id not used before. When it does, its id is recorded in
 * `firstIndexOf`, as the full check would; when not sure, nothing is recorded.
 */
export function plainEventPasses(
  item: Json,
  index: number,
  sourceIds: ReadonlySet<string>,
  firstIndexOf: Map<string, number>,
): boolean {
  if (!isObject(item)) return false;
  const event = item;
  let id: string | undefined;
  let start: string | undefined;
  let end: string | undefined;
  let titled = false;
  for (const key in event) {
    const value = event[key];
    switch (key) {
      case 'id':
        if (typeof value !== 'string') return false;
        id = value;
        break;
      case 'title':
        if (!isText(value) || isBlank(value)) return false;
        titled = true;
        break;
      case 'shortTitle':
        if (typeof value !== 'string' || value.length > MAX_SHORT_TITLE_LENGTH) return false;
        break;
      case 'start':
        if (!isText(value)) return false;
        start = value;
        break;
      case 'end':
        if (!isText(value)) return false;
        end = value;
        break;
      case 'approximate':
        if (typeof value !== 'boolean') return false;
        break;
      case 'kind':
        if (!isOneOf(value, EVENT_KINDS)) return false;
        break;
      case 'status':
        if (!isOneOf(value, STATUSES)) return false;
        break;
      case 'track':
      case 'summary':
      case 'statusNote':
        if (!isText(value)) return false;
        break;
      case 'tags':
        if (!isTextList(value, false)) return false;
        break;
      case 'participants':
        if (!isTextList(value, true)) return false;
        break;
      case 'sources':
        if (!areKnownSources(value, sourceIds)) return false;
        break;
      case 'location':
        if (!isPlainLocation(value)) return false;
        break;
      default:
        return false;
    }
  }
  if (id === undefined || !titled || start === undefined) return false;
  if (!isUsableId(id) || firstIndexOf.has(id)) return false;
  const from = parseDate(start);
  if (!from.ok) return false;
  if (end !== undefined) {
    const to = parseDate(end);
    if (!to.ok || to.date.startMs < from.date.startMs) return false;
  }
  firstIndexOf.set(id, index);
  return true;
}

/** A string no longer than any string may be. */
function isText(value: Json): value is string {
  return typeof value === 'string' && value.length <= MAX_STRING_LENGTH;
}

function isOneOf(value: Json, allowed: readonly string[]): boolean {
  return typeof value === 'string' && allowed.includes(value);
}

/** A list of strings; `filled`: none of them blank (participants named in plain text). */
function isTextList(value: Json, filled: boolean): boolean {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const item: Json = value[i];
    if (!isText(item) || (filled && isBlank(item))) return false;
  }
  return true;
}

/** Source ids, every one in the dataset's list (a source written out in full is not plain). */
function areKnownSources(value: Json, sourceIds: ReadonlySet<string>): boolean {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const item: Json = value[i];
    if (typeof item !== 'string' || !sourceIds.has(item)) return false;
  }
  return true;
}

/** A location of text fields and, both or neither, a latitude and a longitude in range. */
function isPlainLocation(value: Json): boolean {
  if (!isObject(value)) return false;
  const location = value;
  let lat = false;
  let lon = false;
  for (const key in location) {
    const field = location[key];
    switch (key) {
      case 'city':
      case 'region':
      case 'country':
      case 'venue':
      case 'note':
        if (!isText(field)) return false;
        break;
      case 'venueStatus':
        if (!isOneOf(field, STATUSES)) return false;
        break;
      case 'lat':
        if (!isNumberIn(field, -90, 90)) return false;
        lat = true;
        break;
      case 'lon':
        if (!isNumberIn(field, -180, 180)) return false;
        lon = true;
        break;
      default:
        return false;
    }
  }
  return lat === lon;
}

function isNumberIn(value: Json, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}
