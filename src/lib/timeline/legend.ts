/**
 * What the legend explains: only what the chart draws right now. A shape, a status, a kind, the
 * cue that sources disagree, the count bars and today's line each get an entry when at least one is on screen, so the legend
 * never explains something the reader cannot find. Pure: a layout in, entries out.
 */
import { EVENT_KINDS } from '../model/types';
import type { LaneSet } from './lanes';
import type { TimelineLayout } from './layout';

/** The legend's entries, in the order they are listed. */
export const LEGEND_ENTRIES = [
  'point',
  'bar',
  'band',
  'partly',
  'unconfirmed',
  'disagree',
  'bins',
  'today',
] as const;
export type LegendEntry = (typeof LEGEND_ENTRIES)[number];

export const LEGEND_LABELS: Record<LegendEntry, string> = {
  point: 'One day',
  bar: 'Several days',
  band: 'Known only to the month or year',
  partly: 'Partly confirmed',
  unconfirmed: 'Unconfirmed',
  disagree: 'Sources disagree',
  bins: 'Count of events (too many to draw)',
  today: 'Today',
};

export interface LegendContent {
  entries: LegendEntry[];
  /** Kinds of the marks on screen, in EVENT_KINDS order; an unknown kind shows as "other". */
  kinds: string[];
}

/** The legend for a drawn view; `today` says whether today's line is drawn. */
export function legendContent(
  layout: TimelineLayout,
  lanes: LaneSet,
  today: boolean,
): LegendContent {
  const seen = new Set<string>();
  const kinds = new Set<string>();
  const known: readonly string[] = EVENT_KINDS;
  for (const mark of layout.marks) {
    seen.add(mark.shape);
    const view = lanes.events[mark.event];
    const event = view?.event;
    if (event?.status === 'partly' || event?.status === 'unconfirmed') seen.add(event.status);
    if (view?.disagrees) seen.add('disagree');
    kinds.add(event?.kind && known.includes(event.kind) ? event.kind : 'other');
  }
  if (layout.bins.length > 0) seen.add('bins');
  if (today) seen.add('today');
  return {
    entries: LEGEND_ENTRIES.filter((entry) => seen.has(entry)),
    kinds: known.filter((kind) => kinds.has(kind)),
  };
}
