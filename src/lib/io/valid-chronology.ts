/** A validation's outcome as the chronology, or as the LoadError the reader is shown. */
import type { Chronology } from '../model/types';
import { describeProblem, type Validation } from '../model/validate';
import { LoadError } from './fetch-text';

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
