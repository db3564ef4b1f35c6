// The Vite plugin that turns the design tokens (src/lib/theme/tokens.ts) into a stylesheet,
// imported as `virtual:parley-tokens.css` by each page's entry. Plain JS, loading the
// TypeScript through Vite's module runner, as noscript-plugin.js does and for the same reason.
import { runnerImport } from 'vite';

export const TOKENS_CSS = 'virtual:parley-tokens.css';
// Resolved to a path ending in .css, so Vite's CSS pipeline bundles it into the page's
// stylesheet (a file: the CSP allows no inline styles).
const RESOLVED = '/@parley-tokens.css';

/**
 * @param {{ source: string }} paths src/lib/theme/tokens-css.ts
 * @returns {import('vite').Plugin}
 */
export function designTokens(paths) {
  return {
    name: 'parley-design-tokens',
    resolveId(id) {
      return id === TOKENS_CSS ? RESOLVED : undefined;
    },
    async load(id) {
      if (id !== RESOLVED) return undefined;
      /** @type {{ module: typeof import('../lib/theme/tokens-css'), dependencies: string[] }} */
      const { module, dependencies } = await runnerImport(paths.source, {
        configFile: false,
        logLevel: 'error',
      });
      // In dev, editing a token reloads the stylesheet.
      for (const file of dependencies) this.addWatchFile(file);
      return module.tokensCss();
    },
  };
}
