/**
 * A string table: each distinct string once, referred to by a small integer code. 100,000
 * events share a few kinds, tracks, places and people; a code per event in a typed array costs
 * 1–4 bytes where a reference to a string in an object costs 8 and the object around it more.
 */

export interface StringTable {
  /** The strings, in the order they were first added: a string's code is its index here. */
  readonly values: readonly string[];
}

interface MutableStringTable extends StringTable {
  readonly values: string[];
  readonly codes: Map<string, number>;
}

/** Codes of one table, in the narrowest typed array that holds them. */
export type CodeArray = Uint8Array | Uint16Array | Uint32Array;

/** A table that can still grow; `intern` adds to it. */
export function createStringTable(): StringTable {
  const table: MutableStringTable = { values: [], codes: new Map() };
  return table;
}

/** The code of `value`, adding it to the table the first time it is seen. */
export function intern(table: StringTable, value: string): number {
  const mutable = table as MutableStringTable;
  let code = mutable.codes.get(value);
  if (code === undefined) {
    code = mutable.values.length;
    mutable.values.push(value);
    mutable.codes.set(value, code);
  }
  return code;
}

/** The code of `value`, or -1 when the table does not hold it. */
export function codeOf(table: StringTable, value: string): number {
  return (table as MutableStringTable).codes.get(value) ?? -1;
}

/** The narrowest typed array for codes below `size`: most tables fit in one byte per event. */
export function codeArray(length: number, size: number): CodeArray {
  if (size <= 0x100) return new Uint8Array(length);
  if (size <= 0x10000) return new Uint16Array(length);
  return new Uint32Array(length);
}

/** `codes` copied into the narrowest typed array for a table of `size` strings. */
export function narrowCodes(codes: ArrayLike<number>, size: number): CodeArray {
  const out = codeArray(codes.length, size);
  out.set(codes);
  return out;
}
