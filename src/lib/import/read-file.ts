/**
 * Reading a file the user picked or dropped, before any parsing: refuse what is too big to be
 * a chronology before reading it into memory, and say so with the file's name and size.
 */
import { formatBytes } from '../format/bytes';

/**
 * Larger than any real chronology (100,000 events in Parley JSON are about 30 MB). Conflict-event
 * exports can be bigger: they are streamed (stream-in-worker.ts), not read whole.
 */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface PickedFile {
  name: string;
  size: number;
  text(): Promise<string>;
  /** The bytes, to tell UTF-8 from Windows-1252 (a File has it; a test double may not). */
  arrayBuffer?(): Promise<ArrayBuffer>;
}

export type ReadResult =
  { ok: true; text: string; warning?: string; unicode?: Utf16 } | { ok: false; message: string };

type Utf16 = 'utf-16le' | 'utf-16be';

/**
 * UTF-16 as its byte-order mark says: Excel's "Unicode Text" (tab-separated) and Windows tools
 * save it. Read as UTF-8 or Windows-1252, every other byte of it is a NUL and nothing is found.
 */
function utf16Of(bytes: ArrayBuffer): Utf16 | undefined {
  const [a, b] = new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength));
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * The file's text: UTF-16 when a byte-order mark says so; UTF-8 (a BOM or none) when its bytes
 * are valid UTF-8; else Windows-1252, as spreadsheets on Windows save CSV, which is said, so a
 * reader who sees odd letters knows why.
 */
export function decodeText(
  bytes: ArrayBuffer,
  name: string,
): { text: string; warning?: string; unicode?: Utf16 } {
  const unicode = utf16Of(bytes);
  // The mark is certain: the file is read so, with no switch to offer (encodingOf).
  if (unicode) return { text: new TextDecoder(unicode).decode(bytes), unicode };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      warning: `"${name}" is not UTF-8: it was read as Windows-1252 (as Excel on Windows saves CSV). If letters look wrong, save it as "CSV UTF-8" and import it again.`,
    };
  }
}

export type TextEncodingName = 'utf-8' | 'windows-1252';

/**
 * The encoding `decodeText` read a file as (it warns only when it fell back to Windows-1252),
 * or null when the text is all ASCII, which both encodings read alike: no switch to offer.
 */
export function encodingOf(read: {
  text: string;
  warning?: string;
  unicode?: Utf16;
}): TextEncodingName | null {
  if (read.unicode) return null;
  if (read.warning) return 'windows-1252';
  return /[\u0080-\uFFFF]/.test(read.text) ? 'utf-8' : null;
}

/**
 * The file's text in the encoding the reader chose over the one detected (the import dialog
 * offers the switch): said, and for UTF-8 with the count of bytes it could not read.
 */
export function decodeAs(
  bytes: ArrayBuffer,
  name: string,
  encoding: TextEncodingName,
): { text: string; warning?: string } {
  const text = new TextDecoder(encoding).decode(bytes);
  if (encoding === 'windows-1252')
    return { text, warning: `"${name}" is read as Windows-1252, as you chose.` };
  const unreadable = (text.match(/\uFFFD/g) ?? []).length;
  return unreadable
    ? {
        text,
        warning: `"${name}" is read as UTF-8, as you chose: ${unreadable.toLocaleString('en')} ${unreadable === 1 ? 'character' : 'characters'} could not be read and show as "\uFFFD".`,
      }
    : { text };
}

/** Why a file is refused before it is read (too big, empty), or undefined. */
export function refusal(file: Pick<PickedFile, 'name' | 'size'>): string | undefined {
  // JSON is parsed whole (a UCDP GED or ACLED API answer too): only CSV is streamed.
  if (file.size > MAX_IMPORT_BYTES && /\.json$/i.test(file.name.trim()))
    return `"${file.name}" is ${formatBytes(file.size)}; Parley reads JSON files whole, up to ${formatBytes(MAX_IMPORT_BYTES)}. UCDP GED and ACLED data of any size can be imported as CSV, which is read as it streams: download UCDP GED as CSV, or ask ACLED’s API for CSV. Nothing was imported.`;
  if (file.size > MAX_IMPORT_BYTES)
    return `"${file.name}" is ${formatBytes(file.size)}; Parley imports files up to ${formatBytes(MAX_IMPORT_BYTES)} (UCDP GED and ACLED exports, as CSV, of any size). Nothing was imported.`;
  if (file.size === 0) return `"${file.name}" is empty. Nothing was imported.`;
  return undefined;
}

export async function readPickedFile(file: PickedFile): Promise<ReadResult> {
  const refused = refusal(file);
  if (refused) return { ok: false, message: refused };
  try {
    if (!file.arrayBuffer) return { ok: true, text: await file.text() };
    const decoded = decodeText(await file.arrayBuffer(), file.name);
    return { ok: true, ...decoded };
  } catch (error) {
    return {
      ok: false,
      message: `"${file.name}" could not be read (${(error as Error).message}). Nothing was imported.`,
    };
  }
}
