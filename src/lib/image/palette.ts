/**
 * Colours for a chart image. The live chart reads its colours from CSS variables (app.css); an
 * image is a file that lives without the page, so it carries them as values. palette.test.ts
 * checks these against app.css, so a change of colour there cannot leave images behind.
 */
import type { CanvasPalette } from '../timeline/colors';

export interface ChartPalette extends CanvasPalette {
  /** Grid lines. */
  border: string;
  /** Every other lane's band, as a solid colour (some SVG editors ignore rgba). */
  laneOdd: string;
  /** Today's line. */
  today: string;
  /** Text written inside a solid bar. */
  onMark: string;
}

export const LIGHT_PALETTE: ChartPalette = {
  kinds: {
    'envoy-meeting': '#1f5fa8',
    'negotiation-round': '#0f766e',
    summit: '#b4432a',
    'phone-call': '#7048a8',
    document: '#8a6a00',
    other: '#5b6470',
  },
  text: '#1d1d1f',
  muted: '#555a60',
  bin: '#6b7fa3',
  binText: '#ffffff',
  surface: '#ffffff',
  border: '#d9d6cf',
  // --lane-odd is black at 3.5 % over the white surface.
  laneOdd: '#f7f7f7',
  today: '#c2410c',
  onMark: '#ffffff',
};

export const DARK_PALETTE: ChartPalette = {
  kinds: {
    'envoy-meeting': '#7fb2ee',
    'negotiation-round': '#5ccfc1',
    summit: '#f29b82',
    'phone-call': '#c0a2ee',
    document: '#e0c35a',
    other: '#a5adb8',
  },
  text: '#ecebe8',
  muted: '#a9adb3',
  bin: '#8aa0c8',
  binText: '#10131a',
  surface: '#1e2125',
  border: '#3a3f45',
  // --lane-odd is white at 4 % over the dark surface.
  laneOdd: '#282b2f',
  today: '#fb923c',
  onMark: '#10131a',
};
