/**
 * The embed's theme=light|dark|auto, as an attribute on <html> that the tokens' CSS reads. "auto"
 * leaves the reader's system setting in charge.
 */
import { colorScheme } from '../timeline/theme.svelte';
import type { EmbedTheme } from './options';

export function applyTheme(root: HTMLElement, theme: EmbedTheme): void {
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
  // The canvas reads its colours once per scheme: tell it the scheme changed.
  colorScheme.version++;
}
