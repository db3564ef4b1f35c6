/**
 * The legend of sides for the people views: which colours the people shown use, and what each
 * means. Pure: sides in, entries out; the colours themselves are in ../theme/side-colors.ts.
 */
import { COLOURED_SIDES } from '../theme/side-colors';

/** The code written beside a name; a person without a side is "Other", as in the list. */
export function sideCode(side: string | undefined): string {
  return side || 'Other';
}

/** One colour of the legend: a side with its own colour, or every other side together. */
export interface SideEntry {
  /** The key of the colour: a side of COLOURED_SIDES, or 'other'. */
  color: string;
  /** The sides (codes as written beside names) drawn in that colour, in order. */
  sides: string[];
}

/**
 * The sides among `sides`, once each: those with a colour of their own in the legends' fixed
 * order, then one entry for all the others (sorted), so the grey says which sides it stands for.
 */
export function sideLegend(sides: Iterable<string | undefined>): SideEntry[] {
  const present = new Set([...sides].map(sideCode));
  const entries: SideEntry[] = COLOURED_SIDES.filter((side) => present.has(side)).map((side) => ({
    color: side,
    sides: [side],
  }));
  const others = [...present].filter((side) => !COLOURED_SIDES.includes(side)).sort();
  if (others.length) entries.push({ color: 'other', sides: others });
  return entries;
}
