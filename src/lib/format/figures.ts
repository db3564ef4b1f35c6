/**
 * Reported figures as a researcher would quote them: the number with its hedge, and who said it.
 * "3 h per Ushakov · about 2 h per UNN citing Russian media".
 */
import type { Figure } from '../model/types';

const UNIT_SUFFIX: Record<Figure['unit'], (n: number) => string> = {
  hour: () => ' h',
  minute: () => ' min',
  day: (n) => (n === 1 ? ' day' : ' days'),
  count: () => '',
};

function number(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

/** The figure itself: "about 3.5 h", "3–4 h", "more than 4 h", "under 2 h", or the reported words. */
export function formatFigureValue(figure: Figure): string {
  const suffix = UNIT_SUFFIX[figure.unit] ?? (() => '');
  const about = figure.approx ? 'about ' : '';
  if (figure.value !== undefined) return `${about}${number(figure.value)}${suffix(figure.value)}`;
  if (figure.min !== undefined && figure.max !== undefined) {
    return `${about}${number(figure.min)}–${number(figure.max)}${suffix(figure.max)}`;
  }
  if (figure.min !== undefined) return `more than ${number(figure.min)}${suffix(figure.min)}`;
  if (figure.max !== undefined) return `under ${number(figure.max)}${suffix(figure.max)}`;
  return figure.text ?? '';
}

/** "3 h per Ushakov". */
export function formatFigure(figure: Figure): string {
  const value = formatFigureValue(figure);
  return figure.attribution ? `${value} per ${figure.attribution}` : value;
}

/** The figures of one measure, the preferred (best-supported) one first. */
export function figuresOf(figures: readonly Figure[] | undefined, measure: string): Figure[] {
  const own = (figures ?? []).filter((f) => f.measure === measure);
  return own.sort((a, b) => Number(Boolean(b.preferred)) - Number(Boolean(a.preferred)));
}

/** One line for lists: every reported duration, so a disagreement is visible without a click. */
export function durationLine(figures: readonly Figure[] | undefined): string | undefined {
  const durations = figuresOf(figures, 'duration');
  if (durations.length === 0) return undefined;
  return durations.map(formatFigure).join(' · ');
}
