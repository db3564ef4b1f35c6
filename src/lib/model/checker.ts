/**
 * The checking kit every validator of untrusted files shares (./validate.ts for chronologies,
 * ./validate-stories.ts for stories): a Checker that counts problems and names where each is,
 * paths written out only when a problem is reported, and the fast walks that find markup,
 * over-long strings and absurd nesting in whatever was parsed.
 */
import { parseDate, type PartialDate } from './dates';

export interface Problem {
  /** Where, in JavaScript path notation: `events[3].location.lat`. Empty for the whole file. */
  path: string;
  message: string;
}

export function describeProblem(problem: Problem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

/** Long strings are how 50 MB of junk hides inside valid JSON; no honest field needs this much. */
export const MAX_STRING_LENGTH = 100_000;
export const MAX_ID_LENGTH = 200;
// Control characters are what we mean to refuse here.
// eslint-disable-next-line no-control-regex
export const ID_PATTERN = /^[^\s\u0000-\u001f<>]+$/;
/** A tag opening: `<b`, `</p`, `<!--`, `<?xml`. "a < b" and "<3" are fine. */
const MARKUP_PATTERN = /<\s*[a-zA-Z!/?]/;
const MAX_DEPTH = 32;

export type Json = unknown;
export type Obj = Record<string, Json>;

const NOT_BLANK = /\S/;

/**
 * Nothing but whitespace; tested without making a trimmed copy of every title, and without the
 * pattern when the first character is a visible ASCII one, as it nearly always is.
 */
export function isBlank(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return false;
  return !NOT_BLANK.test(text);
}

export function isObject(value: Json): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function typeName(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the string ${quote(value)}`;
  return `${typeof value} ${String(value)}`;
}

/** Quote a value for a message, shortened so a hostile string cannot flood the screen. */
export function quote(value: string, max = 40): string {
  const short = value.length > max ? value.slice(0, max) + '…' : value;
  return JSON.stringify(short);
}

/**
 * Where a value is. Written out as text (`events[3].location.lat`) only when a problem is
 * reported there: a file of 100,000 events passes through about a million checks, and making
 * the text of each one's path took a fifth of the time of checking them.
 */
export type Path = string | { readonly parent: Path; readonly key: string | number };

export function at(path: Path, key: string | number): Path {
  return { parent: path, key };
}

export function pathText(path: Path): string {
  if (typeof path === 'string') return path;
  const parent = pathText(path.parent);
  if (typeof path.key === 'number') return `${parent}[${path.key}]`;
  return parent ? `${parent}.${path.key}` : path.key;
}

export class Checker {
  readonly problems: Problem[] = [];
  total = 0;
  constructor(private readonly limit: number) {}

  fail(path: Path, message: string): void {
    this.total++;
    if (this.problems.length < this.limit) this.problems.push({ path: pathText(path), message });
  }

  /** A required or optional string field; returns it when valid. */
  string(obj: Obj, key: string, path: Path, required = false): string | undefined {
    const value = obj[key];
    if (value === undefined) {
      if (required) this.fail(at(path, key), 'is missing');
      return undefined;
    }
    if (typeof value !== 'string') {
      this.fail(at(path, key), `must be text, not ${typeName(value)}`);
      return undefined;
    }
    if (required && isBlank(value)) {
      this.fail(at(path, key), 'is empty');
      return undefined;
    }
    return value;
  }

  number(obj: Obj, key: string, path: Path, min: number, max: number): number | undefined {
    const value = obj[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.fail(at(path, key), `must be a number, not ${typeName(value)}`);
      return undefined;
    }
    if (value < min || value > max) {
      this.fail(at(path, key), `${value} is out of range (${min} to ${max})`);
      return undefined;
    }
    return value;
  }

  boolean(obj: Obj, key: string, path: Path): void {
    const value = obj[key];
    if (value !== undefined && typeof value !== 'boolean') {
      this.fail(at(path, key), `must be true or false, not ${typeName(value)}`);
    }
  }

  oneOf(obj: Obj, key: string, path: Path, allowed: readonly string[]): void {
    const value = this.string(obj, key, path);
    if (value !== undefined && !allowed.includes(value)) {
      this.fail(at(path, key), `${quote(value)} is not one of ${allowed.join(', ')}`);
    }
  }

  array(obj: Obj, key: string, path: Path, required = false): Json[] | undefined {
    const value = obj[key];
    if (value === undefined) {
      if (required) this.fail(at(path, key), 'is missing');
      return undefined;
    }
    if (!Array.isArray(value)) {
      this.fail(at(path, key), `must be a list, not ${typeName(value)}`);
      return undefined;
    }
    return value;
  }

  object(value: Json, path: Path): Obj | undefined {
    if (!isObject(value)) {
      this.fail(path, `must be an object, not ${typeName(value)}`);
      return undefined;
    }
    return value;
  }

  date(obj: Obj, key: string, path: Path, required = false): PartialDate | undefined {
    const text = this.string(obj, key, path, required);
    if (text === undefined) return undefined;
    const parsed = parseDate(text);
    if (!parsed.ok) {
      this.fail(at(path, key), `${quote(text)} ${parsed.reason}`);
      return undefined;
    }
    return parsed.date;
  }

  url(obj: Obj, key: string, path: Path): void {
    const text = this.string(obj, key, path, true);
    if (text === undefined) return;
    let parsed: URL | undefined;
    try {
      parsed = new URL(text);
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
      this.fail(at(path, key), `${quote(text)} is not an http(s) link`);
    }
  }

  stringList(obj: Obj, key: string, path: Path): string[] {
    const list = this.array(obj, key, path);
    if (!list) return [];
    const out: string[] = [];
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (typeof item === 'string') out.push(item);
      else this.fail(at(at(path, key), i), `must be text, not ${typeName(item)}`);
    }
    return out;
  }

  /** Walk every string in the value, known fields and unknown alike, for markup and size. */
  scanStrings(value: Json, path: Path, depth = 0): void {
    if (typeof value === 'string') {
      if (value.length > MAX_STRING_LENGTH) {
        this.fail(
          path,
          `is ${value.length.toLocaleString('en')} characters long; the limit is ${MAX_STRING_LENGTH.toLocaleString('en')}`,
        );
      } else if (value.includes('<') && MARKUP_PATTERN.test(value)) {
        const match = MARKUP_PATTERN.exec(value);
        const snippet = value.slice(match?.index ?? 0, (match?.index ?? 0) + 24);
        this.fail(
          path,
          `contains markup (${quote(snippet, 24)}); Parley shows plain text only, so HTML is refused`,
        );
      }
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    if (depth > MAX_DEPTH) {
      this.fail(path, `is nested more than ${MAX_DEPTH} levels deep`);
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => this.scanStrings(item, at(path, i), depth + 1));
      return;
    }
    for (const [key, item] of Object.entries(value)) {
      if (MARKUP_PATTERN.test(key))
        this.fail(path, `has a field name with markup (${quote(key, 24)})`);
      this.scanStrings(item, at(path, key), depth + 1);
    }
  }
}

export function isSuspect(text: string): boolean {
  return text.length > MAX_STRING_LENGTH || (text.includes('<') && MARKUP_PATTERN.test(text));
}

/**
 * Whether JSON text can hold no string or key with markup: it has no `<`, written as itself or
 * as `\u003c`. Reading the text for that costs a fraction of looking into every string parsed
 * from it.
 */
export function markupFree(text: string): boolean {
  return !text.includes('<') && (!text.includes('\\u') || !ESCAPED_LESS_THAN.test(text));
}
const ESCAPED_LESS_THAN = /\\u003c/i;

/** `hasSuspectString` for a value known to hold no markup: only lengths and nesting are left. */
export function tooLongOrDeep(value: Json, depth: number): boolean {
  if (typeof value === 'string') return value.length > MAX_STRING_LENGTH;
  if (typeof value !== 'object' || value === null) return false;
  if (depth > MAX_DEPTH) return true;
  if (Array.isArray(value)) {
    for (const item of value) if (tooLongOrDeep(item, depth + 1)) return true;
    return false;
  }
  // Keys are refused for markup only (scanStrings), so their length does not matter here.
  for (const key in value) if (tooLongOrDeep((value as Obj)[key], depth + 1)) return true;
  return false;
}

/** True if any string (or key) is too long or holds markup, or nesting is too deep. No paths. */
export function hasSuspectString(value: Json, depth: number): boolean {
  if (typeof value === 'string') return isSuspect(value);
  if (typeof value !== 'object' || value === null) return false;
  if (depth > MAX_DEPTH) return true;
  if (Array.isArray(value)) {
    for (const item of value) if (hasSuspectString(item, depth + 1)) return true;
    return false;
  }
  for (const key in value) {
    if (isSuspect(key) || hasSuspectString((value as Obj)[key], depth + 1)) return true;
  }
  return false;
}

/** Whether `id` can be an event's or an era's id: no spaces, < or >, at most MAX_ID_LENGTH. */
export function isUsableId(id: string): boolean {
  return id.length <= MAX_ID_LENGTH && ID_PATTERN.test(id);
}

export function checkId(check: Checker, obj: Obj, path: Path): string | undefined {
  const id = check.string(obj, 'id', path, true);
  if (id === undefined) return undefined;
  if (!isUsableId(id)) {
    check.fail(
      at(path, 'id'),
      `${quote(id)} is not a usable id (no spaces, at most ${MAX_ID_LENGTH} characters)`,
    );
    return undefined;
  }
  return id;
}

/**
 * checkId, and the id not taken by an earlier item of the same list (`list`, "events"):
 * `firstIndexOf` remembers where each id was first used, so the message names that item.
 */
export function checkUniqueId(
  check: Checker,
  obj: Obj,
  path: Path,
  list: string,
  index: number,
  firstIndexOf: Map<string, number>,
): string | undefined {
  const id = checkId(check, obj, path);
  if (id === undefined) return undefined;
  const first = firstIndexOf.get(id);
  if (first === undefined) firstIndexOf.set(id, index);
  else check.fail(at(path, 'id'), `${quote(id)} is already used by ${list}[${first}]`);
  return id;
}
