/**
 * Where the chart goes for a story's step. A step's own `view` (Parley's URL options) says it
 * outright; otherwise the chart centres on the step's event or span with room either side, and
 * shows every event (a filter the reader set earlier must not hide the step's subject). The
 * title step shows the span of the whole story. Pure.
 */
import { NO_FILTERS, type Filters } from '../filters/filters';
import type { Grouping } from '../timeline/lanes';
import { parseViewState } from '../view/view-state';
import { ownDates, type ReaderStep } from './steps';

export type Range = [number, number];

export interface StepTarget {
  /** The dates in view; absent shows everything. */
  range?: Range;
  filters: Filters;
  /** Lanes, when the step's view names them; otherwise the reader's stay. */
  group?: Grouping;
  /** The event the step is about: highlighted on the chart. */
  highlight?: string;
}

const DAY = 86_400_000;
/** The least room either side of a step's subject: enough to see what came just before and after. */
export const MIN_CONTEXT_MS = 14 * DAY;

/** The dates a step is about: its event's, or its own start to end. */
export function stepSpan(
  step: ReaderStep,
  spanOfEvent: (id: string) => Range | undefined,
): Range | undefined {
  const own = step.step;
  if (!own) return undefined;
  if (own.event !== undefined) {
    const span = spanOfEvent(own.event);
    if (span) return span;
  }
  const dates = ownDates(own);
  return dates && [dates.start.startMs, (dates.end ?? dates.start).endMs];
}

/** `span` with room either side: as much again as it lasts, and at least MIN_CONTEXT_MS. */
export function withContext(span: Range): Range {
  const pad = Math.max(span[1] - span[0], MIN_CONTEXT_MS);
  return [span[0] - pad, span[1] + pad];
}

export function stepTarget(
  step: ReaderStep,
  steps: readonly ReaderStep[],
  spanOfEvent: (id: string) => Range | undefined,
): StepTarget {
  if (step.isTitle) {
    const spans = steps
      .map((s) => stepSpan(s, spanOfEvent))
      .filter((s): s is Range => s !== undefined);
    if (!spans.length) return { filters: NO_FILTERS };
    const whole: Range = [Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))];
    return { range: withContext(whole), filters: NO_FILTERS };
  }
  const own = step.step;
  const highlight = own?.event;
  const span = stepSpan(step, spanOfEvent);
  const options = own?.view ? new URLSearchParams(own.view) : undefined;
  const view = options ? parseViewState(options) : undefined;
  const range: Range | undefined =
    view?.from !== undefined && view.to !== undefined
      ? [view.from, view.to]
      : span && withContext(span);
  return {
    ...(range ? { range } : {}),
    filters: view?.filters ?? NO_FILTERS,
    ...(view && options?.has('group') ? { group: view.group } : {}),
    ...(highlight ? { highlight } : {}),
  };
}
