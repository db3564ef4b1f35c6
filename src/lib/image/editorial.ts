/**
 * Chart images at the sizes newsrooms publish them: 1200 × 675 (an article's 16:9), 1080 × 1080
 * (square) and 1080 × 1350 (portrait), in the embed's editorial frame (the journalist's
 * headline, subtitle, caption and credit). The chart is laid out at the frame's width as usual;
 * when it is taller than the frame, the whole of it is scaled down to fit, never cropped, so no
 * label of an event shown is cut. Pure.
 */
import type { ChartImage } from './chart-svg';
import { el } from './xml';

export const EDITORIAL_SIZES = {
  '16:9': { width: 1200, height: 675, label: '1200 × 675 (16:9, an article)' },
  '1:1': { width: 1080, height: 1080, label: '1080 × 1080 (square)' },
  '4:5': { width: 1080, height: 1350, label: '1080 × 1350 (portrait)' },
} as const;
export type EditorialSize = keyof typeof EDITORIAL_SIZES;

/** The journalist's words around the chart (the embed's, README "Embed"). */
export interface EditorialText {
  headline?: string;
  subtitle?: string;
  caption?: string;
  credit?: string;
}

/**
 * `image` (laid out at `size.width`) inside a frame of exactly `size`: scaled down to fit its
 * height if it must (never up), centred across, on the image's own background.
 */
export function inFrame(
  image: ChartImage,
  size: { width: number; height: number },
  background: string,
): ChartImage & { scale: number } {
  const scale = Math.min(1, size.width / image.width, size.height / image.height);
  const width = image.width * scale;
  const height = image.height * scale;
  const x = (size.width - width) / 2;
  // The inner image keeps its own viewBox: nested, it is scaled whole, words and all.
  const inner = image.svg
    .replace(/^<\?xml[^>]*\?>\s*/, '')
    .replace(/^<svg /, `<svg x="${round(x)}" y="0" `)
    .replace(
      / width="[\d.]+" height="[\d.]+"/,
      ` width="${round(width)}" height="${round(height)}"`,
    );
  const svg =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" ` +
    `viewBox="0 0 ${size.width} ${size.height}">` +
    el('rect', { width: size.width, height: size.height, fill: background }) +
    inner.trimEnd() +
    '</svg>\n';
  return { svg, width: size.width, height: size.height, scale };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
