/**
 * A chart image as a file to save: the SVG itself, or a PNG made from it at twice its size.
 * Browser-only for PNG (it needs a canvas); the SVG needs nothing but the pure builder.
 */
import { exportFileName } from '../export/selection';
import type { ChronologyHeader } from '../model/types';
import { chartSvg, type ChartImageInput } from './chart-svg';
import { svgToPng } from './rasterize';

export type ChartFormat = 'png' | 'svg';

/** Pixels per CSS pixel in a PNG: enough for print and for high-density screens. */
export const PNG_SCALE = 2;

export interface ChartFile {
  blob: Blob;
  fileName: string;
  /** Size in pixels of the file (a PNG's are PNG_SCALE times the SVG's). */
  width: number;
  height: number;
}

export async function makeChartFile(
  format: ChartFormat,
  input: ChartImageInput,
  chronology: ChronologyHeader,
  now: Date,
): Promise<ChartFile> {
  const image = chartSvg(input);
  const fileName = exportFileName(chronology, now, format, 'chart');
  if (format === 'svg') {
    return {
      blob: new Blob([image.svg], { type: 'image/svg+xml' }),
      fileName,
      width: image.width,
      height: image.height,
    };
  }
  return {
    blob: await svgToPng(image.svg, image.width, image.height, PNG_SCALE),
    fileName,
    width: image.width * PNG_SCALE,
    height: image.height * PNG_SCALE,
  };
}
