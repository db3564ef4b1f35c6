/**
 * The map's zoom and pan — wheel, drag, pinch, and the +/− buttons — read by d3-zoom, the
 * library the timeline's gestures use (../timeline/zoom-gestures.ts). Loaded with the map's
 * chunk. The transform moves the basemap; the symbols are placed through it, so they keep
 * their size and stay round whatever the zoom.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';

/** How far in and out the reader may zoom, from the fitted view (1). */
export const MAP_ZOOM_EXTENT: [number, number] = [0.5, 24];

export interface MapZoom {
  /** Zoom in (factor > 1) or out around the map's centre. */
  zoomBy(factor: number): void;
  /** Back to the fitted view. */
  reset(): void;
  detach(): void;
}

export function attachMapZoom(
  svg: SVGSVGElement,
  onzoom: (transform: ZoomTransform) => void,
): MapZoom {
  const behaviour = zoom<SVGSVGElement, unknown>()
    // No animation: reduced motion wants none, and the map moves at once.
    .duration(0)
    .scaleExtent(MAP_ZOOM_EXTENT)
    .on('zoom', (event: { transform: ZoomTransform }) => onzoom(event.transform));
  const selection = select(svg);
  selection.call(behaviour);
  // A double-click is a click on a place: it would zoom in under the reader's choice.
  selection.on('dblclick.zoom', null);
  return {
    zoomBy: (factor) => behaviour.scaleBy(selection, factor),
    reset: () => behaviour.transform(selection, zoomIdentity),
    detach: () => {
      selection.on('.zoom', null);
    },
  };
}
