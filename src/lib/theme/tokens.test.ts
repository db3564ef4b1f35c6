import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from '../model/types';
import { tokensCss } from './tokens-css';
import { TRACK_LABELS } from '../format/labels';
import { CHANNEL_COLORS, channelColor } from './channel-colors';
import { COLOURED_SIDES, SIDE_COLORS, sideColor } from './side-colors';
import {
  CSS_PALETTE,
  cssName,
  DARK_PALETTE,
  kindColor,
  LIGHT_PALETTE,
  PRINT_PALETTE,
  type Palette,
} from './tokens';

/** WCAG relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const THEMES: [string, Palette][] = [
  ['light', LIGHT_PALETTE],
  ['dark', DARK_PALETTE],
  ['print', PRINT_PALETTE],
];

describe('design tokens', () => {
  it('colour every kind, the two the data team is adding included', () => {
    for (const [, palette] of THEMES)
      for (const kind of [...EVENT_KINDS, 'ministerial', 'advisers-meeting'])
        expect(palette.kinds[kind], kind).toMatch(/^#[0-9a-f]{6}$/);
  });

  it.each(THEMES)('give every kind a distinct colour in %s', (_, palette) => {
    const colours = Object.values(palette.kinds);
    expect(new Set(colours).size).toBe(colours.length);
  });

  it.each(THEMES)(
    'keep every kind readable on the surface and on a banded lane in %s (AA, 4.5:1)',
    (_, palette) => {
      for (const [kind, colour] of Object.entries(palette.kinds)) {
        expect(contrast(colour, palette.surface), kind).toBeGreaterThanOrEqual(4.5);
        expect(contrast(colour, palette.laneOdd), kind).toBeGreaterThanOrEqual(4.5);
      }
    },
  );

  it('draws an unknown or missing kind as "other"', () => {
    expect(kindColor(LIGHT_PALETTE, 'press-conference')).toBe(LIGHT_PALETTE.kinds.other);
    expect(kindColor(DARK_PALETTE, undefined)).toBe(DARK_PALETTE.kinds.other);
    expect(kindColor(LIGHT_PALETTE, 'ministerial')).toBe('#a23b72');
  });

  it('name custom properties in CSS’s style', () => {
    expect(cssName('warnBg')).toBe('--warn-bg');
    expect(cssName('kind-advisers-meeting')).toBe('--kind-advisers-meeting');
  });

  it('refer the live chart only to properties the stylesheet defines', () => {
    const css = tokensCss();
    const names = [
      ...Object.entries(CSS_PALETTE).filter(([key]) => key !== 'kinds'),
      ...Object.entries(CSS_PALETTE.kinds),
    ].map(([, value]) => /^var\((--[a-z-]+)\)$/.exec(value as string)?.[1]);
    for (const name of names) expect(css).toContain(`  ${name}: `);
    expect(CSS_PALETTE.kinds.summit).toBe('var(--kind-summit)');
    expect(CSS_PALETTE.warnBorder).toBe('var(--warn-border)');
  });

  it('write each value into the stylesheet', () => {
    const css = tokensCss();
    expect(css).toContain('--kind-ministerial: #a23b72;');
    expect(css).toContain('--kind-ministerial: #f0a0c8;');
    expect(css).toContain('--on-mark: #10131a;');
    expect(css).toContain('--font: system-ui');
  });
});

describe('channel colours (the venue map)', () => {
  const SCHEMES = [
    ['light', LIGHT_PALETTE],
    ['dark', DARK_PALETTE],
  ] as const;

  it.each(SCHEMES)(
    'give every channel of the data a distinct colour, visible on the surface in %s (3:1)',
    (scheme, palette) => {
      const channels = [
        'us-russia',
        'us-ukraine',
        'russia-ukraine',
        'us-russia-ukraine',
        'europe',
        ...Object.keys(TRACK_LABELS),
      ];
      const colours = channels.map((track) => channelColor(scheme, track));
      expect(new Set(colours).size).toBe(channels.length);
      expect(colours).not.toContain(channelColor(scheme, undefined));
      for (const colour of Object.values(CHANNEL_COLORS[scheme])) {
        expect(colour).toMatch(/^#[0-9a-f]{6}$/);
        expect(contrast(colour, palette.surface), colour).toBeGreaterThanOrEqual(3);
      }
    },
  );

  it('draws an unknown or missing channel as "other"', () => {
    expect(channelColor('light', 'un-talks')).toBe(CHANNEL_COLORS.light.other);
    expect(channelColor('dark', undefined)).toBe(CHANNEL_COLORS.dark.other);
  });
});

describe('side colours (the people views)', () => {
  it.each([
    ['light', LIGHT_PALETTE],
    ['dark', DARK_PALETTE],
  ] as const)(
    'give each coloured side a distinct colour, not the others’ grey, visible in %s (3:1)',
    (scheme, palette) => {
      const colours = COLOURED_SIDES.map((side) => sideColor(scheme, side));
      expect(new Set(colours).size).toBe(COLOURED_SIDES.length);
      expect(colours).not.toContain(sideColor(scheme, 'OSCE'));
      for (const colour of Object.values(SIDE_COLORS[scheme])) {
        expect(colour).toMatch(/^#[0-9a-f]{6}$/);
        expect(contrast(colour, palette.surface), colour).toBeGreaterThanOrEqual(3);
      }
    },
  );

  it('draws any other side, or none, as "other"', () => {
    expect(sideColor('light', 'UN')).toBe(SIDE_COLORS.light.other);
    expect(sideColor('dark', undefined)).toBe(SIDE_COLORS.dark.other);
  });
});
