/**
 * Downloading with a size cap, so a 50 MB (or endless) response is refused while it streams
 * instead of after it has filled memory, and the LoadError every loading step throws: it says
 * what failed and where. ./download-chronology.ts reads chronologies with these.
 */

export const MAX_DATASET_BYTES = 64 * 1024 * 1024;

/** What a chronology converted from another format (./other-format.ts) changed, for the notices. */
export const conversionNotes = new WeakMap<object, string[]>();

/** `download`: the file could not be had (network, status, size); `content`: it was had but is wrong. */
export type LoadErrorKind = 'download' | 'content';

export class LoadError extends Error {
  readonly kind: LoadErrorKind;
  /** Detailed problems, e.g. validation errors, shown as a list under the message. */
  readonly problems: string[];
  /** How many problems there were in all, when only the first are listed. */
  readonly total: number;

  constructor(
    message: string,
    details: { kind?: LoadErrorKind; problems?: string[]; total?: number } = {},
  ) {
    super(message);
    this.name = 'LoadError';
    this.kind = details.kind ?? 'content';
    this.problems = details.problems ?? [];
    this.total = details.total ?? this.problems.length;
  }
}

/** Anything thrown while loading, as what the reader is shown: a LoadError says what and where. */
export function asLoadError(error: unknown): LoadError {
  return error instanceof LoadError
    ? error
    : new LoadError(String((error as Error | null)?.message ?? error));
}

const download = { kind: 'download' } as const;

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

export interface FetchOptions {
  maxBytes?: number;
  fetchImpl?: typeof fetch;
  signal?: AbortSignal;
}

/** The response for `url`, once the server has answered with a success and a size under the cap. */
export async function openResponse(url: string, options: FetchOptions = {}): Promise<Response> {
  const maxBytes = options.maxBytes ?? MAX_DATASET_BYTES;
  const fetchImpl = options.fetchImpl ?? fetch;
  let response: Response;
  try {
    response = await fetchImpl(url, { signal: options.signal, credentials: 'omit' });
  } catch (error) {
    throw new LoadError(
      `Could not download ${url}: ${(error as Error).message || 'network error'}.`,
      download,
    );
  }
  if (!response.ok) {
    throw new LoadError(
      `Could not download ${url}: the server answered ${response.status} ${response.statusText}`.trim() +
        '.',
      download,
    );
  }
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    throw new LoadError(
      `${url} is ${megabytes(declared)}; Parley loads datasets up to ${megabytes(maxBytes)}.`,
    );
  }
  return response;
}

/**
 * The body's bytes as they arrive, each chunk handed to `onChunk` at once, refused as soon as
 * they pass the cap. Returns every chunk, in order.
 */
export async function readChunks(
  body: ReadableStream<Uint8Array>,
  url: string,
  maxBytes: number,
  onChunk?: (chunk: Uint8Array) => void,
): Promise<Uint8Array[]> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw new LoadError(`${url} is larger than ${megabytes(maxBytes)}, the most Parley loads.`);
    }
    chunks.push(value);
    onChunk?.(value);
  }
  return chunks;
}

/** UTF-8 text of chunks read one after the other (a leading byte order mark is dropped). */
export function decodeChunks(chunks: readonly Uint8Array[]): string {
  let length = 0;
  for (const chunk of chunks) length += chunk.byteLength;
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder('utf-8').decode(bytes);
}
