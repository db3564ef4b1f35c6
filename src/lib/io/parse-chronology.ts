/**
 * Text → validated chronology, or a LoadError that names the first problems and, for a syntax
 * error, where it is. Pure. Downloads parse piece by piece instead (./download-chronology.ts);
 * they load this module only for a file the pieces could not read, so the first load does not
 * carry what only a broken file needs.
 */
import type { Chronology } from '../model/types';
import { validateChronology } from '../model/validate';
import { LoadError } from './fetch-text';
import { validOrThrow } from './valid-chronology';

/** Where a JSON syntax error is, as "line L, column C", from the character offset. */
export function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

/**
 * The engines' messages for a text that stops before its JSON is complete, when they give no
 * position (V8: "Unexpected end of JSON input", SpiderMonkey: "JSON.parse: unexpected end of
 * data …", JavaScriptCore: "JSON Parse error: Unexpected EOF"). The culprit is then the end of
 * the text, not its start. Anchored: V8 quotes the text itself in other messages, and a file
 * that says "end of input" is not cut off.
 */
const ENDS_EARLY =
  /^(Unexpected end of JSON input|JSON\.parse: unexpected end of data|JSON Parse error: Unexpected EOF)/;

/** The offset of SpiderMonkey's "at line L column C", which it gives instead of a position. */
function lineColumnOffset(text: string, message: string): number | undefined {
  const found = /at line (\d+) column (\d+)/.exec(message);
  if (!found) return undefined;
  let lineStart = 0;
  for (let line = 1; line < Number(found[1]); line++) {
    const newline = text.indexOf('\n', lineStart);
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return lineStart + Number(found[2]) - 1;
}

/** JSON's own blanks: other white space (a no-break space, say) is a character it refuses. */
const TRAILING_BLANKS = /[ \t\n\r]+$/;

/**
 * Where JSON.parse failed in `text`, as "line L, column C", and what the reader can do about it
 * (a sentence to put after it, or ''). V8 gives a position for most errors, but not for a bad
 * first token ("Unexpected token 'x'"); then the first non-blank character is the culprit. A
 * text that ends too soon fails at its end: its last non-blank character is named, not the
 * blank lines after it, and the hint says the file may be cut off.
 */
export function jsonErrorPlace(text: string, message: string): { where: string; hint: string } {
  const end = text.replace(TRAILING_BLANKS, '').length;
  const position = /position (\d+)/.exec(message);
  const firstNonBlank = text.search(/[^ \t\n\r]/);
  let offset = position ? Number(position[1]) : lineColumnOffset(text, message);
  if (offset !== undefined) offset = Math.min(offset, end);
  else if (ENDS_EARLY.test(message)) offset = end;
  else offset = firstNonBlank === -1 ? text.length : firstNonBlank;
  let hint = '';
  if (/^\s*</.test(text)) hint = ' It looks like a web page, not a JSON file.';
  else if (end === 0) hint = ' The file is empty.';
  else if (offset >= end) hint = ' The file ends there: it may be cut off.';
  return { where: lineAndColumn(text, offset), hint };
}

export function parseChronology(text: string, name: string): Chronology {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const { where, hint } = jsonErrorPlace(text, message);
    throw new LoadError(`${name} is not valid JSON at ${where}.${hint}`, {
      problems: [message],
    });
  }
  return validOrThrow(validateChronology(json), name);
}
