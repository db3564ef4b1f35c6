/**
 * The selection's sources as BibTeX, biblatex style: `@online` entries with title (the
 * source's, or the one its URL gives: never none), organization (the publisher), url, date
 * (ISO, at the precision known), year for classic styles, and urldate (the day accessed, see
 * `accessedDay`). Zotero imports `@online` as a Web Page with title, URL and date; CSL-JSON carries the
 * publisher into Zotero too, so it is the better choice there.
 *
 * Text is UTF-8 (biber and Zotero read it as is); only TeX's special characters are escaped.
 * No `month` field: Zotero's importer would glue it in front of `date` ("December2025-12-02").
 */
import { parseDate } from '../model/dates';
import { citationTitle } from '../model/slug-title';
import type { Source } from '../model/types';
import { accessedDay, citedSources } from './cited-sources';
import { exportFileName, type ExportFile, type ExportSelection } from './selection';

const TEX_SPECIAL: Record<string, string> = {
  '\\': '{\\textbackslash}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  _: '\\_',
  $: '\\$',
  '~': '{\\textasciitilde}',
  '^': '{\\textasciicircum}',
};

/** A text field's value: TeX specials escaped, line breaks and other controls made spaces. */
export function escapeBibtex(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .replace(/[\\{}%&#_$~^]/g, (char) => TEX_SPECIAL[char] ?? char)
  );
}

/**
 * A url field is verbatim for biblatex (and BibTeX gives `%` no meaning inside an entry), so
 * `%`, `#` and `&` stay: `%3A%2F` reaches `\url` exactly as published. Only what would break
 * the braces (or a TeX escape) is percent-encoded, which leaves the same address.
 */
export function escapeBibtexUrl(url: string): string {
  return url.replace(/[{}\\ \t\r\n\f\v]/g, (char) => encodeURIComponent(char));
}

/** `accessed`: the day the citation says the source was read, YYYY-MM-DD (biblatex `urldate`). */
export function bibtexEntry(key: string, source: Source, accessed?: string): string {
  const fields: [string, string][] = [];
  fields.push(['title', escapeBibtex(citationTitle(source))]);
  if (source.publisher) fields.push(['organization', escapeBibtex(source.publisher)]);
  fields.push(['url', escapeBibtexUrl(source.url)]);
  const published = source.published ? parseDate(source.published) : undefined;
  if (published?.ok) {
    fields.push(['date', published.date.text]);
    fields.push(['year', String(published.date.year)]);
  }
  if (accessed) fields.push(['urldate', accessed]);
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@online{${key},\n${body}\n}\n`;
}

export function exportBibtex(selection: ExportSelection): ExportFile {
  const accessed = accessedDay(selection);
  const entries = citedSources(selection).map(({ key, source }) =>
    bibtexEntry(key, source, accessed),
  );
  return {
    fileName: exportFileName(selection.chronology, selection.now, 'bib', 'sources'),
    mimeType: 'application/x-bibtex;charset=utf-8',
    text: entries.join('\n'),
    warnings: entries.length === 0 ? ['The selected events cite no sources.'] : [],
  };
}
