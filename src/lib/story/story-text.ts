/**
 * An author's text as the reader shows it: paragraphs (split at blank lines) of plain runs and
 * links. Only http(s) addresses become links, and nothing is ever read as HTML: the runs are
 * rendered as text nodes, so `<b>` in a story would show as the characters it is.
 */
export type TextRun = { text: string; href?: undefined } | { text: string; href: string };

const LINK = /https?:\/\/[^\s<>"]+/g;
/** Punctuation that ends a sentence after a link, not the link itself. */
const TRAILING = /[.,;:!?'"’”)\]]+$/;

/** Drops trailing punctuation from a link, keeping a closing bracket the link itself opened. */
function trimLink(link: string): string {
  let end = link.length;
  const trailing = TRAILING.exec(link);
  if (trailing) end = trailing.index;
  let kept = link.slice(0, end);
  // "(see https://en.wikipedia.org/wiki/Minsk_(city))" keeps the bracket its address opened.
  for (const [open, close] of [
    ['(', ')'],
    ['[', ']'],
  ] as const) {
    while (end < link.length && link[end] === close && count(kept, open) > count(kept, close)) {
      end++;
      kept = link.slice(0, end);
    }
  }
  return kept;
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}

/** One paragraph's runs. */
export function textRuns(paragraph: string): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const match of paragraph.matchAll(LINK)) {
    const link = trimLink(match[0]);
    if (!URL.canParse(link)) continue;
    if (match.index > at) runs.push({ text: paragraph.slice(at, match.index) });
    runs.push({ text: link, href: link });
    at = match.index + link.length;
  }
  if (at < paragraph.length) runs.push({ text: paragraph.slice(at) });
  return runs;
}

/** The text's paragraphs, each as runs; a single line break stays inside its paragraph. */
export function storyParagraphs(text: string | undefined): TextRun[][] {
  if (!text) return [];
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map(textRuns);
}
