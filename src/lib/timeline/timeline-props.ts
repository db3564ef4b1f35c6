/**
 * What the interactive timeline (components/timeline/Timeline.svelte) is given: the chart's
 * own inputs (ChartInputs, which its view reads) and what the component wires to the page.
 */
import type { Snippet } from 'svelte';
import type { Source } from '../model/types';
import type { ChartInputs } from './chart-view.svelte';
import type { EraSpan } from './eras';
import type { TimeScale } from './scale';

/** ChartInputs gives the lanes, the extent, the open and starred events, onrange and notes. */
export interface TimelineProps extends ChartInputs {
  /** Range to show (from the URL); undefined fits everything. */
  range: [number, number] | undefined;
  /** The dataset's size, for "7 of 158 events"; left out, the count is what is shown alone. */
  totalEvents?: number;
  /** An event was opened, by a click or tap on its mark or by the chart's keys. */
  onselect: (id: string, via: 'pointer' | 'keyboard') => void;
  /** The overview strip under the chart (an embed may hide it with overview=0). */
  overview?: boolean;
  /** Named periods drawn as bands over the axis; a band's button asks `onrange` for its era. */
  eras?: readonly EraSpan[];
  /** The source registry, for the eras' cards. */
  sources?: ReadonlyMap<string, Source>;
  /**
   * A new `range` is reached smoothly (a story's steps), not at once; never for a reader who
   * asks for reduced motion.
   */
  glide?: boolean;
  /**
   * Whether the selected event is brought into view and scrolled to (an event opened). A
   * story's step only highlights its event: the step's own range already shows it.
   */
  revealSelected?: boolean;
  /** Drawn under the chart on its scale, following the zoom (a dataset beside the talks). */
  under?: Snippet<[{ x: TimeScale; width: number }]>;
}
