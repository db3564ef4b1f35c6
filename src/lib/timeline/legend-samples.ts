/**
 * The legend's samples: the small symbol beside each entry's words, as shapes and paints from
 * the marks' own encoding (encoding.ts). The live legend (Legend.svelte, KindSwatch.svelte) and
 * the image's (image/chart-legend.ts) both draw these, so a sample is the same wherever it is.
 */
import { kindColor, type Palette } from '../theme/tokens';
import {
  disagreePaint,
  markPaint,
  todayPaint,
  type MarkLook,
  type MarkPart,
  type Paint,
} from './encoding';
import type { LegendEntry } from './legend';

/** A part of a sample: a shape as the marks have, or a line (today's). */
export type SamplePart =
  MarkPart | { line: { x1: number; y1: number; x2: number; y2: number }; paint: Paint };

export interface Sample {
  /** Its box, with the parts drawn from its top-left corner. */
  width: number;
  height: number;
  parts: SamplePart[];
}

/** How tall an entry's sample is: a line of the legend's text. */
export const SAMPLE_HEIGHT = 14;

/** The sample of an entry of the legend (legend.ts). */
export function legendSample(entry: LegendEntry, p: Palette): Sample {
  // In the muted colour, so that a shape reads as "any kind".
  const look = (shape: MarkLook['shape'], status?: string): Paint =>
    markPaint({ shape, status, color: p.muted }, p);
  const dot = (paint: Paint, cx = 8, cy = 7): MarkPart => ({
    shape: { type: 'circle', cx, cy, r: 5 },
    paint,
  });
  const sample = (width: number, ...parts: SamplePart[]): Sample => ({
    width,
    height: SAMPLE_HEIGHT,
    parts,
  });
  switch (entry) {
    case 'point':
      return sample(16, dot(look('point')));
    case 'bar':
    case 'band':
      return sample(28, {
        shape: { type: 'rect', x: 1, y: 2, width: 26, height: 10, rx: 3 },
        paint: look(entry),
      });
    case 'partly':
    case 'unconfirmed':
      return sample(16, dot(look('point', entry)));
    case 'disagree':
      return sample(16, dot(look('point'), 7, 8), {
        shape: { type: 'circle', cx: 11, cy: 4, r: 2.5 },
        paint: disagreePaint(p),
      });
    case 'bins':
      return sample(28, {
        shape: { type: 'rect', x: 1, y: 1, width: 26, height: 12, rx: 0 },
        paint: { fill: p.bin },
      });
    case 'today':
      return sample(8, { line: { x1: 4, y1: 0, x2: 4, y2: SAMPLE_HEIGHT }, paint: todayPaint(p) });
  }
}

/** A kind's colour as a small square (the legends, the numbers panel). */
export function kindSample(kind: string, p: Palette): Sample {
  return {
    width: 12,
    height: 12,
    parts: [
      {
        shape: { type: 'rect', x: 0, y: 0, width: 12, height: 12, rx: 2 },
        paint: { fill: kindColor(p, kind) },
      },
    ],
  };
}
