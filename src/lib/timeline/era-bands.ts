/**
 * Where each era's band goes over the axis at the current zoom, and how much of its title fits.
 * Pure: text width is estimated from the character count (labels.ts), so tests need no fonts.
 */
import { ownEnd, type EraSpan } from './eras';
import { DEFAULT_LABEL_OPTIONS, fitText, type LabelOptions } from './labels';
import type { TimeScale } from './scale';

export interface EraBand {
  span: EraSpan;
  /** Row: the rank of the era's level among the levels used (0 is the top row). */
  row: number;
  /** Clipped to the plot: a band half out of view starts at 0 and keeps its label in view. */
  x0: number;
  x1: number;
  /** The title, shortened with "…" to fit the band, or undefined when too little would show. */
  label: string | undefined;
  /** Position among the bands of its row, so neighbours can alternate shades. */
  index: number;
}

/** Era labels are a little larger than mark labels (12 px), and may show as little as "Min…". */
export const ERA_LABEL_OPTIONS: LabelOptions = {
  ...DEFAULT_LABEL_OPTIONS,
  charWidth: 7,
  minChars: 4,
  gap: 6,
};

/**
 * Bands for the eras in view. A band never reaches into the next one in its row: eras that
 * share a day (one ends on the day the next begins) would otherwise overlap by that day.
 */
export function layoutEraBands(
  spans: readonly EraSpan[],
  x: TimeScale,
  width: number,
  options: LabelOptions = ERA_LABEL_OPTIONS,
): EraBand[] {
  const rows = new Map<number, EraSpan[]>();
  for (const span of spans) {
    const row = rows.get(span.era.level);
    if (row) row.push(span);
    else rows.set(span.era.level, [span]);
  }
  const bands: EraBand[] = [];
  // Rows go by rank, not by the level's number: a dataset whose broadest level is 1 (as the
  // format asks) still draws it in the top row, with no empty row above.
  const ranked = [...rows].sort((a, b) => a[0] - b[0]);
  for (const [rank, [, row]] of ranked.entries()) {
    row.sort((a, b) => a.start - b.start);
    row.forEach((span, index) => {
      const left = x(span.start);
      const right = x(ownEnd(row, span));
      const x0 = Math.max(0, left);
      const x1 = Math.min(width, right);
      if (x1 - x0 < 1) return;
      const label = fitText(span.era.title, x1 - x0 - 2 * options.gap, options);
      bands.push({ span, row: rank, x0, x1, label, index });
    });
  }
  return bands;
}

/** How many rows of bands the eras need (one per level used), so the chart can make room. */
export function eraRows(spans: readonly EraSpan[]): number {
  return new Set(spans.map((span) => span.era.level)).size;
}
