import { describe, expect, it } from 'vitest';
import type { Figure } from '../model/types';
import { durationLine, figuresOf, formatFigure, formatFigureValue } from './figures';

const hours = (f: Partial<Figure>): Figure => ({ measure: 'duration', unit: 'hour', ...f });

describe('reported figures read as reported', () => {
  it.each([
    [hours({ value: 3 }), '3 h'],
    [hours({ value: 3.5, approx: true }), 'about 3.5 h'],
    [hours({ min: 3, max: 4 }), '3–4 h'],
    [hours({ min: 4 }), 'more than 4 h'],
    [hours({ max: 2 }), 'under 2 h'],
    [hours({ text: 'several hours' }), 'several hours'],
    [{ measure: 'duration', unit: 'minute', value: 40 } as Figure, '40 min'],
    [{ measure: 'duration', unit: 'day', value: 3 } as Figure, '3 days'],
  ])('%j → %s', (figure, expected) => {
    expect(formatFigureValue(figure)).toBe(expected);
  });

  it('names who gave the figure', () => {
    expect(formatFigure(hours({ value: 3, attribution: 'Ushakov' }))).toBe('3 h per Ushakov');
  });

  it('lists every duration, the best supported first, so a dispute is visible in the list', () => {
    const figures = [
      hours({ value: 2, approx: true, attribution: 'UNN' }),
      hours({ value: 3, attribution: 'Ushakov', preferred: true }),
      { measure: 'prisoners', unit: 'count', value: 1000 } as Figure,
    ];
    expect(durationLine(figures)).toBe('3 h per Ushakov · about 2 h per UNN');
    expect(figuresOf(figures, 'prisoners')).toHaveLength(1);
    expect(durationLine([])).toBeUndefined();
  });
});
