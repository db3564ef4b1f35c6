import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formEncode, queryString } from './query-string';

/** The same pairs written by the browser's own URLSearchParams. */
function reference(pairs: [string, string][]): string {
  const p = new URLSearchParams();
  for (const [name, value] of pairs) p.append(name, value);
  return p.toString();
}

describe('query strings written as URLSearchParams writes them', () => {
  it('encodes spaces, reserved marks, accents, emoji and lone surrogates the same way', () => {
    for (const text of [
      'Witkoff meets Putin',
      "a+b&c=d?e#f/g%h!'()~*-._",
      'Стамбул, Dolmabahçe',
      'Riyadh 🇸🇦',
      'half \uD83D pair',
      'low \uDE00 half',
      '',
    ])
      expect(new URLSearchParams({ q: text }).toString()).toBe(`q=${formEncode(text)}`);
  });

  it('writes any names and values, in order, exactly as URLSearchParams', () => {
    const text = fc.string({ unit: 'binary', maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { maxLength: 6 }), (pairs) => {
        expect(queryString(pairs)).toBe(reference(pairs));
      }),
      { numRuns: 500 },
    );
  });
});
