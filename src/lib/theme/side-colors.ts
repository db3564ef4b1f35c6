/**
 * The sides' colours (a participant's `side`: US, RU, UA…): a design token like those in
 * ./tokens.ts, in a file of its own because only the people views (loaded on first use) draw
 * them, and the first load of the app and the embed should not carry them. Every view that
 * colours a person by side takes its colour from here.
 *
 * The four parties and the mediators have a colour each, the hues the venue map gives their
 * channels (Russia red, Ukraine ochre, the US blue, Europe teal); every other side shares one
 * grey, as more hues would be told apart by nobody. Colour is never the only cue: each view
 * writes the side's code beside the name too.
 */
import type { ColorSchemeName } from './tokens';

export const SIDE_COLORS: Record<ColorSchemeName, Readonly<Record<string, string>>> = {
  light: {
    US: '#1f5fa8',
    RU: '#b03a2e',
    UA: '#8a6a00',
    EU: '#0f766e',
    MED: '#6b3fa0',
    other: '#5b6470',
  },
  dark: {
    US: '#7fb2ee',
    RU: '#f08a7a',
    UA: '#e0c35a',
    EU: '#5ccfc1',
    MED: '#c0a2ee',
    other: '#a5adb8',
  },
};

/** The sides that have a colour of their own, in the order legends list them. */
export const COLOURED_SIDES: readonly string[] = ['US', 'RU', 'UA', 'EU', 'MED'];

/** The colour of a side; any other side, and none, take `other`'s. */
export function sideColor(scheme: ColorSchemeName, side: string | undefined): string {
  const colors = SIDE_COLORS[scheme];
  return colors[side ?? 'other'] ?? colors.other ?? '#5b6470';
}
