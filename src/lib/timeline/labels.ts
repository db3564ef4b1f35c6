/**
 * Label placement: each mark's title goes inside its bar when it fits there, otherwise just
 * after the mark, and only as far as the next mark in the same row. When the whole title has no
 * room, the event's short title (`shortTitle`, written for the chart) is used instead; when
 * neither fits beside the mark, the label may sit in a free stretch of a neighbouring row of
 * its lane, joined to its mark by a leader line; and only then is it cut with "…". A label that
 * cannot show at least a few characters is hidden rather than drawn over its neighbour. Pure:
 * text width is estimated from the character count, so tests need no fonts.
 */
import type { LabelRoom, PlacedMark } from './layout';

export interface LabelOptions {
  /** Plot width: labels stop at the right edge. */
  width: number;
  /** Average width of one character at the label font size. */
  charWidth: number;
  /** Fewer characters than this and the label is hidden. */
  minChars: number;
  /** Space between a mark and its label, and before the next mark. */
  gap: number;
  /** Height of a row: a label moved to another row is this far above or below its mark. */
  rowHeight: number;
}

export const DEFAULT_LABEL_OPTIONS: LabelOptions = {
  width: 800,
  charWidth: 6.6,
  minChars: 6,
  gap: 4,
  rowHeight: 20,
};

/** A label shorter than this, unless whole, reads as a fragment ("Witko…"), not a title. */
export const READABLE_CHARS = 12;
/** A title without a short one is given room for about this much of itself when packing rows. */
const ROOM_CHARS = 24;

export interface PlacedLabel {
  /** Index into the marks array. */
  mark: number;
  x: number;
  text: string;
  /** True when the label sits inside its bar. */
  inside: boolean;
  /** Set when the label sits in another row than its mark: its centre there, for a leader. */
  leader?: { y: number };
}

/** What a mark may be labelled with: its title, and a short title for when that has no room. */
export interface MarkTitles {
  title: string;
  short?: string | undefined;
}

export function fitText(text: string, room: number, o: LabelOptions): string | undefined {
  const fits = Math.floor(room / o.charWidth);
  if (fits >= text.length) return text;
  if (fits < o.minChars) return undefined;
  return text.slice(0, fits - 1).trimEnd() + '…';
}

/** The room a mark's label wants after it (for packing rows): its short title, or some title. */
export function labelRoom(titlesOf: (event: number) => MarkTitles, o: LabelOptions): LabelRoom {
  return (event) => {
    const { title, short } = titlesOf(event);
    const chars = short ? Math.min(short.length, title.length) : Math.min(title.length, ROOM_CHARS);
    return o.gap + chars * o.charWidth;
  };
}

/** Whether a label says enough: the whole title or short title, or at least READABLE_CHARS. */
export function isReadable(text: string, titles: MarkTitles): boolean {
  return text === titles.title || text === titles.short || text.length >= READABLE_CHARS;
}

/** The whole title if it fits in `room`, else the whole short title, else undefined. */
function wholeFit(titles: MarkTitles, room: number, o: LabelOptions): string | undefined {
  if (titles.title.length * o.charWidth <= room) return titles.title;
  if (titles.short && titles.short.length * o.charWidth <= room) return titles.short;
  return undefined;
}

type Span = [number, number];
const free = (taken: readonly Span[], a: number, b: number) =>
  taken.every(([x0, x1]) => b <= x0 || a >= x1);

export function placeLabels(
  marks: readonly PlacedMark[],
  titleOf: (event: number) => string | MarkTitles,
  o: LabelOptions,
): PlacedLabel[] {
  const titlesOf = (event: number): MarkTitles => {
    const t = titleOf(event);
    return typeof t === 'string' ? { title: t } : t;
  };
  // Neighbours in the same lane and row, left to right; and what each row has taken.
  const rows = new Map<string, number[]>();
  const taken = new Map<string, Span[]>();
  const keyOf = (lane: number, row: number) => `${lane}:${row}`;
  marks.forEach((mark, i) => {
    const key = keyOf(mark.lane, mark.row);
    const row = rows.get(key);
    if (row) row.push(i);
    else rows.set(key, [i]);
    const spans = taken.get(key);
    const span: Span = [mark.x0 - o.gap, mark.x1 + o.gap];
    if (spans) spans.push(span);
    else taken.set(key, [span]);
  });
  const labels: PlacedLabel[] = [];
  const take = (key: string, a: number, b: number) => taken.get(key)?.push([a, b]);
  /** Labels cut to fit beside their marks, placed only if nothing better comes up. */
  const fallbacks: { label: PlacedLabel; key: string; end: number }[] = [];
  const unplaced: number[] = [];

  // First pass: every label that fits whole in its own row.
  for (const [key, row] of rows) {
    row.sort((a, b) => (marks[a] as PlacedMark).x0 - (marks[b] as PlacedMark).x0);
    row.forEach((index, k) => {
      const mark = marks[index] as PlacedMark;
      const titles = titlesOf(mark.event);
      const next = k + 1 < row.length ? (marks[row[k + 1] as number] as PlacedMark).x0 : Infinity;
      const limit = Math.min(next - o.gap, o.width);
      if (mark.shape !== 'point') {
        const left = Math.max(mark.x0, 0) + o.gap;
        const inside = wholeFit(titles, Math.min(mark.x1, o.width) - o.gap - left, o);
        if (inside !== undefined) {
          labels.push({ mark: index, x: left, text: inside, inside: true });
          return;
        }
      }
      const x = mark.x1 + o.gap;
      if (x >= o.width) return;
      const whole = wholeFit(titles, limit - x, o);
      if (whole !== undefined) {
        labels.push({ mark: index, x, text: whole, inside: false });
        take(key, x, x + whole.length * o.charWidth);
        return;
      }
      unplaced.push(index);
      const cut = fitText(titles.title, limit - x, o);
      if (cut !== undefined) {
        const label = { mark: index, x, text: cut, inside: false };
        fallbacks.push({ label, key, end: x + cut.length * o.charWidth });
      }
    });
  }

  // Second pass: a title with no room beside its mark tries the free stretch of a nearby row
  // (the next rows first), with a leader line; else the cut label, if its room is still free.
  const rowsOf = new Map<number, number>();
  for (const mark of marks)
    rowsOf.set(mark.lane, Math.max(rowsOf.get(mark.lane) ?? 0, mark.row + 1));
  const moved = new Set<number>();
  for (const index of unplaced) {
    const mark = marks[index] as PlacedMark;
    const titles = titlesOf(mark.event);
    const x = mark.x1 + o.gap;
    const count = rowsOf.get(mark.lane) ?? 1;
    const tries = [...Array(count).keys()]
      .filter((r) => r !== mark.row)
      .sort((a, b) => Math.abs(a - mark.row) - Math.abs(b - mark.row) || b - a);
    // The leader runs down (or up) from the mark: the rows it crosses must be free there.
    const stem = mark.shape === 'point' ? (mark.x0 + mark.x1) / 2 : mark.x1;
    const crossable = (r: number) => free(taken.get(keyOf(mark.lane, r)) ?? [], stem - 1, x);
    for (const r of tries) {
      const step = r > mark.row ? 1 : -1;
      let clear = true;
      for (let between = mark.row + step; between !== r; between += step)
        clear &&= crossable(between);
      if (!clear) continue;
      const key = keyOf(mark.lane, r);
      const spans = taken.get(key) ?? [];
      const text = [titles.title, titles.short].find(
        (t): t is string =>
          t !== undefined &&
          x + t.length * o.charWidth <= o.width &&
          free(spans, x, x + t.length * o.charWidth + o.gap),
      );
      if (text === undefined) continue;
      const y = mark.y + (r - mark.row) * o.rowHeight;
      labels.push({ mark: index, x, text, inside: false, leader: { y } });
      take(key, x, x + text.length * o.charWidth);
      moved.add(index);
      break;
    }
  }
  for (const { label, key, end } of fallbacks) {
    if (moved.has(label.mark) || !free(taken.get(key) ?? [], label.x, end)) continue;
    labels.push(label);
  }
  return labels.sort((a, b) => a.mark - b.mark);
}
