/**
 * Which colour scheme the page is in, as a rune that changes when the reader's system switches
 * between light and dark. Canvas palettes are read once per scheme: reading CSS variables forces
 * a style recalculation, which costs ~15 ms a draw on a big page (measured by the bench).
 */
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
}

export const colorScheme = new ColorScheme();
