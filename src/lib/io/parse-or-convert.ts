/**
 * The whole-file reading of a download: as a Parley chronology (./parse-chronology.ts), or as
 * the other format it is (./other-format.ts). A module of its own, loaded lazily: the import
 * preview's worker reads parse-chronology.ts too, and a worker built as one script cannot hold
 * the dynamic import this one makes.
 */
import type { Chronology } from '../model/types';
import { LoadError } from './fetch-text';
import { parseChronology } from './parse-chronology';

/**
 * `text` as a Parley chronology; when it is none, as the other format it is, converted as
 * Import… converts it (./other-format.ts, loaded only then). Throws the LoadError that says
 * why it is neither.
 */
export async function parseOrConvert(text: string, url: string, name: string): Promise<Chronology> {
  try {
    return parseChronology(text, name);
  } catch (error) {
    if (!(error instanceof LoadError)) throw error;
    const convert = await import('./other-format').then(
      (module) => module.convertOtherFormat,
      () => undefined,
    );
    if (!convert) throw error;
    return convert(text, url, name, error);
  }
}
