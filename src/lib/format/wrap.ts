/**
 * Words into lines of at most `chars` characters, for text an SVG draws (which does not wrap
 * by itself): a chart image's caption, a note beside a mark. A word longer than a line gets a
 * line of its own, or, with `cut`, is cut to fit with "…".
 */
export function wrapWords(words: string, chars: number, cut = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words.split(/\s+/).filter(Boolean)) {
    const piece = cut && word.length > chars ? `${word.slice(0, chars - 1)}…` : word;
    if (line && line.length + 1 + piece.length > chars) {
      lines.push(line);
      line = piece;
    } else line = line ? `${line} ${piece}` : piece;
  }
  if (line) lines.push(line);
  return lines;
}
