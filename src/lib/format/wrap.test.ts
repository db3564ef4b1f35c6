import { describe, expect, it } from 'vitest';
import { wrapWords } from './wrap';

describe('wrapping words into lines', () => {
  it('breaks between words, never beyond the width', () => {
    expect(wrapWords('The summit that ended without a deal', 16)).toEqual([
      'The summit that',
      'ended without a',
      'deal',
    ]);
    expect(wrapWords('   ', 10)).toEqual([]);
  });

  it('gives a word too long for a line a line of its own, or cuts it when asked', () => {
    expect(wrapWords('see https://example.org/a/long/path', 10)).toEqual([
      'see',
      'https://example.org/a/long/path',
    ]);
    expect(wrapWords('Supercalifragilistic', 10, true)).toEqual(['Supercali…']);
  });
});
