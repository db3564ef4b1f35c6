/**
 * One view of the chart, marks and labels together: what the live chart (SVG and canvas) and
 * the exported image both draw, so a title shown on screen is the title in the file. Rows are
 * packed with room for each title (layout.ts), then titles placed (labels.ts); an event's short
 * title (`shortTitle`) stands in where its whole title has no room.
 */
import type { ChronologyEvent } from '../model/types';
import { markTitle } from './encoding';
import {
  DEFAULT_LABEL_OPTIONS,
  labelRoom,
  placeLabels,
  type MarkTitles,
  type PlacedLabel,
} from './labels';
import { fitLayout } from './fit';
import type { LaneSet } from './lanes';
import { layoutTimeline, type Geometry, type TimelineLayout } from './layout';
import type { TimeScale } from './scale';

/** A mark's title and short title, each with the ★ of a starred event. */
export function markTitles(event: ChronologyEvent, starred: boolean): MarkTitles {
  const short = event.shortTitle?.trim();
  return {
    title: markTitle(event.title, starred),
    short: short && short !== event.title ? markTitle(short, starred) : undefined,
  };
}

export interface ViewLayout {
  /** The geometry the marks were laid out at: smaller dots where the usual ones do not fit. */
  geometry: Geometry;
  layout: TimelineLayout;
  labels: PlacedLabel[];
  /** Each drawn event's titles (index into lanes.events), as the labels used them. */
  titlesOf: (event: number) => MarkTitles;
}

export function layoutView(
  lanes: LaneSet,
  x: TimeScale,
  g: Geometry,
  starred: ReadonlySet<string> | undefined,
): ViewLayout {
  const titlesOf = (event: number): MarkTitles => {
    const e = lanes.events[event]?.event;
    return e ? markTitles(e, starred?.has(e.id) ?? false) : { title: '' };
  };
  const options = { ...DEFAULT_LABEL_OPTIONS, width: g.width, rowHeight: g.rowHeight };
  const room = labelRoom(titlesOf, options);
  // Smaller dots before counts (fit.ts): a phone shows the talks one by one where they fit.
  const { geometry, layout } = fitLayout(lanes, x, g, (at) => layoutTimeline(lanes, x, at, room));
  return { geometry, layout, labels: placeLabels(layout.marks, titlesOf, options), titlesOf };
}
