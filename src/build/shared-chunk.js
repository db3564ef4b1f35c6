// One chunk for the code both pages (the app and the embed) need at first. Without it the
// bundler splits that code by every combination of pages *and* lazily loaded features that use
// it (src/lib/app/lazy.ts), so a page's first load is spread over many tiny files that compress
// worse; the embed paid 1.7 KB gzip for it. Plain JS for the same reason as noscript-plugin.js.

/**
 * @returns {{ plugin: import('vite').Plugin, test: (id: string) => boolean }} the plugin that
 *   learns which modules each page imports statically, and the test for
 *   `output.codeSplitting.groups` that picks the modules every page imports statically
 */
export function sharedChunk() {
  /** @type {Set<string>} */
  let shared = new Set();
  return {
    plugin: {
      name: 'parley-shared-chunk',
      apply: 'build',
      buildEnd() {
        /** Every module `entry` imports statically, however deep (not through `import()`). */
        const reach = (/** @type {string} */ entry) => {
          /** @type {Set<string>} */
          const seen = new Set();
          const queue = [entry];
          while (queue.length) {
            const id = /** @type {string} */ (queue.pop());
            if (seen.has(id)) continue;
            seen.add(id);
            queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
          }
          return seen;
        };
        const entries = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
        const [first, ...others] = entries.map(reach);
        shared = new Set(
          [...(first ?? [])].filter((id) => others.every((reached) => reached.has(id))),
        );
      },
    },
    test: (id) => shared.has(id),
  };
}
