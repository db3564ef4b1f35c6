import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../import/format-names';
import { article } from './article';

describe('a or an, as the name is read aloud', () => {
  it.each([
    ['ACLED export (CSV)', 'an'],
    ['Event CSV (your columns)', 'an'],
    ['unknown', 'an'],
    ['UCDP GED (CSV)', 'a'],
    ['TimelineJS JSON', 'a'],
    ['vis-timeline items', 'a'],
    ['Parley JSON', 'a'],
  ])('%s takes "%s"', (name, expected) => {
    expect(article(name)).toBe(expected);
  });

  it('gives every import format a word', () => {
    const said = Object.values(FORMAT_NAMES).map((name) => `${article(name)} ${name}`);
    expect(said.filter((s) => s.startsWith('an '))).toEqual([
      'an ACLED export (CSV)',
      'an ACLED API (JSON)',
      'an Event CSV (your columns)',
    ]);
  });
});
