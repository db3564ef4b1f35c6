// Puts the pages' first script, src/early.ts (it starts a ?data= download), into index.html and
// embed.html as a module script of its own. Listed in the HTML it would be bundled into the
// page's entry and run only once all of the app's code had arrived, which is what it is there
// to beat; so it is a build entry of its own, and this plugin writes its tag, with preloads of
// the chunks it imports. Plain JS for the same reason as noscript-plugin.js.

/**
 * @param {{ entry: string, source: string }} names the build entry's name
 *   (`rollupOptions.input`), and its source as the dev server serves it (`/src/early.ts`)
 * @returns {import('vite').Plugin}
 */
export function earlyScript(names) {
  return {
    name: 'parley-early-script',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle) {
          return [tag('script', { type: 'module', async: true, src: names.source })];
        }
        const chunk = Object.values(context.bundle).find(
          (output) => output.type === 'chunk' && output.isEntry && output.name === names.entry,
        );
        if (!chunk || chunk.type !== 'chunk') {
          throw new Error(`the build has no "${names.entry}" entry for the early script`);
        }
        return [
          tag('script', {
            type: 'module',
            async: true,
            crossorigin: true,
            src: `/${chunk.fileName}`,
          }),
          // The page's entry imports the same chunks, and so may preload them already.
          ...chunk.imports
            .filter((file) => !html.includes(`"/${file}"`))
            .map((file) =>
              tag('link', { rel: 'modulepreload', crossorigin: true, href: `/${file}` }),
            ),
        ];
      },
    },
  };
}

/**
 * @param {string} name
 * @param {Record<string, string | boolean>} attrs
 * @returns {import('vite').HtmlTagDescriptor}
 */
function tag(name, attrs) {
  return { tag: name, attrs, injectTo: 'head-prepend' };
}
