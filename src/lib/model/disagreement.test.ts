import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourcesDisagree } from './disagreement';
import type { Chronology, Figure } from './types';

const duration = (extra: Partial<Figure>): Figure => ({
  measure: 'duration',
  unit: 'hour',
  ...extra,
});

describe('sourcesDisagree', () => {
  it('says no for an event with one figure and plain notes', () => {
    expect(sourcesDisagree({})).toBe(false);
    expect(
      sourcesDisagree({
        figures: [duration({ value: 3, attribution: 'Ushakov' })],
        notes: [{ text: 'The meeting took place in the morning.' }],
      }),
    ).toBe(false);
  });

  it('says yes when two sources give different numbers for one measure', () => {
    expect(
      sourcesDisagree({
        figures: [
          duration({ value: 3, attribution: 'Ushakov' }),
          duration({ value: 2.1, attribution: 'UNN' }),
        ],
      }),
    ).toBe(true);
    expect(sourcesDisagree({ figures: [duration({ value: 3 }), duration({ min: 2 })] })).toBe(true);
  });

  it('says no when the same number is reported twice, or for different measures', () => {
    expect(sourcesDisagree({ figures: [duration({ value: 4 }), duration({ value: 4 })] })).toBe(
      false,
    );
    expect(
      sourcesDisagree({
        figures: [duration({ value: 4 }), { measure: 'delegations', unit: 'count', value: 12 }],
      }),
    ).toBe(false);
  });

  it('says yes for a figure given as a range, but not for an open bound', () => {
    expect(sourcesDisagree({ figures: [duration({ min: 3, max: 4 })] })).toBe(true);
    expect(sourcesDisagree({ figures: [duration({ min: 4 })] })).toBe(false);
    expect(sourcesDisagree({ figures: [duration({ min: 4, max: 4 })] })).toBe(false);
  });

  it('says yes for a note that records a disagreement in words', () => {
    expect(sourcesDisagree({ notes: [{ text: 'The end date is disputed.' }] })).toBe(true);
    expect(sourcesDisagree({ notes: [{ text: 'The pages differ on who attended.' }] })).toBe(true);
  });

  it('finds the Witkoff–Putin meeting of 25 April 2025 in the curated data (3 h against 2.1 h)', () => {
    const data: Chronology = JSON.parse(readFileSync('data/chronology.json', 'utf8'));
    const flagged = data.events.filter(sourcesDisagree).map((e) => e.id);
    expect(flagged).toContain('witkoff-putin-2025-04-25');
    expect(flagged).toContain('miami-2025-12-19_21');
    expect(flagged).not.toContain('paris-fm-2015-02-24');
  });
});
