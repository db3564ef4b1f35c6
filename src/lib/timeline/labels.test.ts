import { describe, expect, it } from 'vitest';
import { DEFAULT_LABEL_OPTIONS, fitText, placeLabels, type LabelOptions } from './labels';
import type { PlacedMark } from './layout';

const o: LabelOptions = { ...DEFAULT_LABEL_OPTIONS, width: 1000, charWidth: 10 };
const mark = (
  event: number,
  x0: number,
  x1: number,
  extra: Partial<PlacedMark> = {},
): PlacedMark => ({
  event,
  lane: 0,
  row: 0,
  shape: 'point',
  x0,
  x1,
  y: 10,
  ...extra,
});
const titles = ['Riyadh talks', 'Jeddah talks', 'A very long title that will not fit'];
const title = (i: number) => titles[i] ?? '';

describe('label placement', () => {
  it('puts a label after its point when there is room', () => {
    expect(placeLabels([mark(0, 100, 112)], title, o)).toEqual([
      { mark: 0, x: 116, text: 'Riyadh talks', inside: false },
    ]);
  });

  it('shortens a label that would run into the next mark in its row', () => {
    const labels = placeLabels([mark(0, 100, 112), mark(1, 200, 212)], title, o);
    expect(labels[0]?.text).toBe('Riyadh…');
    expect(labels[0]!.x + labels[0]!.text.length * o.charWidth).toBeLessThanOrEqual(200 - o.gap);
  });

  it('hides a label when fewer than a few characters would fit', () => {
    const labels = placeLabels([mark(0, 100, 112), mark(1, 150, 162)], title, o);
    expect(labels.map((l) => l.mark)).toEqual([1]);
  });

  it('never lets two labels in a row overlap', () => {
    const marks = Array.from({ length: 20 }, (_, i) => mark(i % 3, i * 47, i * 47 + 12));
    const labels = placeLabels(marks, title, o).sort((a, b) => a.x - b.x);
    for (let i = 1; i < labels.length; i++) {
      const prev = labels[i - 1]!;
      expect(prev.x + prev.text.length * o.charWidth).toBeLessThanOrEqual(labels[i]!.x);
    }
  });

  it('ignores marks in other rows', () => {
    const labels = placeLabels([mark(0, 100, 112), mark(1, 150, 162, { row: 1 })], title, o);
    expect(labels).toHaveLength(2);
  });

  it('puts the label inside a bar wide enough to hold it', () => {
    const [label] = placeLabels([mark(0, 100, 400, { shape: 'bar' })], title, o);
    expect(label).toMatchObject({ x: 104, inside: true, text: 'Riyadh talks' });
  });

  it('stops labels at the right edge', () => {
    expect(placeLabels([mark(2, 990, 1002)], title, o)).toEqual([]);
  });

  it('fitText keeps short text whole and cuts long text with an ellipsis', () => {
    expect(fitText('Geneva', 100, o)).toBe('Geneva');
    expect(fitText('Geneva trilateral', 100, o)).toBe('Geneva tr…');
    expect(fitText('Geneva trilateral', 40, o)).toBeUndefined();
  });
});
