import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount } from './count';

describe('a count as the header and the toolbar write it', () => {
  it('groups thousands with commas, as English does', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(100_000)).toBe('100,000');
    expect(formatCount(1_234_567)).toBe('1,234,567');
    expect(formatCount(-4321)).toBe('-4,321');
    expect(formatCount(-0)).toBe((-0).toLocaleString('en'));
  });

  it('writes every number exactly as Intl does in English', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.double()), (n) => {
        expect(formatCount(n)).toBe(n.toLocaleString('en'));
      }),
    );
  });
});
