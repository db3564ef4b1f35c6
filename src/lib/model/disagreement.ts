/**
 * Whether an event's sources disagree, read from how the format records a disagreement
 * (data/README.md, "Figure" and "Note"): a disputed number is kept as several figures of one
 * measure, a source that gives a span is a figure with `min` and `max`, and a disputed date,
 * venue or attendance is a note that says so in words. Pure: the filter, the list's badge and
 * the chart's mark all ask this one question.
 */
import type { ChronologyEvent, Figure } from './types';

/** How a note says that sources disagree: the words the curated data and its sheets use. */
const DISAGREEMENT_WORDS = /\b(disput|disagree|contradict|differ|split|whereas|conflicting)/i;

/** One figure's number as reported, so two figures can be told apart. */
function reportedNumber(figure: Figure): string {
  return [figure.value, figure.min, figure.max, figure.text].map((n) => n ?? '').join('|');
}

/** A span such as "3–4 h": the source itself could not settle on one number. */
function isRange(figure: Figure): boolean {
  return figure.min !== undefined && figure.max !== undefined && figure.min < figure.max;
}

/** Two or more different numbers reported for the same measure. */
function measuresDisagree(figures: readonly Figure[]): boolean {
  const numbers = new Map<string, string>();
  for (const figure of figures) {
    const seen = numbers.get(figure.measure);
    const own = reportedNumber(figure);
    if (seen !== undefined && seen !== own) return true;
    numbers.set(figure.measure, own);
  }
  return false;
}

export function sourcesDisagree(event: Pick<ChronologyEvent, 'figures' | 'notes'>): boolean {
  const figures = event.figures ?? [];
  return (
    figures.some(isRange) ||
    measuresDisagree(figures) ||
    (event.notes ?? []).some((note) => DISAGREEMENT_WORDS.test(note.text))
  );
}
