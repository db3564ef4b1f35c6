/** Text → validated chronology, or a LoadError that names the first problems. Pure. */
import type { Chronology } from '../model/types';
import { describeProblem, validateChronology, type Validation } from '../model/validate';
import { LoadError } from './fetch-text';

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
 * Where JSON.parse failed. V8 gives a position for most errors, but not for a bad first
 * token ("Unexpected token 'x'"); then the first non-blank character is the culprit.
 */
function errorOffset(text: string, message: string): number {
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const firstNonBlank = text.search(/\S/);
  return firstNonBlank === -1 ? text.length : firstNonBlank;
}

export function parseChronology(text: string, name: string): Chronology {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const where = ` at ${lineAndColumn(text, errorOffset(text, message))}`;
    const looksLikeHtml = /^\s*</.test(text) ? ' It looks like a web page, not a JSON file.' : '';
    throw new LoadError(`${name} is not valid JSON${where}.${looksLikeHtml}`, {
      problems: [message],
    });
  }
  return validOrThrow(validateChronology(json), name);
}

/** The chronology, or the LoadError that lists the validation's problems. */
export function validOrThrow(result: Validation, name: string): Chronology {
  if (!result.ok) {
    const count = result.total === 1 ? '1 problem' : `${result.total} problems`;
    throw new LoadError(
      `${name} is not a Parley chronology (format v1): ${count} found. Nothing was saved.`,
      { problems: result.problems.map(describeProblem), total: result.total },
    );
  }
  return result.chronology;
}
