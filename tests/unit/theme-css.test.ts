import { describe, expect, it } from 'vitest';
import { tokensCss } from '../../src/lib/theme/tokens-css';

// The custom properties the pages load (virtual:parley-tokens.css), made from the tokens.
const css = tokensCss();

/** The custom properties of the first rule whose selector follows `marker`. */
function variables(marker: string): Record<string, string> {
  const start = css.indexOf(marker);
  expect(start, `the tokens' CSS has ${marker}`).toBeGreaterThanOrEqual(0);
  const open = css.indexOf('{', css.indexOf(':root', start));
  const block = css.slice(open, css.indexOf('}', open));
  return Object.fromEntries(
    [...block.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1], (m[2] as string).trim()]),
  );
}

describe('the dark theme', () => {
  it('looks the same whether the system asks for it or an embed’s theme=dark does', () => {
    const system = variables('@media (prefers-color-scheme: dark)');
    const explicit = variables(":root[data-theme='dark']");
    expect(Object.keys(system).length).toBeGreaterThan(20);
    expect(explicit).toEqual(system);
  });

  it('is skipped when an embed asks for theme=light on a dark system', () => {
    expect(css).toMatch(
      /@media \(prefers-color-scheme: dark\) \{\s*:root:not\(\[data-theme='light'\]\) \{/,
    );
  });

  it('defines every variable the light theme defines', () => {
    const light = variables(':root {');
    const dark = variables(":root[data-theme='dark']");
    const themed = Object.keys(light).filter((name) => !['radius', 'font'].includes(name));
    expect(Object.keys(dark).sort()).toEqual(themed.sort());
  });
});
