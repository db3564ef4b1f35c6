import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DARK_PALETTE, LIGHT_PALETTE, type ChartPalette } from './palette';

const css = readFileSync(new URL('../../app.css', import.meta.url), 'utf8');

/** The custom properties of the first block after `marker` in app.css. */
function variables(marker: string): Record<string, string> {
  const start = css.indexOf(marker);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries(
    [...block.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1], (m[2] as string).trim()]),
  );
}

function expectSameAs(palette: ChartPalette, vars: Record<string, string>) {
  for (const [kind, colour] of Object.entries(palette.kinds))
    expect(colour).toBe(vars[`kind-${kind}`]);
  expect(palette.text).toBe(vars.text);
  expect(palette.muted).toBe(vars.muted);
  expect(palette.surface).toBe(vars.surface);
  expect(palette.border).toBe(vars.border);
  expect(palette.bin).toBe(vars.bin);
  expect(palette.binText).toBe(vars['bin-text']);
  expect(palette.today).toBe(vars.focus);
}

describe('chart image palettes', () => {
  it('use the light theme’s colours from app.css', () => {
    expectSameAs(LIGHT_PALETTE, variables(':root {'));
  });

  it('use the dark theme’s colours from app.css', () => {
    expectSameAs(DARK_PALETTE, variables('@media (prefers-color-scheme: dark)'));
  });
});
