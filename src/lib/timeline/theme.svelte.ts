/**
 * Which colour scheme the page is in, as a rune that changes when the reader's system switches
 * between light and dark or an embed's theme= sets one, and while the page is printed. The
 * canvas draws with this palette (theme/tokens.ts); the SVG layer needs no redraw, as CSS
 * switches its colours, to the print palette too.
 */
import { paletteFor, PRINT_PALETTE, type ColorSchemeName, type Palette } from '../theme/tokens';

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
    window.matchMedia('print').addEventListener('change', () => this.version++);
    // Printing from the menu: beforeprint comes before the page is laid out for paper, where
    // the print media query may not match yet; the canvas is drawn again as the change flushes
    // (a microtask, before the layout), and again after.
    for (const type of ['beforeprint', 'afterprint'])
      window.addEventListener(type, () => {
        this.#toPaper = type === 'beforeprint';
        this.version++;
      });
  }

  #toPaper = false;

  /** Whether the page is being printed (paper is black on white, whatever the theme). */
  get printing(): boolean {
    void this.version;
    return this.#toPaper || (typeof window !== 'undefined' && window.matchMedia('print').matches);
  }

  /**
   * The scheme in force: light on paper, as the print styles are; otherwise <html data-theme>
   * wins over the system setting, as in the CSS.
   */
  get current(): ColorSchemeName {
    void this.version;
    if (typeof window === 'undefined' || this.printing) return 'light';
    const explicit = document.documentElement.dataset.theme;
    if (explicit === 'light' || explicit === 'dark') return explicit;
    return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  /** The palette a canvas draws with: the print palette on paper, else the scheme's. */
  get palette(): Palette {
    return this.printing ? PRINT_PALETTE : paletteFor(this.current);
  }
}

export const colorScheme = new ColorScheme();
