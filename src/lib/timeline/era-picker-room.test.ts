import { describe, expect, it } from 'vitest';
import { eraPickerRoom, linesOf } from './era-picker-room';
import type { EraSpan } from './eras';

const span = (title: string, start: number, end?: number): EraSpan =>
  ({
    era: { id: title, title, level: 1, start: String(start), end: end ? String(end) : undefined },
    start: Date.UTC(start, 0, 1),
    end: end === undefined ? undefined : Date.UTC(end, 11, 31),
  }) as unknown as EraSpan;

describe('the room kept for the eras picker while it loads', () => {
  it('counts the lines a label takes in a button', () => {
    expect(linesOf('Whole history', 30)).toBe(1);
    expect(linesOf('Talks after the full-scale invasion, 2022', 30)).toBe(2);
    expect(linesOf('The peace formula, 2023–2024', 30)).toBe(1);
    // Exactly a line long, then one character more.
    expect(linesOf('a'.repeat(30), 30)).toBe(1);
    expect(linesOf('a'.repeat(31), 30)).toBe(2);
    expect(linesOf('', 30)).toBe(1);
  });

  it("is as tall as the curated chronology's open picker, 291 px in Chromium", () => {
    const rem = eraPickerRoom([
      span('Minsk process, 2014–2022', 2014, 2022),
      span('Talks after the full-scale invasion, 2022', 2022, 2022),
      span('The peace formula, 2023–2024', 2023, 2024),
      span('Talks under the second Trump administration, 2025–', 2025),
    ]);
    expect(rem * 16).toBeCloseTo(291.2, 0);
  });

  it('keeps room for the whole history alone when the dataset names no era', () => {
    expect(eraPickerRoom([])).toBeCloseTo(1.9 + 1.75 + 0.5 + 3.4);
  });
});
