/**
 * A chart image as a file to save: the SVG itself, or a PNG made from it at twice its size.
 * Browser-only for PNG (it needs a canvas); the SVG needs nothing but the pure builder.
 * With the venue map shown, its basemap is fetched here, for that image only: it is the
 * map's own chunk, shared with the live map, never part of the export's code.
 */
import { exportFileName } from '../export/selection';
import type { EventColumns } from '../columns/event-columns';
import type { EventView } from '../model/prepare';
import type { ChronologyHeader } from '../model/types';
import type { ColorSchemeName } from '../theme/tokens';
import { chartSvg, type ChartImageInput } from './chart-svg';
import { svgToPng } from './rasterize';

export type ChartFormat = 'png' | 'svg';

/** Pixels per CSS pixel in a PNG: enough for print and for high-density screens. */
export const PNG_SCALE = 2;

export interface ChartFile {
  blob: Blob;
  fileName: string;
  /** Size in pixels of the file (a PNG's are PNG_SCALE times the SVG's). */
  width: number;
  height: number;
}

/** The venue map as the page shows it, for an image made while it is open. */
export interface ShownMap {
  /** The dataset's columns and prepared events (row for row), as the map reads them. */
  columns: EventColumns;
  views: readonly EventView[];
  /** The rows in view under every filter but the place filter (what the map draws). */
  rows: ArrayLike<number>;
  /** The place filter's values. */
  chosen: readonly string[];
  scheme: ColorSchemeName;
}

export async function makeChartFile(
  format: ChartFormat,
  input: Omit<ChartImageInput, 'map'> & { map?: ShownMap | undefined },
  chronology: ChronologyHeader,
  now: Date,
): Promise<ChartFile> {
  const { map, ...timeline } = input;
  let drawn: ChartImageInput = timeline;
  if (map) {
    const [{ worldBasemap }, { placesOf }] = await Promise.all([
      import('../map/basemap'),
      import('../map/places'),
    ]);
    drawn = {
      ...timeline,
      map: {
        places: placesOf(map.columns, map.rows, map.views),
        chosen: map.chosen,
        scheme: map.scheme,
        basemap: worldBasemap(),
      },
    };
  }
  const image = chartSvg(drawn);
  const fileName = exportFileName(chronology, now, format, 'chart');
  if (format === 'svg') {
    return {
      blob: new Blob([image.svg], { type: 'image/svg+xml' }),
      fileName,
      width: image.width,
      height: image.height,
    };
  }
  return {
    blob: await svgToPng(image.svg, image.width, image.height, PNG_SCALE),
    fileName,
    width: image.width * PNG_SCALE,
    height: image.height * PNG_SCALE,
  };
}
