#!/usr/bin/env node
// Gives every source in a chronology file that has no title the one its URL's slug gives
// (src/lib/model/slug-title.ts), marked `"titleFrom": "url"`, and writes the file back in the
// curated data's own formatting (JSON.stringify, two spaces). Titles already there are kept.
//
//   node scripts/apply-slug-titles.mjs [data/chronology.json]
//
// The slug title is the last resort: a headline from the sheet, or a title written from the
// page (`"titleFrom": "page"`), should be put in by hand first. URLs are never touched.
import { readFileSync, writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const file = process.argv[2] ?? 'data/chronology.json';

/** @type {{ module: typeof import('../src/lib/model/slug-title') }} */
const { module } = await runnerImport('./src/lib/model/slug-title.ts', {
  configFile: false,
  logLevel: 'error',
});

const data = JSON.parse(readFileSync(file, 'utf8'));
// Surnames of the dataset's people are names to capitalise in a slug ("umerov" → "Umerov").
const names = (data.people ?? []).map((/** @type {{ name: string }} */ p) =>
  p.name.split(' ').at(-1),
);

let added = 0;
data.sources = (data.sources ?? []).map((/** @type {Record<string, unknown>} */ source) => {
  if (typeof source.title === 'string' && source.title.trim() !== '') return source;
  added++;
  const title = module.slugTitle(String(source.url), { names });
  // Keep the registry's field order: id, publisher, title, titleFrom, url, …
  const { id, publisher, title: _none, titleFrom: _old, ...rest } = source;
  return { id, publisher, title, titleFrom: 'url', ...rest };
});

writeFileSync(file, JSON.stringify(data, null, 2) + '\n');
console.log(`${file}: ${added} source${added === 1 ? '' : 's'} given a title from the URL`);
