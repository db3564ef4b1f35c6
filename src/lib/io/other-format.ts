/**
 * A `?data=` file that is not a Parley chronology but a format Parley imports — a TimelineJS
 * timeline (JSON or its sheet as CSV), vis-timeline items, a UCDP GED or ACLED export, a
 * Parley CSV — converted as the import dialog converts it, so that a journalist can link any
 * TimelineJS timeline and have it whole. What the conversion changed or left out is said (the
 * page's notices), never dropped in silence. Loaded only for a file that failed as a Parley
 * chronology.
 */
import type { Chronology } from '../model/types';
import { conversionNotes, LoadError } from './fetch-text';

/** How many of a conversion's problems are listed under its message. */
const LISTED = 20;

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
  const loaded = await Promise.all([
    import('../import/index'),
    import('../import/format-names'),
  ]).catch(() => undefined);
  if (!loaded) throw original;
  const [{ previewImport }, { FORMAT_NAMES }] = loaded;
  const fileName = fileNameOf(url);
  const preview = previewImport(fileName, text);
  if (preview.format === undefined || preview.format === 'parley-json') {
    // A CSV Parley cannot map by itself names no format: the dialog asks for its columns. Not
    // a damaged JSON file, which reads as a one-line "CSV": its JSON error says more.
    if (preview.needsMapping && !/\.json$/i.test(fileName) && text.trim().includes('\n'))
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
  const chronology: Chronology = preview.chronology.title
    ? preview.chronology
    : { ...preview.chronology, title: fileName.replace(/\.[a-z]+$/i, '') || name };
  // One notice: what it was, then what the conversion changed or left out.
  conversionNotes.set(chronology, [
    [
      `Converted from ${article(format)} ${format} file, as Import… converts it.`,
      ...preview.warnings,
    ].join(' '),
  ]);
  return chronology;
}

/** The last part of the URL's path, as the import dialog names a file by its name. */
function fileNameOf(url: string): string {
  try {
    const last = new URL(url).pathname.split('/').filter(Boolean).at(-1);
    return last ? decodeURIComponent(last) : 'linked file';
  } catch {
    return 'linked file';
  }
}

/** "a" or "an" before a format's name, as it is read ("an ACLED", "a UCDP", "a vis"). */
function article(format: string): 'a' | 'an' {
  return /^(?:ACLED|Event)/.test(format) ? 'an' : 'a';
}
