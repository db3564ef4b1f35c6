import { describe, expect, it } from 'vitest';
import { leaderLine, placeNotes } from './annotations';
import type { PlacedMark } from './layout';

const mark = (event: number, x0: number, y: number, x1 = x0): PlacedMark => ({
  event,
  lane: 0,
  row: 0,
  shape: 'point',
  x0,
  x1,
  y,
});
const ids = ['riyadh', 'istanbul', 'alaska', 'geneva'];
const idOf = (i: number) => ids[i] ?? '';
const size = { width: 800, height: 200, rowHeight: 20 };

describe('placing notes beside their marks', () => {
  it('puts a note above its mark, joined to it, and rings the mark', () => {
    const [note] = placeNotes([{ id: 'alaska', text: 'No deal' }], [mark(2, 300, 120)], idOf, size);
    expect(note!.id).toBe('alaska');
    expect(note!.lines).toEqual(['No deal']);
    expect(note!.y + note!.height).toBeLessThanOrEqual(120 - 10);
    expect(note!.ring).toEqual({ x0: 300, x1: 300, y: 120 });
    const line = leaderLine(note!);
    expect(line.y1).toBe(note!.y + note!.height);
    expect(line.y2).toBeLessThan(120);
  });

  it('goes below a mark at the top, and stays inside the plot at the right edge', () => {
    const [note] = placeNotes(
      [{ id: 'riyadh', text: 'First talks' }],
      [mark(0, 795, 12)],
      idOf,
      size,
    );
    expect(note!.y).toBeGreaterThan(12);
    expect(note!.x + note!.width).toBeLessThanOrEqual(800);
  });

  it('keeps two notes on neighbouring marks from covering each other', () => {
    const placed = placeNotes(
      [
        { id: 'riyadh', text: 'First round' },
        { id: 'istanbul', text: 'Second round' },
      ],
      [mark(0, 300, 100), mark(1, 310, 100)],
      idOf,
      size,
    );
    expect(placed).toHaveLength(2);
    const [a, b] = placed as [NonNullable<(typeof placed)[0]>, NonNullable<(typeof placed)[0]>];
    const apart = a.y + a.height <= b.y || b.y + b.height <= a.y;
    expect(apart).toBe(true);
  });

  it('rings an event without words, and leaves out notes on events with no mark', () => {
    const placed = placeNotes(
      [{ id: 'geneva' }, { id: 'alaska', text: 'Not drawn: a count' }],
      [mark(3, 100, 50)],
      idOf,
      size,
    );
    expect(placed).toEqual([
      {
        id: 'geneva',
        lines: [],
        x: 100,
        y: 50,
        width: 0,
        height: 0,
        ring: { x0: 100, x1: 100, y: 50 },
      },
    ]);
  });

  it('notes an event shown in two lanes once', () => {
    const placed = placeNotes(
      [{ id: 'alaska', text: 'Here' }],
      [mark(2, 100, 50), mark(2, 100, 150)],
      idOf,
      size,
    );
    expect(placed).toHaveLength(1);
  });

  it('never covers another noted mark’s ring with a box', () => {
    const placed = placeNotes(
      [{ id: 'riyadh', text: 'A note long enough to reach across' }, { id: 'istanbul' }],
      [mark(0, 100, 30), mark(1, 160, 52)],
      idOf,
      size,
    );
    const [note, ring] = placed;
    const ringBox = { x: ring!.ring.x0 - 7, y: ring!.ring.y - 8, width: 14, height: 16 };
    const covers =
      note!.x < ringBox.x + ringBox.width &&
      ringBox.x < note!.x + note!.width &&
      note!.y < ringBox.y + ringBox.height &&
      ringBox.y < note!.y + note!.height;
    expect(covers).toBe(false);
  });

  it('a note of 80 characters, in the room the chart keeps for notes, never covers its own mark', () => {
    // The chart's smallest lane: one row of 20 px under a 16 px name, plus the 64 px kept.
    const note =
      'A note of eighty characters that wraps onto three lines in a box of 260 pixels wide';
    for (const width of [320, 540, 1200]) {
      const [placed] = placeNotes([{ id: 'riyadh', text: note }], [mark(0, 200, 26)], idOf, {
        width,
        height: 40 + 64,
        rowHeight: 20,
      });
      const ring = { top: 26 - 8, bottom: 26 + 8 };
      const covers = placed!.y < ring.bottom && ring.top < placed!.y + placed!.height;
      expect(covers).toBe(false);
      expect(placed!.y + placed!.height).toBeLessThanOrEqual(40 + 64);
    }
  });
});
