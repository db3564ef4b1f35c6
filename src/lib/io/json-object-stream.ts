/**
 * Parses a JSON object while its bytes are still arriving (a download), so that parsing
 * overlaps the network instead of waiting for the last byte. A chronology of 100,000 events is
 * 27 MB: parsed whole, after the download, it held the page for half a second more.
 *
 * It only finds where the top-level object's members begin and end; every value is parsed by
 * JSON.parse itself. One array member (a chronology's `events`) is handed over in batches of
 * whole elements as they arrive. UTF-8 is safe to split on the ASCII bytes JSON is built from:
 * no byte of a multi-byte character is below 0x80.
 *
 * It gives up (`failure` says why) on anything it does not expect: a root that is not an
 * object, a repeated or `__proto__` key, anything after the root, a syntax error. The caller
 * then parses the whole text the usual way, which reports the error and its position exactly
 * as before. So this never decides what is valid JSON: JSON.parse does.
 */

export interface ObjectStreamHandlers {
  /**
   * The next elements of the streamed array; `from` is the index of the first, and `text` is
   * the JSON they were parsed from (`…,…`: the elements without the array's brackets).
   */
  elements?(items: unknown[], from: number, text: string): void;
  /** A member other than the streamed array, once it is whole. */
  member?(key: string, value: unknown): void;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** Whether `bytes` holds `prefix` at `at`. */
function startsWith(bytes: Uint8Array, at: number, prefix: Uint8Array): boolean {
  if (at + prefix.length > bytes.length) return false;
  for (let k = 1; k < prefix.length; k++) if (bytes[at + k] !== prefix[k]) return false;
  return bytes[at] === prefix[0];
}

/** An object element's opening up to its first colon, `{"id":`; null for anything else. */
function elementStart(bytes: Uint8Array): Uint8Array | null {
  let s = 0;
  while (s < bytes.length && isSpace(bytes[s] as number)) s++;
  if (bytes[s] !== OPEN_BRACE) return null;
  const colon = bytes.indexOf(COLON, s);
  return colon > s + 2 && colon - s <= 64 ? bytes.slice(s, colon + 1) : null;
}

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/** Where the scanner is in `{ "key" : value , … }`. */
const enum Phase {
  BeforeRoot,
  FirstKeyOrEnd,
  Key,
  Colon,
  ValueStart,
  Value,
  Array,
  AfterValue,
  AfterRoot,
  Failed,
}

export class JsonObjectStream {
  /** Why the stream gave up, or null while it has not. */
  failure: string | null = null;

  readonly #arrayKey: string;
  readonly #on: ObjectStreamHandlers;
  readonly #root: Record<string, unknown> = {};
  readonly #decoder = new TextDecoder('utf-8', { ignoreBOM: true });

  // Every chunk so far, with where each starts in the whole stream.
  readonly #chunks: Uint8Array[] = [];
  readonly #chunkStarts: number[] = [];
  #length = 0;

  #phase = Phase.BeforeRoot;
  #inString = false;
  /** A backslash ended the last chunk: the first byte of the next one is escaped. */
  #escapeNext = false;
  /** Nesting inside the current value (Value) or inside the streamed array's elements (Array). */
  #depth = 0;
  #key = '';
  #keyStart = 0;
  #valueStart = 0;
  /** Streamed array: where the elements not yet parsed begin, and the last comma between two. */
  #batchStart = 0;
  #lastComma = -1;
  #array: unknown[] = [];
  #sawComma = false;
  /** The bytes the array's first element began with, up to its first colon (`{"id":`). */
  #elementStart: Uint8Array | null = null;
  #guessing = false;
  #guessFailed = false;

  constructor(arrayKey: string, handlers: ObjectStreamHandlers = {}) {
    this.#arrayKey = arrayKey;
    this.#on = handlers;
  }

  push(chunk: Uint8Array): void {
    if (this.#phase === Phase.Failed || chunk.length === 0) return;
    const base = this.#length;
    let start = 0;
    if (base === 0 && chunk[0] === 0xef) {
      // A byte order mark, which the whole-text decoder drops too; anything else is not JSON.
      if (chunk[1] !== 0xbb || chunk[2] !== 0xbf) return this.#fail('the text starts with 0xEF');
      start = 3;
    }
    this.#chunks.push(chunk);
    this.#chunkStarts.push(base);
    this.#length += chunk.length;
    try {
      if (this.#guessing) this.#guessBatch(chunk, base);
      else this.#consume(chunk, base, start);
    } catch (error) {
      this.#fail((error as Error).message);
    }
  }

  /** The parsed object, once the whole text has been pushed; null if the stream gave up. */
  end(): Record<string, unknown> | null {
    try {
      // The end of the array and what follows it were not scanned yet.
      if (this.#guessing) this.#stopGuessing();
    } catch (error) {
      this.#fail((error as Error).message);
    }
    if (this.#phase !== Phase.Failed && this.#phase !== Phase.AfterRoot)
      this.#fail('the text ended inside the object');
    return this.#phase === Phase.AfterRoot ? this.#root : null;
  }

  /** Scans bytes from `start` in `chunk`, then parses the array's elements that are whole. */
  #consume(chunk: Uint8Array, base: number, start: number): void {
    this.#scan(chunk, base, start);
    if (this.#phase === Phase.Array && this.#lastComma > this.#batchStart) {
      this.#parseElements(this.#batchStart, this.#lastComma);
      this.#batchStart = this.#lastComma + 1;
      // Every element seen so far began alike: from now on, guess where they end.
      this.#guessing = this.#elementStart !== null && !this.#guessFailed;
    }
  }

  /**
   * Scanning every byte costs as much as a third of JSON.parse. The elements of a long array
   * usually all begin with the same bytes (`{"id":`), so a boundary can be guessed: the last
   * comma in the chunk followed by those bytes. JSON.parse then proves the guess: the bytes
   * since the last boundary parse as `[…]` only if that comma is between two elements, as a
   * comma inside a string or a nested value would leave a string or a bracket open. A wrong
   * guess costs one failed parse, and the stream scans every byte from then on.
   */
  #guessBatch(chunk: Uint8Array, base: number): void {
    const prefix = this.#elementStart as Uint8Array;
    for (let at = chunk.length - prefix.length; at > 0; at--) {
      at = chunk.lastIndexOf(prefix[0] as number, at);
      if (at <= 0) return;
      if (!startsWith(chunk, at, prefix)) continue;
      let comma = at - 1;
      while (comma > 0 && isSpace(chunk[comma] as number)) comma--;
      if (chunk[comma] !== COMMA || base + comma <= this.#batchStart) continue;
      try {
        this.#parseElements(this.#batchStart, base + comma);
      } catch {
        return this.#stopGuessing();
      }
      this.#batchStart = base + comma + 1;
      this.#sawComma = true;
      return;
    }
  }

  /** Back to scanning every byte, from the last known boundary to what has arrived. */
  #stopGuessing(): void {
    this.#guessing = false;
    this.#guessFailed = true;
    this.#depth = 0;
    this.#inString = false;
    this.#escapeNext = false;
    this.#lastComma = -1;
    const from = this.#batchStart;
    for (let k = 0; k < this.#chunks.length; k++) {
      const chunk = this.#chunks[k] as Uint8Array;
      const base = this.#chunkStarts[k] as number;
      if (base + chunk.length <= from) continue;
      this.#consume(chunk, base, Math.max(0, from - base));
      if (this.#phase === Phase.Failed) return;
    }
  }

  #fail(why: string): void {
    this.failure ??= why;
    this.#phase = Phase.Failed;
  }

  #scan(chunk: Uint8Array, base: number, start: number): void {
    const n = chunk.length;
    let i = start;
    while (i < n && this.#phase !== Phase.Failed) {
      if (this.#phase === Phase.Value || this.#phase === Phase.Array) {
        i = this.#scanNested(chunk, i, n, base);
        if (i < n) this.#endNested(chunk[i] as number, base + i);
        i++;
      } else if (this.#inString) {
        i = this.#scanKey(chunk, i, n, base);
      } else if (this.#structureByte(chunk[i] as number, base + i)) {
        i++;
      }
    }
  }

  /**
   * Bytes of a member's value or of the streamed array: strings, nesting, and the commas
   * between the array's elements. A plain loop over the bytes with the state in locals: this
   * is where all the time goes. Returns the index of the byte that ends the value (a comma,
   * or a closing bracket or brace, at its top level; for the array only a closing one), or n.
   */
  #scanNested(chunk: Uint8Array, from: number, n: number, base: number): number {
    const inArray = this.#phase === Phase.Array;
    let depth = this.#depth;
    let inString = this.#inString;
    let escaped = this.#escapeNext;
    let lastComma = -1;
    let i = from;
    for (; i < n; i++) {
      const byte = chunk[i] as number;
      if (inString) {
        if (escaped) escaped = false;
        else if (byte === BACKSLASH) escaped = true;
        else if (byte === QUOTE) inString = false;
      } else if (byte === QUOTE) inString = true;
      else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth++;
      else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
        if (depth === 0) break;
        depth--;
      } else if (byte === COMMA && depth === 0) {
        if (!inArray) break;
        lastComma = i;
      }
    }
    this.#depth = depth;
    this.#inString = inString;
    this.#escapeNext = escaped;
    if (lastComma !== -1) {
      this.#lastComma = base + lastComma;
      this.#sawComma = true;
    }
    return i;
  }

  /** The byte that ends a value (`,` or `}`) or the streamed array (`]`). */
  #endNested(byte: number, at: number): void {
    if (this.#phase === Phase.Array) {
      if (byte !== CLOSE_BRACKET) return this.#fail('unexpected }');
      this.#parseElements(this.#batchStart, at);
      this.#phase = Phase.AfterValue;
      this.#key = '';
      return;
    }
    if (byte === CLOSE_BRACKET) return this.#fail('unexpected ]');
    this.#endValue(at);
    if (byte === COMMA) this.#nextKey();
    else this.#phase = Phase.AfterRoot;
  }

  /** A key's string: to its closing quote, or to the chunk's end. Returns the next index. */
  #scanKey(chunk: Uint8Array, from: number, n: number, base: number): number {
    let escaped = this.#escapeNext;
    for (let i = from; i < n; i++) {
      const byte = chunk[i] as number;
      if (escaped) escaped = false;
      else if (byte === BACKSLASH) escaped = true;
      else if (byte === QUOTE) {
        this.#inString = false;
        this.#escapeNext = false;
        this.#endKey(base + i);
        return i + 1;
      }
    }
    this.#escapeNext = escaped;
    return n;
  }

  /**
   * A byte between the root's members: braces, keys, colons, commas, whitespace. Returns false
   * when the byte is the first of a value, for the value's scan to read.
   */
  #structureByte(byte: number, at: number): boolean {
    if (isSpace(byte)) return true;
    switch (this.#phase) {
      case Phase.BeforeRoot:
        if (byte === OPEN_BRACE) this.#phase = Phase.FirstKeyOrEnd;
        else this.#fail('the text is not a JSON object');
        return true;
      case Phase.FirstKeyOrEnd:
      case Phase.Key:
        if (byte === QUOTE) {
          this.#inString = true;
          this.#keyStart = at;
          this.#phase = Phase.Key;
        } else if (byte === CLOSE_BRACE && this.#phase === Phase.FirstKeyOrEnd) {
          this.#phase = Phase.AfterRoot;
        } else this.#fail('expected a key');
        return true;
      case Phase.Colon:
        if (byte === COLON) this.#phase = Phase.ValueStart;
        else this.#fail('expected a colon');
        return true;
      case Phase.ValueStart:
        this.#depth = 0;
        if (byte === OPEN_BRACKET && this.#key === this.#arrayKey) {
          this.#phase = Phase.Array;
          this.#batchStart = at + 1;
          this.#lastComma = -1;
          this.#sawComma = false;
          this.#array = [];
          this.#root[this.#key] = this.#array;
          return true;
        }
        this.#phase = Phase.Value;
        this.#valueStart = at;
        return false;
      case Phase.AfterValue:
        if (byte === COMMA) this.#nextKey();
        else if (byte === CLOSE_BRACE) this.#phase = Phase.AfterRoot;
        else this.#fail('expected a comma or the end of the object');
        return true;
      default:
        this.#fail('there is more after the object');
        return true;
    }
  }

  #endKey(closingQuote: number): void {
    const key: unknown = JSON.parse(this.#text(this.#keyStart, closingQuote + 1));
    if (typeof key !== 'string' || key === '__proto__' || Object.hasOwn(this.#root, key)) {
      this.#fail(`the key ${JSON.stringify(key)} cannot be read piece by piece`);
      return;
    }
    this.#key = key;
    this.#phase = Phase.Colon;
  }

  #endValue(end: number): void {
    const value: unknown = JSON.parse(this.#text(this.#valueStart, end));
    this.#root[this.#key] = value;
    this.#on.member?.(this.#key, value);
    this.#key = '';
  }

  #nextKey(): void {
    this.#key = '';
    this.#phase = Phase.Key;
  }

  #parseElements(from: number, to: number): void {
    const text = this.#text(from, to);
    if (text.trim() === '') {
      // `[ ]` has no elements; `[1,]` and `[,]` are not JSON.
      if (this.#sawComma) throw new Error('an empty element in the array');
      return;
    }
    const items = JSON.parse('[' + text + ']') as unknown[];
    const first = this.#array.length;
    if (first === 0) this.#elementStart = elementStart(this.#bytes(from, Math.min(to, from + 256)));
    for (const item of items) this.#array.push(item);
    this.#on.elements?.(items, first, text);
  }

  /**
   * The text of bytes [from, to), which may span chunks: decoded piece by piece, as a stream
   * (a character may be cut between two chunks), rather than copied into one array first.
   */
  #text(from: number, to: number): string {
    const starts = this.#chunkStarts;
    let k = starts.length - 1;
    while (k > 0 && (starts[k] as number) > from) k--;
    let text = '';
    for (; k < this.#chunks.length; k++) {
      const chunk = this.#chunks[k] as Uint8Array;
      const base = starts[k] as number;
      const piece = chunk.subarray(Math.max(0, from - base), Math.min(chunk.length, to - base));
      const last = base + chunk.length >= to;
      text += this.#decoder.decode(piece, { stream: !last });
      if (last) break;
    }
    return text;
  }

  #bytes(from: number, to: number): Uint8Array {
    const starts = this.#chunkStarts;
    let k = starts.length - 1;
    while (k > 0 && (starts[k] as number) > from) k--;
    const first = this.#chunks[k] as Uint8Array;
    const offset = from - (starts[k] as number);
    if (to - (starts[k] as number) <= first.length)
      return first.subarray(offset, offset + to - from);
    const out = new Uint8Array(to - from);
    let written = 0;
    for (; written < out.length; k++) {
      const chunk = this.#chunks[k] as Uint8Array;
      const start = Math.max(0, from - (starts[k] as number));
      const piece = chunk.subarray(start, Math.min(chunk.length, start + out.length - written));
      out.set(piece, written);
      written += piece.length;
    }
    return out;
  }
}
