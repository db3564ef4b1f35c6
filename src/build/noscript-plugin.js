// The Vite plugin that writes the embed's <noscript> list (src/build/noscript-list.ts) into
// embed.html, and only there. Plain JS, loading the renderer through Vite's module runner at
// build time: importing the TypeScript app modules into vite.config.ts directly would make
// every build warn that they cannot load under Vite's coming native config loader.
import { readFileSync } from 'node:fs';
import { runnerImport } from 'vite';

/** Where embed.html asks for the list; the build fails if it is missing. */
export const NOSCRIPT_MARKER = '<!-- parley:noscript-list -->';

/**
 * @param {{ chronology: string, renderer: string }} paths the curated data file, and
 *   src/build/noscript-list.ts
 * @returns {import('vite').Plugin}
 */
export function noscriptList(paths) {
  return {
    name: 'parley-noscript-list',
    transformIndexHtml: {
      order: 'pre',
      async handler(html, context) {
        if (!context.filename.endsWith('embed.html')) return html;
        if (!html.includes(NOSCRIPT_MARKER)) {
          throw new Error(`embed.html has no ${NOSCRIPT_MARKER} for the list of events`);
        }
        /** @type {{ module: typeof import('./noscript-list') }} */
        const { module } = await runnerImport(paths.renderer, {
          configFile: false,
          logLevel: 'error',
        });
        const chronology = JSON.parse(readFileSync(paths.chronology, 'utf8'));
        return html.replace(NOSCRIPT_MARKER, () => module.renderNoscriptList(chronology));
      },
    },
  };
}
