/**
 * A `?data=` file that is not a Parley chronology but a format Parley imports — a TimelineJS
 * timeline (JSON or its sheet as CSV), vis-timeline items, a UCDP GED or ACLED export, a
 * Parley CSV — converted as the import dialog converts it, so that a journalist can link any
 * TimelineJS timeline and have it whole. What the conversion changed or left out is said (the
 * page's notices), never dropped in silence. Loaded only for a file that failed as a Parley
 * chronology.
 */
import { article } from '../format/article';
import { formatBytes } from '../format/bytes';
import { FORMAT_NAMES } from '../import/format-names';
import type { Chronology } from '../model/types';
import { conversionNotes, LoadError } from './fetch-text';

/** How many of a conversion's problems are listed under its message. */
const LISTED = 20;

/**
 * The largest file converted here, on the page's thread: a 50 MB ACLED export took 7 s to
 * convert, with the page frozen. Import… reads bigger files in the background, with progress.
 */
export const CONVERT_UP_TO_BYTES = 8_000_000;

/**
 * `text`, downloaded from `url`, as the chronology the import dialog would make of it; throws
 * `original` (the reason it is no Parley chronology) when it is no other format either, and a
 * LoadError naming the format and its problems when it is one but cannot be converted.
 */
export async function convertOtherFormat(
  text: string,
  url: string,
  name: string,
  original: LoadError,
): Promise<Chronology> {
  // A web page (a 404 page, a sheet's HTML view) is no other format: its JSON error says so.
  if (/^\s*</.test(text)) throw original;
  const loaded = await import('../import/index').catch(() => undefined);
  if (!loaded) throw original;
  const { previewImport, detectFormat } = loaded;
  const fileName = fileNameOf(url);
  const detected = detectFormat(fileName, text);
  // A Parley file keeps its own reasons, without converting it for nothing.
  if (detected === 'parley-json') throw original;
  const size = new Blob([text]).size;
  if (detected && size > CONVERT_UP_TO_BYTES) {
    const format = FORMAT_NAMES[detected];
    throw new LoadError(
      `${name} is ${article(format)} ${format} file of ${formatBytes(size)}: Parley converts a linked file of up to ${formatBytes(CONVERT_UP_TO_BYTES)} in the page. Download it and open it with Import…, which reads bigger files in the background. Nothing was saved.`,
    );
  }
  const preview = previewImport(fileName, text);
  if (preview.format === undefined || preview.format === 'parley-json') {
    // A CSV Parley cannot map by itself names no format: the dialog asks for its columns. Not
    // a damaged JSON file, which reads as a one-line "CSV": its JSON error says more.
    if (preview.needsMapping && !/\.json$/i.test(fileName) && looksLikeCsv(text))
      throw new LoadError(
        `${name} is a CSV whose columns Parley does not know. Download it and open it with Import…, where you choose which column holds the date, the title and the rest. Nothing was saved.`,
      );
    throw original;
  }
  const format = FORMAT_NAMES[preview.format];
  if (preview.needsOrder)
    throw new LoadError(
      `${name} is ${article(format)} ${format} file whose dates could be day first or month first (such as ${preview.needsOrder.examples[0] ?? 'the first'}). Download it and open it with Import…, where you choose. Nothing was saved.`,
    );
  if (!preview.chronology) {
    const total = preview.problemCount ?? preview.problems.length;
    throw new LoadError(
      `${name} is ${article(format)} ${format} file, but it cannot be converted: ${total === 1 ? '1 problem' : `${total} problems`} found. Nothing was saved.`,
      {
        problems: preview.problems.slice(0, LISTED).map((p) => `${p.where}: ${p.message}`),
        total,
      },
    );
  }
  const chronology = preview.chronology;
  // One notice: what it was, then what the conversion changed or left out.
  conversionNotes.set(chronology, [
    [
      `Converted from ${article(format)} ${format} file, as Import… converts it.`,
      ...preview.warnings,
    ].join(' '),
  ]);
  return chronology;
}

/** Rows of cells: a first line with a comma, a tab or a semicolon, and a second line. */
function looksLikeCsv(text: string): boolean {
  const [first, second] = text.trim().split('\n', 2);
  return second !== undefined && /[,\t;]/.test(first ?? '');
}

/**
 * The last part of the URL's path, as the import dialog names a file by its name; the host and
 * the path's parts when that part is no name (an API's "…/gedevents/24.1", a bare "/"). No
 * slashes: the dataset's title is made from the name's last part.
 */
function fileNameOf(url: string): string {
  try {
    const address = new URL(url);
    const last = address.pathname.split('/').filter(Boolean).at(-1);
    const name = last ? decodeURIComponent(last) : '';
    return /[A-Za-z]/.test(name.replace(/\.[A-Za-z]+$/, ''))
      ? name
      : [address.hostname, ...address.pathname.split('/').filter(Boolean)]
          .map((part) => decodeURIComponent(part))
          .join(' · ');
  } catch {
    return 'linked file';
  }
}
