import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
  compilerOptions: {
    // Runes everywhere: no legacy `export let` or `$:` in this codebase.
    runes: true,
  },
};
