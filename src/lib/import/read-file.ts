/**
 * Reading a file the user picked or dropped, before any parsing: refuse what is too big to be
 * a chronology before reading it into memory, and say so with the file's name and size.
 */
import { formatBytes } from '../format/bytes';

/** Larger than any real chronology (100,000 events in Parley JSON are about 30 MB). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface PickedFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

export async function readPickedFile(file: PickedFile): Promise<ReadResult> {
  if (file.size > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      message: `"${file.name}" is ${formatBytes(file.size)}; Parley imports files up to ${formatBytes(MAX_IMPORT_BYTES)}. Nothing was imported.`,
    };
  }
  if (file.size === 0) {
    return { ok: false, message: `"${file.name}" is empty. Nothing was imported.` };
  }
  try {
    return { ok: true, text: await file.text() };
  } catch (error) {
    return {
      ok: false,
      message: `"${file.name}" could not be read (${(error as Error).message}). Nothing was imported.`,
    };
  }
}
