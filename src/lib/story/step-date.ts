/**
 * The date a story's step shows under its headline, and what a screen reader hears when the
 * step changes: the headline and that date, not the whole card. Pure.
 */
import { formatDateRange } from '../format/dates';
import type { PartialDate } from '../model/dates';
import { ownDates, type ReaderStep } from './steps';

/** What the step needs of its event: its dates, as the chart has them. */
export interface StepEvent {
  readonly start: PartialDate;
  readonly end?: PartialDate;
  readonly event: { readonly approximate?: boolean };
}

export function stepDate(
  step: ReaderStep,
  eventOf: (id: string) => StepEvent | undefined,
): string | undefined {
  const own = step.step;
  if (!own) return undefined;
  const event = own.event === undefined ? undefined : eventOf(own.event);
  if (event) return formatDateRange(event.start, event.end, event.event.approximate);
  const dates = ownDates(own);
  return dates && formatDateRange(dates.start, dates.end);
}

/** "Step 3 of 12: Talks in Riyadh, 18 Feb 2025". */
export function stepAnnouncement(
  step: ReaderStep,
  count: number,
  date: string | undefined,
): string {
  return `Step ${step.number} of ${count}: ${step.headline}${date ? `, ${date}` : ''}`;
}
