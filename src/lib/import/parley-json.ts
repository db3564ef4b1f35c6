/**
 * Parley JSON v1: already a chronology, so the validator's paths (`events[3].start`) are the
 * file's own words. Only a missing `format` or `title` is filled in (by finish).
 */
import type { Draft } from './types';

export function convertParleyJson(json: unknown): Draft {
  const draft: Draft = {
    format: 'parley-json',
    problems: [],
    warnings: [],
    locate: (path) => {
      const m = /^events\[(\d+)\]/.exec(path);
      return { where: path || 'file', order: m ? Number(m[1]) : -1 };
    },
  };
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    draft.problems.push({
      where: 'file',
      order: -1,
      message: 'is not a Parley chronology: expected an object like {"events": [...]}',
    });
    return draft;
  }
  // A copy, so filling in `format` and `title` never touches the caller's object.
  draft.chronology = { ...(json as NonNullable<Draft['chronology']>) };
  return draft;
}
