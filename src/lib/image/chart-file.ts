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
import { EDITORIAL_SIZES, inFrame, type EditorialSize } from './editorial';
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

/**
 * The chart as a file. With an editorial `size`, the image is exactly that many pixels (a PNG
 * too: a newsroom's 1200 × 675 is 1200 × 675), the chart laid out at its width and scaled down
 * whole if it is taller.
 */
export async function makeChartFile(
  format: ChartFormat,
  input: Omit<ChartImageInput, 'map'> & { map?: ShownMap | undefined },
  chronology: ChronologyHeader,
  now: Date,
  size?: EditorialSize,
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
  const frame = size && EDITORIAL_SIZES[size];
  const natural = chartSvg(frame ? { ...drawn, width: frame.width } : drawn);
  const image = frame ? inFrame(natural, frame, drawn.palette.surface) : natural;
  const scale = frame ? 1 : PNG_SCALE;
  const fileName = exportFileName(
    chronology,
    now,
    format,
    frame ? `chart-${frame.width}x${frame.height}` : 'chart',
  );
  if (format === 'svg') {
    return {
      blob: new Blob([image.svg], { type: 'image/svg+xml' }),
      fileName,
      width: image.width,
      height: image.height,
    };
  }
  return {
    blob: await svgToPng(image.svg, image.width, image.height, scale),
    fileName,
    width: image.width * scale,
    height: image.height * scale,
  };
}
