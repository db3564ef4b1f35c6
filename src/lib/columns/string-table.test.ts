import { describe, expect, it } from 'vitest';
import { codeArray, codeOf, createStringTable, intern, narrowCodes } from './string-table';

describe('string table', () => {
  it('gives each distinct string one code, in the order first seen', () => {
    const table = createStringTable();
    expect(['b', 'a', 'b', '', 'a'].map((value) => intern(table, value))).toEqual([0, 1, 0, 2, 1]);
    expect(table.values).toEqual(['b', 'a', '']);
    expect(codeOf(table, 'a')).toBe(1);
    expect(codeOf(table, 'z')).toBe(-1);
  });

  it('stores codes in the narrowest typed array for the table', () => {
    expect(codeArray(3, 256)).toBeInstanceOf(Uint8Array);
    expect(codeArray(3, 257)).toBeInstanceOf(Uint16Array);
    expect(codeArray(3, 65_537)).toBeInstanceOf(Uint32Array);
    const codes = narrowCodes([0, 300, 2], 301);
    expect(codes).toBeInstanceOf(Uint16Array);
    expect([...codes]).toEqual([0, 300, 2]);
  });
});
