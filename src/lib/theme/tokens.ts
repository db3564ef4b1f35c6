/**
 * Parley's design tokens: every colour the app, the chart's canvas and the exported image use,
 * in light and dark, written once. The page gets them as CSS custom properties (tokens-css.ts,
 * turned into a stylesheet at build time by src/build/tokens-plugin.js); the canvas and the
 * image get them as values from here. Change a colour here and all three follow.
 */

/** The colours of one theme. Each name becomes a custom property: `warnBg` is `--warn-bg`. */
export interface Palette {
  bg: string;
  surface: string;
  text: string;
  muted: string;
  border: string;
  accent: string;
  /** Keyboard focus, and the chart's today line. */
  focus: string;
  warnBg: string;
  /** Warnings' edge, and the ring round a starred mark. */
  warnBorder: string;
  errorBg: string;
  errorBorder: string;
  infoBg: string;
  badgeBg: string;
  partly: string;
  unconfirmed: string;
  /** Count bins (lanes too dense for marks) and the overview's histogram. */
  bin: string;
  binText: string;
  /** Every other lane's band, solid (some SVG editors ignore rgba). */
  laneOdd: string;
  /** Text written inside a solid bar. */
  onMark: string;
  /** The eras' bands over the axis (two, alternating), their edge and text, and a pressed era button's text. */
  eraBand: string;
  eraBandAlt: string;
  eraBorder: string;
  eraText: string;
  eraPressedText: string;
  /** Mark colour by event kind; a kind not listed is drawn as `other`. */
  kinds: Readonly<Record<string, string>>;
}

export const LIGHT_PALETTE: Palette = {
  bg: '#fbfaf7',
  surface: '#ffffff',
  text: '#1d1d1f',
  muted: '#555a60',
  border: '#d9d6cf',
  accent: '#1f5fa8',
  focus: '#c2410c',
  warnBg: '#fff4d6',
  warnBorder: '#b7791f',
  errorBg: '#fde8e8',
  errorBorder: '#b42318',
  infoBg: '#e8f1fb',
  badgeBg: '#efece6',
  partly: '#8a5a00',
  unconfirmed: '#9b1c1c',
  bin: '#6b7fa3',
  binText: '#ffffff',
  laneOdd: '#f7f7f7',
  onMark: '#ffffff',
  eraBand: '#eef2f7',
  eraBandAlt: '#e1e8f1',
  eraBorder: '#5b6f8c',
  eraText: '#1f2f45',
  eraPressedText: '#ffffff',
  kinds: {
    'envoy-meeting': '#1f5fa8',
    'negotiation-round': '#0f766e',
    summit: '#b4432a',
    'phone-call': '#7048a8',
    document: '#8a6a00',
    // Kinds the data team is adding; listed ahead so their events never fall back to grey.
    ministerial: '#a23b72',
    'advisers-meeting': '#3b7d23',
    other: '#5b6470',
  },
};

export const DARK_PALETTE: Palette = {
  bg: '#15171a',
  surface: '#1e2125',
  text: '#ecebe8',
  muted: '#a9adb3',
  border: '#3a3f45',
  accent: '#8ab8f0',
  focus: '#fb923c',
  warnBg: '#3a2e12',
  warnBorder: '#d69e2e',
  errorBg: '#3b1717',
  errorBorder: '#f87171',
  infoBg: '#17283b',
  badgeBg: '#2b2f35',
  partly: '#f0b94a',
  unconfirmed: '#fca5a5',
  bin: '#8aa0c8',
  binText: '#10131a',
  laneOdd: '#282b2f',
  onMark: '#10131a',
  eraBand: '#1f2833',
  eraBandAlt: '#27323f',
  eraBorder: '#8fa6c4',
  eraText: '#dfe7f1',
  eraPressedText: '#10131a',
  kinds: {
    'envoy-meeting': '#7fb2ee',
    'negotiation-round': '#5ccfc1',
    summit: '#f29b82',
    'phone-call': '#c0a2ee',
    document: '#e0c35a',
    ministerial: '#f0a0c8',
    'advisers-meeting': '#9bd17f',
    other: '#a5adb8',
  },
};

/** On paper: black on white, whatever the screen's theme; marks keep the light colours. */
export const PRINT_PALETTE: Palette = {
  ...LIGHT_PALETTE,
  bg: '#ffffff',
  surface: '#ffffff',
  text: '#000000',
  muted: '#333333',
  border: '#999999',
  badgeBg: '#eeeeee',
  laneOdd: '#f5f5f5',
};

/** Tokens that do not change with the theme. */
export const FIXED_TOKENS = {
  radius: '6px',
  font: "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif",
} as const;

/** The colour of a kind; unknown and missing kinds take `other`'s. */
export function kindColor(palette: Palette, kind: string | undefined): string {
  return palette.kinds[kind ?? 'other'] ?? palette.kinds.other ?? palette.muted;
}

/** `warnBg` → `--warn-bg`; a kind `summit` → `--kind-summit`. */
export function cssName(token: string): string {
  return `--${token.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/**
 * The palette as references to the page's custom properties, for the live chart's SVG: its
 * colours then follow the theme (system, data-theme, print) through CSS alone, with no redraw.
 */
export const CSS_PALETTE: Palette = {
  ...(Object.fromEntries(
    Object.keys(LIGHT_PALETTE)
      .filter((key) => key !== 'kinds')
      .map((key) => [key, `var(${cssName(key)})`]),
  ) as Omit<Palette, 'kinds'>),
  kinds: Object.fromEntries(
    Object.keys(LIGHT_PALETTE.kinds).map((kind) => [kind, `var(${cssName(`kind-${kind}`)})`]),
  ),
};

export type ColorSchemeName = 'light' | 'dark';

export function paletteFor(scheme: ColorSchemeName): Palette {
  return scheme === 'dark' ? DARK_PALETTE : LIGHT_PALETTE;
}
