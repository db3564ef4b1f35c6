import { describe, expect, it } from 'vitest';
import { sideCode, sideLegend } from './sides';

describe('sideCode', () => {
  it('writes a side as its code, and no side as "Other", as the list does', () => {
    expect(sideCode('RU')).toBe('RU');
    expect(sideCode('')).toBe('Other');
    expect(sideCode(undefined)).toBe('Other');
  });
});

describe('sideLegend', () => {
  it('lists the coloured sides present in a fixed order, once each', () => {
    expect(sideLegend(['UA', 'US', 'RU', 'US'])).toEqual([
      { color: 'US', sides: ['US'] },
      { color: 'RU', sides: ['RU'] },
      { color: 'UA', sides: ['UA'] },
    ]);
  });

  it('gathers every other side in one grey entry that names them', () => {
    expect(sideLegend(['UN', 'US', 'OSCE', '', 'UN'])).toEqual([
      { color: 'US', sides: ['US'] },
      { color: 'other', sides: ['OSCE', 'Other', 'UN'] },
    ]);
  });

  it('is empty for no people', () => {
    expect(sideLegend([])).toEqual([]);
  });
});
