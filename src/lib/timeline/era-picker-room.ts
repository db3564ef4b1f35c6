/**
 * How much room the sidebar keeps for the eras picker while its code loads (it comes after the
 * page's load event, src/components/EraPicker.svelte), so that the filters below it do not
 * jump down by its whole height when it arrives: about 300 px for the curated chronology.
 *
 * The picker's height is set by its buttons, "Whole history" and one per era, each one line or
 * wrapped over several. It is an estimate from each label's length, not a measurement: a label
 * that wraps one line more or less than guessed moves the filters by that line, not by the
 * picker.
 */
import { eraName, type EraSpan } from './eras';

/** Characters of a label on one line of a sidebar button (240 px wide, 0.85 rem text). */
const CHARACTERS_PER_LINE = 30;

/**
 * The open picker's height in rem, from EraPicker.svelte's sizes: its heading (1.5 rem and a
 * 0.4 rem margin), each button (one line: its 1.75 rem minimum; wrapped: 1.275 rem a line,
 * 0.3 rem of padding and 2 px of border), 0.3 rem between buttons, 0.5 rem after them, and the
 * era filter (3.4 rem). The 1 rem below it is app-page.css's.
 */
export function eraPickerRoom(spans: readonly EraSpan[]): number {
  const labels = ['Whole history', ...spans.map(eraName)];
  let rem = 1.9 + (labels.length - 1) * 0.3 + 0.5 + 3.4;
  for (const label of labels) {
    const lines = linesOf(label, CHARACTERS_PER_LINE);
    rem += lines === 1 ? 1.75 : lines * 1.275 + 0.3 + 0.125;
  }
  return rem;
}

/** Lines `text` takes at `perLine` characters a line (wrapping at spaces can take one more). */
export function linesOf(text: string, perLine: number): number {
  return Math.max(1, Math.ceil(text.length / perLine));
}
