/**
 * The design tokens as a stylesheet of custom properties: light by default, dark when the
 * reader's system asks for it, and an explicit `data-theme` on <html> (the embed's theme=)
 * winning over the system. Built into a CSS file at build time (src/build/tokens-plugin.js):
 * a file, not a <style> element, so the Content-Security-Policy needs no inline styles.
 */
import {
  cssName,
  DARK_PALETTE,
  FIXED_TOKENS,
  LIGHT_PALETTE,
  PRINT_PALETTE,
  type Palette,
} from './tokens';

function declarations(palette: Palette, indent: string): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(palette)) {
    if (key === 'kinds') continue;
    lines.push(`${indent}${cssName(key)}: ${value as string};`);
  }
  for (const [kind, value] of Object.entries(palette.kinds))
    lines.push(`${indent}${cssName(`kind-${kind}`)}: ${value};`);
  return lines.join('\n');
}

export function tokensCss(): string {
  const fixed = Object.entries(FIXED_TOKENS)
    .map(([key, value]) => `  ${cssName(key)}: ${value};`)
    .join('\n');
  return `/* Generated from src/lib/theme/tokens.ts: edit the colours there. */
:root {
${declarations(LIGHT_PALETTE, '  ')}
${fixed}
  color-scheme: light dark;
}

/* Dark follows the reader's system, unless the embed's theme=light says otherwise. */
@media (prefers-color-scheme: dark) {
  :root:not([data-theme='light']) {
${declarations(DARK_PALETTE, '    ')}
  }
}

/* An explicit theme (the embed's theme=light|dark) wins over the system setting. */
:root[data-theme='light'] {
  color-scheme: light;
}

:root[data-theme='dark'] {
  color-scheme: dark;
${declarations(DARK_PALETTE, '  ')}
}

/* On paper: black on white whatever the theme. The second selector outranks the dark rules. */
@media print {
  :root,
  :root:not([data-theme='light']) {
    color-scheme: light;
${declarations(PRINT_PALETTE, '    ')}
  }
}
`;
}
