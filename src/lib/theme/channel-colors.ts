/**
 * The negotiation channels' colours: a design token like those in ./tokens.ts, in a file of its
 * own because only the venue map (loaded on first use) draws them, and the first load of the
 * app and the embed should not carry them.
 */
import type { ColorSchemeName } from './tokens';

/**
 * The negotiation channels' (`track`) colours, used by the venue map's symbols only: the
 * timeline colours its marks by kind. Plain values per scheme (the map draws them as it draws
 * the rest of its SVG); a channel not listed, or none, is drawn as `other`.
 */
export const CHANNEL_COLORS: Record<ColorSchemeName, Readonly<Record<string, string>>> = {
  light: {
    'us-russia': '#b03a2e',
    'us-ukraine': '#1f5fa8',
    'russia-ukraine': '#8a6a00',
    'us-russia-ukraine': '#6b3fa0',
    europe: '#0f766e',
    'normandy-format': '#a23b72',
    'contact-group': '#3b7d23',
    humanitarian: '#a85400',
    'peace-formula': '#7c4a1e',
    other: '#5b6470',
  },
  dark: {
    'us-russia': '#f08a7a',
    'us-ukraine': '#7fb2ee',
    'russia-ukraine': '#e0c35a',
    'us-russia-ukraine': '#c0a2ee',
    europe: '#5ccfc1',
    'normandy-format': '#f0a0c8',
    'contact-group': '#9bd17f',
    humanitarian: '#f5ab5e',
    'peace-formula': '#d4a373',
    other: '#a5adb8',
  },
};

/** The colour of a channel on the map; unknown and missing channels take `other`'s. */
export function channelColor(scheme: ColorSchemeName, track: string | undefined): string {
  const colors = CHANNEL_COLORS[scheme];
  return colors[track ?? 'other'] ?? colors.other ?? '#5b6470';
}
