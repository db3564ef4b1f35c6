/**
 * The reader's zoom gestures on the chart — wheel, drag, pinch, double-click — read by d3-zoom.
 * Loaded after the page has drawn (zoom.ts): what a view means, and every move asked for by a
 * button, a key or the URL, is zoom.ts's; this only turns gestures into transforms.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';
import type { ViewTransform, ZoomView } from './zoom';

export interface Gestures {
  /** Move the view to `t` (d3-zoom reports it back, as a move that was not the reader's). */
  moveTo(t: ViewTransform): void;
  detach(): void;
}

export function attachGestures(
  svg: SVGSVGElement,
  view: ZoomView,
  start: ViewTransform,
  onmove: (t: ViewTransform, byUser: boolean) => void,
): Gestures {
  const area: [[number, number], [number, number]] = [
    [0, 0],
    [view.width, view.height],
  ];
  const behaviour = zoom<SVGSVGElement, unknown>()
    // No animated double-click zoom: reduced motion wants none, and the view moves at once.
    .duration(0)
    .scaleExtent([1, view.maxZoom])
    .extent(area)
    .translateExtent(area)
    .on('zoom', (event) => onmove(event.transform, Boolean(event.sourceEvent)));
  const selection = select(svg);
  const moveTo = (t: ViewTransform) =>
    selection.call(behaviour.transform, zoomIdentity.translate(t.x, 0).scale(t.k));
  selection.call(behaviour);
  moveTo(start);
  return {
    moveTo,
    detach: () => {
      selection.on('.zoom', null);
    },
  };
}
