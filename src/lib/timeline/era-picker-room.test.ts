import { describe, expect, it } from 'vitest';
import { eraPickerRoom, linesOf } from './era-picker-room';
import { eraSpans, type Era } from './eras';

const era = (id: string, title: string, start: string, end?: string): Era => ({
  id,
  title,
  level: 1,
  start,
  sources: [],
  ...(end ? { end } : {}),
});

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
    const spans = eraSpans(
      [
        era('minsk', 'Minsk process, 2014–2022', '2014-09-05', '2022-02-24'),
        era('war', 'Talks after the full-scale invasion, 2022', '2022-02-24', '2022-12-31'),
        era('formula', 'The peace formula, 2023–2024', '2023-01-01', '2024-12-31'),
        era('trump', 'Talks under the second Trump administration, 2025–', '2025-01-20'),
      ],
      Date.UTC(2026, 0, 1),
    );
    expect(spans).toHaveLength(4);
    const rem = eraPickerRoom(spans);
    expect(rem * 16).toBeCloseTo(291.2, 0);
  });

  it('keeps room for the whole history alone when the dataset names no era', () => {
    expect(eraPickerRoom([])).toBeCloseTo(1.9 + 1.75 + 0.5 + 3.4);
  });
});
