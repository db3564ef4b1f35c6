/**
 * Which colour scheme the page is in, as a rune that changes when the reader's system switches
 * between light and dark or an embed's theme= sets one. The canvas draws with the palette of
 * this scheme (theme/tokens.ts); the SVG layer needs no redraw, as CSS switches its colours.
 */
import type { ColorSchemeName } from '../theme/tokens';

class ColorScheme {
  /** Bumped on every switch; read it in a $derived to recompute on change. */
  version = $state(0);
  #listening = false;

  /** Start listening (once, in the browser). */
  watch(): void {
    if (this.#listening || typeof window === 'undefined') return;
    this.#listening = true;
    window
      .matchMedia('(prefers-color-scheme: dark)')
      .addEventListener('change', () => this.version++);
  }

  /** The scheme in force: <html data-theme> wins over the system setting, as in the CSS. */
  get current(): ColorSchemeName {
    void this.version;
    if (typeof window === 'undefined') return 'light';
    const explicit = document.documentElement.dataset.theme;
    if (explicit === 'light' || explicit === 'dark') return explicit;
    return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
}

export const colorScheme = new ColorScheme();
