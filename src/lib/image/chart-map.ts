/**
 * The venue map in a chart image, when the reader has the map open: the places of the events in
 * view on the bundled basemap, as on screen (the same projection, circles and paints, from
 * ../map), fitted to the places and never zoomed (an image is the map as it opens). A still
 * image has no tooltip, so the places it has room for are named beside their circles with
 * their counts; the summary line says how many events are not on the map, the legend what the
 * colours and sizes mean, and the basemap is credited.
 *
 * Pure: places and a basemap in, SVG text out. The basemap is passed in because it is big:
 * chart-file.ts fetches it only for an image that shows the map.
 */
import { geoPath } from 'd3-geo';
import type { Basemap } from '../map/basemap';
import {
  basemapPaint,
  BASEMAP_CREDIT,
  channelLegend,
  placeSymbols,
  SIZE_NOTE,
  symbolPaint,
  symbolState,
  type PlaceSymbol,
} from '../map/map-encoding';
import type { MapPlace } from '../map/places';
import { fittedProjection, mapHeight } from '../map/projection';
import { placesSummary } from '../map/summary';
import type { ColorSchemeName, Palette } from '../theme/tokens';
import { svgPaint } from '../timeline/encoding';
import { el, escapeXml, text } from './xml';

export interface MapImageInput {
  /** The places of the events in view, under every filter but the place filter (placesOf). */
  places: readonly MapPlace[];
  /** The place filter's values: these are marked, the others dimmed, as on screen. */
  chosen: readonly string[];
  /** Which channel colours (they are values per scheme, like the image's palette). */
  scheme: ColorSchemeName;
  basemap: Basemap;
}

const HEADING_SIZE = 15;
const FONT_SIZE = 12;
const LABEL_SIZE = 11;
/** Average character width of a label, generous: a label must not run into the next one. */
const LABEL_CHAR = 6.6;
const LEGEND_CHAR = 7;
const CLIP_ID = 'parley-chart-map';

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

type Anchor = 'start' | 'end';

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Names for the places, busiest first, each beside its circle (right, left, above or below) where it
 * overlaps no other name nor another circle and stays inside the map; a place with no room
 * keeps its circle only (it is in the SVG's <title> and in the app's table).
 */
export function placeLabels(
  symbols: readonly PlaceSymbol[],
  width: number,
  height: number,
): { key: string; x: number; y: number; anchor: Anchor; text: string }[] {
  const taken: Box[] = symbols.map((s) => ({
    x0: s.x - s.r,
    y0: s.y - s.r,
    x1: s.x + s.r,
    y1: s.y + s.r,
  }));
  const out: ReturnType<typeof placeLabels> = [];
  const busiest = [...symbols].sort(
    (a, b) => b.place.count - a.place.count || a.place.label.localeCompare(b.place.label),
  );
  for (const s of busiest) {
    const label = `${s.place.label} ${s.place.count.toLocaleString('en')}`;
    const w = label.length * LABEL_CHAR;
    const own = (box: Box) => box.x0 === s.x - s.r && box.y0 === s.y - s.r;
    const above = s.y - s.r - 3 - LABEL_SIZE / 2;
    const below = s.y + s.r + 3 + LABEL_SIZE / 2;
    const beside = (x: number, y: number, anchor: 'start' | 'end') => {
      const x0 = anchor === 'start' ? x : x - w;
      return {
        anchor,
        x,
        y,
        box: { x0, y0: y - LABEL_SIZE / 2 - 1, x1: x0 + w, y1: y + LABEL_SIZE / 2 + 1 },
      };
    };
    // Centred over or under the circle, moved along to stay inside the map at its edges.
    const across = (y: number) =>
      beside(Math.max(2, Math.min(width - 2 - w, s.x - w / 2)), y, 'start');
    // Right of the circle first, where a reader looks for it; then left, above, below.
    const sides = [
      beside(s.x + s.r + 3, s.y, 'start'),
      beside(s.x - s.r - 3, s.y, 'end'),
      across(above),
      across(below),
    ];
    const fit = sides.find(
      ({ box }) =>
        box.x0 >= 2 &&
        box.x1 <= width - 2 &&
        box.y0 >= 2 &&
        box.y1 <= height - 2 &&
        !taken.some((other) => !own(other) && overlaps(box, other)),
    );
    if (!fit) continue;
    taken.push(fit.box);
    out.push({ key: s.place.key, x: fit.x, y: fit.y, anchor: fit.anchor, text: label });
  }
  return out;
}

/** The map's legend: a circle per channel, the size note and the credit, wrapping at `width`. */
function legend(input: MapImageInput, p: Palette, width: number): { svg: string; height: number } {
  const ROW = 20;
  let out = '';
  let left = 0;
  let top = 0;
  const place = (itemWidth: number) => {
    if (left > 0 && left + itemWidth > width) {
      left = 0;
      top += ROW;
    }
    const at = { x: left, y: top };
    left += itemWidth + 18;
    return at;
  };
  for (const entry of channelLegend(input.places, input.scheme)) {
    const at = place(17 + entry.label.length * LEGEND_CHAR);
    out += el(
      'g',
      { class: 'legend-item', transform: `translate(${at.x},${at.y})` },
      el('circle', { cx: 6, cy: 7, r: 5, ...svgPaint(symbolPaint(entry.color, 'plain', p)) }) +
        text({ x: 17, y: 11, 'font-size': FONT_SIZE, fill: p.muted }, entry.label),
    );
  }
  for (const note of [SIZE_NOTE, BASEMAP_CREDIT]) {
    const at = place(note.length * LEGEND_CHAR);
    out += text({ x: at.x, y: at.y + 11, 'font-size': FONT_SIZE, fill: p.muted }, note);
  }
  return { svg: out, height: top + 14 };
}

/**
 * The map block at (x, y), `width` wide: heading, summary, the map, its legend. Returns the
 * SVG and the height it takes.
 */
export function mapFigureSvg(
  input: MapImageInput,
  p: Palette,
  x: number,
  y: number,
  width: number,
): { svg: string; height: number } {
  const chosen = new Set(input.chosen);
  const height = mapHeight(width);
  const drawn = input.places.filter((place) => place.coordinates);
  const projection = fittedProjection(
    drawn.map((place) => place.coordinates as [number, number]),
    width,
    height,
  );
  // One decimal: a tenth of a pixel is finer than any screen, and the file stays small.
  const path = geoPath(projection).digits(1);
  const world = basemapPaint(p);
  const symbols = placeSymbols(drawn, projection, width, input.scheme, chosen);

  const basemap =
    el('rect', { width, height, ...svgPaint(world.sphere) }) +
    el('path', { class: 'land', d: path(input.basemap.land) ?? '', ...svgPaint(world.land) }) +
    el('path', {
      class: 'borders',
      d: path(input.basemap.borders) ?? '',
      ...svgPaint(world.borders),
    });
  const circles = symbols
    .map((s) =>
      el(
        'circle',
        {
          class: 'place',
          'data-place': s.place.key,
          'data-count': s.place.count,
          cx: s.x,
          cy: s.y,
          r: s.r,
          ...svgPaint(symbolPaint(s.color, symbolState(s.place.key, chosen), p)),
        },
        `<title>${escapeXml(`${s.place.label}: ${s.place.count.toLocaleString('en')} ${s.place.count === 1 ? 'event' : 'events'}`)}</title>`,
      ),
    )
    .join('');
  const labels = placeLabels(symbols, width, height)
    .map((l) =>
      text(
        {
          class: 'place-label',
          x: l.x,
          y: l.y,
          dy: '0.35em',
          'text-anchor': l.anchor,
          'font-size': LABEL_SIZE,
          fill: p.text,
          stroke: p.surface,
          'stroke-width': 3,
          'paint-order': 'stroke',
        },
        l.text,
      ),
    )
    .join('');

  const mapTop = 44;
  const key = legend(input, p, width);
  const svg = el(
    'g',
    { class: 'map', transform: `translate(${x},${y})` },
    text({ x: 0, y: 16, 'font-size': HEADING_SIZE, 'font-weight': 700, fill: p.text }, 'Places') +
      text(
        { class: 'map-summary', x: 0, y: 34, 'font-size': FONT_SIZE, fill: p.muted },
        placesSummary(input.places),
      ) +
      `<defs><clipPath id="${CLIP_ID}">${el('rect', { width, height })}</clipPath></defs>` +
      el(
        'g',
        { transform: `translate(0,${mapTop})`, 'clip-path': `url(#${CLIP_ID})` },
        basemap + circles + labels,
      ) +
      el('rect', {
        y: mapTop,
        width,
        height,
        fill: 'none',
        stroke: p.border,
        'stroke-width': 1,
      }) +
      el('g', { class: 'map-legend', transform: `translate(0,${mapTop + height + 12})` }, key.svg),
  );
  return { svg, height: mapTop + height + 12 + key.height };
}
