/**
 * Label placement: each mark's title goes inside its bar when it fits there, otherwise just
 * after the mark, and only as far as the next mark in the same row. A label that cannot show
 * at least a few characters is hidden rather than drawn over its neighbour. Pure: text width is
 * estimated from the character count, so tests need no fonts.
 */
import type { PlacedMark } from './layout';

export interface LabelOptions {
  /** Plot width: labels stop at the right edge. */
  width: number;
  /** Average width of one character at the label font size. */
  charWidth: number;
  /** Fewer characters than this and the label is hidden. */
  minChars: number;
  /** Space between a mark and its label, and before the next mark. */
  gap: number;
}

export const DEFAULT_LABEL_OPTIONS: LabelOptions = {
  width: 800,
  charWidth: 6.6,
  minChars: 6,
  gap: 4,
};

export interface PlacedLabel {
  /** Index into the marks array. */
  mark: number;
  x: number;
  text: string;
  /** True when the label sits inside its bar. */
  inside: boolean;
}

export function fitText(text: string, room: number, o: LabelOptions): string | undefined {
  const fits = Math.floor(room / o.charWidth);
  if (fits >= text.length) return text;
  if (fits < o.minChars) return undefined;
  return text.slice(0, fits - 1).trimEnd() + '…';
}

export function placeLabels(
  marks: readonly PlacedMark[],
  titleOf: (event: number) => string,
  o: LabelOptions,
): PlacedLabel[] {
  // Neighbours in the same lane and row, left to right.
  const rows = new Map<string, number[]>();
  marks.forEach((mark, i) => {
    const key = `${mark.lane}:${mark.row}`;
    const row = rows.get(key);
    if (row) row.push(i);
    else rows.set(key, [i]);
  });
  const labels: PlacedLabel[] = [];
  for (const row of rows.values()) {
    row.sort((a, b) => (marks[a] as PlacedMark).x0 - (marks[b] as PlacedMark).x0);
    row.forEach((index, k) => {
      const mark = marks[index] as PlacedMark;
      const title = titleOf(mark.event);
      const next = k + 1 < row.length ? (marks[row[k + 1] as number] as PlacedMark).x0 : Infinity;
      const limit = Math.min(next - o.gap, o.width);
      if (mark.shape !== 'point') {
        const left = Math.max(mark.x0, 0) + o.gap;
        const inside = fitText(title, Math.min(mark.x1, o.width) - o.gap - left, o);
        if (inside === title) {
          labels.push({ mark: index, x: left, text: title, inside: true });
          return;
        }
      }
      const x = mark.x1 + o.gap;
      if (x >= o.width) return;
      const text = fitText(title, limit - x, o);
      if (text !== undefined) labels.push({ mark: index, x, text, inside: false });
    });
  }
  return labels;
}
