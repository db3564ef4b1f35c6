/**
 * Downloads a chronology and parses it while it arrives: each piece of the file is parsed and
 * validated as soon as it is whole (./json-object-stream.ts, PiecewiseValidation), so at the
 * last byte only what was not checked yet is left to do. A file that is not what the stream
 * expects, or not valid, goes through parseChronology whole, which names every problem and
 * where it is, exactly as a file read in one piece.
 */
import { PiecewiseValidation } from '../model/validate';
import type { Chronology } from '../model/types';
import {
  decodeChunks,
  LoadError,
  MAX_DATASET_BYTES,
  openResponse,
  readChunks,
  type FetchOptions,
} from './fetch-text';
import { JsonObjectStream } from './json-object-stream';

export interface DownloadOptions extends FetchOptions {
  /** Called when the last byte has arrived (a benchmark stage mark). */
  onDownloaded?: () => void;
}

/** `url`'s chronology; `name` is how messages call it. Throws a LoadError that says what and where. */
export async function downloadChronology(
  url: string,
  name: string,
  options: DownloadOptions = {},
): Promise<Chronology> {
  const response = await openResponse(url, options);
  if (!response.body) {
    const text = await response.text();
    options.onDownloaded?.();
    return parseWhole(text, url, name);
  }
  const { stream, validation } = chronologyStream();
  const chunks = await readChunks(
    response.body,
    url,
    options.maxBytes ?? MAX_DATASET_BYTES,
    (chunk) => stream.push(chunk),
  );
  options.onDownloaded?.();
  return finishChronology(stream, validation, chunks, url, name);
}

/** A stream that parses a chronology's pieces and validates its events as they come. */
function chronologyStream(): { stream: JsonObjectStream; validation: PiecewiseValidation } {
  const validation = new PiecewiseValidation();
  const stream = new JsonObjectStream('events', {
    member: (key, value) => {
      if (key === 'sources') validation.sources(value);
    },
    elements: (items, from, text) => validation.events(items, from, text),
  });
  return { stream, validation };
}

/**
 * The whole text parsed the usual way, by ./parse-or-convert.ts: loaded only when the file was
 * not read piece by piece or was no valid chronology (a broken one, mostly, another format Parley
 * imports, or a response without a readable body), so the first load does not carry it.
 */
async function parseWhole(text: string, url: string, name: string): Promise<Chronology> {
  const parse = await import('./parse-or-convert').then(
    (module) => module.parseOrConvert,
    (error: Error) => {
      throw new LoadError(
        `${name} could not be read: the part of Parley that reads a whole file did not load (${error.message}).`,
      );
    },
  );
  return parse(text, url, name);
}

/**
 * The stream's chronology; when the stream gave up, or what it read is no valid chronology,
 * the whole text parsed the usual way (which says why, or converts another format).
 */
async function finishChronology(
  stream: JsonObjectStream,
  validation: PiecewiseValidation,
  chunks: readonly Uint8Array[],
  url: string,
  name: string,
): Promise<Chronology> {
  const root = stream.end();
  const result = root && validation.finish(root);
  if (!result || !result.ok) return parseWhole(decodeChunks(chunks), url, name);
  return result.chronology;
}
