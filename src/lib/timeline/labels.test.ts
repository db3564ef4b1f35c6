import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LABEL_OPTIONS,
  fitText,
  isReadable,
  labelRoom,
  placeLabels,
  type LabelOptions,
  type MarkTitles,
} from './labels';
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

  // Marks in a lane of three rows (20 px each), titles with short titles.
  const withShort: MarkTitles[] = [
    { title: 'Witkoff and Kushner meet Putin at the Kremlin', short: 'Witkoff–Putin, Dec 2' },
    { title: 'Trump–Putin call', short: undefined },
    { title: 'Technical talks in Riyadh with three teams', short: 'Riyadh technical talks' },
  ];
  const titlesOf = (i: number) => withShort[i] ?? { title: '' };
  const at = (event: number, row: number, x0: number, x1 = x0 + 12) =>
    mark(event, x0, x1, { row, y: 10 + row * 20 });

  it.each([
    ['the whole title, where it fits', 600, 'Witkoff and Kushner meet Putin at the Kremlin'],
    ['the short title, where only it fits', 330, 'Witkoff–Putin, Dec 2'],
    ['the title cut, where neither fits', 250, 'Witkoff and…'],
  ])('labels a mark with %s', (_, next, text) => {
    const labels = placeLabels([at(0, 0, 100), at(1, 0, next)], titlesOf, o);
    expect(labels.find((l) => l.mark === 0)?.text).toBe(text);
  });

  it('puts the short title inside a bar that holds it but not the whole title', () => {
    const [label] = placeLabels([{ ...at(2, 0, 100, 360), shape: 'bar' }], titlesOf, o);
    expect(label).toMatchObject({ inside: true, text: 'Riyadh technical talks' });
  });

  it('moves a title with no room beside its mark to a free row, with a leader', () => {
    // Row 0 is crowded (a mark 40 px on); row 1 is free up to its mark at x = 700.
    const marks = [at(0, 0, 100), at(1, 0, 140), at(1, 1, 700)];
    const labels = placeLabels(marks, titlesOf, o);
    expect(labels.find((l) => l.mark === 0)).toEqual({
      mark: 0,
      x: 116,
      text: 'Witkoff and Kushner meet Putin at the Kremlin',
      inside: false,
      leader: { y: 30 },
    });
  });

  it('does not move a title to a row whose stretch is taken, nor lead a line across a label', () => {
    // Row 1 holds a long label where the title would go; row 2 is free, but the leader would
    // cross row 1's label: the title stays in its row, cut.
    const marks = [at(0, 0, 100), at(1, 0, 240), at(2, 1, 60, 72), at(1, 2, 900)];
    const labels = placeLabels(marks, titlesOf, o);
    expect(labels.find((l) => l.mark === 0)).toEqual({
      mark: 0,
      x: 116,
      text: 'Witkoff and…',
      inside: false,
    });
    expect(labels.some((l) => l.leader)).toBe(false);
  });

  it('never places a moved label over another label or mark', () => {
    const marks = Array.from({ length: 30 }, (_, i) => at(i % 3, i % 3, 40 + i * 31));
    const labels = placeLabels(marks, titlesOf, o);
    const rowOf = (l: (typeof labels)[number]) =>
      l.leader ? (l.leader.y - 10) / 20 : marks[l.mark]!.row;
    for (const a of labels) {
      const a1 = a.x + a.text.length * o.charWidth;
      for (const b of labels) {
        if (a === b || rowOf(a) !== rowOf(b)) continue;
        expect(a1 <= b.x || b.x + b.text.length * o.charWidth <= a.x).toBe(true);
      }
      for (const m of marks)
        if (m.row === rowOf(a) && marks.indexOf(m) !== a.mark)
          expect(a1 <= m.x0 || m.x1 <= a.x).toBe(true);
    }
  });

  it('asks packing for room for the short title, or for some of a long title', () => {
    const room = labelRoom(titlesOf, o);
    expect(room(0)).toBe(o.gap + 'Witkoff–Putin, Dec 2'.length * o.charWidth);
    expect(room(1)).toBe(o.gap + 'Trump–Putin call'.length * o.charWidth);
    const long = labelRoom(() => ({ title: 'x'.repeat(60) }), o);
    expect(long(0)).toBe(o.gap + 24 * o.charWidth);
  });

  it.each([
    ['Witkoff–Putin, Dec 2', true],
    ['Trump–Putin call', true],
    ['Witkoff and…', true],
    ['Witkoff a…', false],
  ])('"%s" is readable: %s', (text, readable) => {
    const titles = text.startsWith('Trump') ? withShort[1]! : withShort[0]!;
    expect(isReadable(text, titles)).toBe(readable);
  });
});
