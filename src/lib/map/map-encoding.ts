/**
 * How the venue map looks: the basemap's paints, each place's symbol (where, how big, in which
 * colour, drawn in which order, dimmed or marked) and the legend of its colours, as pure
 * functions. The live map (components/map/MapPlot.svg.svelte) and the exported chart image
 * (image/chart-map.ts) both draw from here, so the file shows what the screen shows.
 *
 * Paints take a palette, as the timeline's do (timeline/encoding.ts): values for the image, the
 * page's custom properties (CSS_PALETTE) for the live map, so a theme switch needs no redraw.
 * Channel colours are values per scheme (theme/channel-colors.ts), as the map draws them.
 */
import type { GeoProjection } from 'd3-geo';
import { trackLabel } from '../format/labels';
import { channelColor } from '../theme/channel-colors';
import type { ColorSchemeName, Palette } from '../theme/tokens';
import type { Paint } from '../timeline/encoding';
import type { MapPlace } from './places';
import { largestRadius, symbolRadius } from './projection';

/** A place as the map draws it: its circle, in the projection's pixels. */
export interface PlaceSymbol {
  place: MapPlace;
  x: number;
  y: number;
  r: number;
  color: string;
}

/**
 * The circles of the places that have coordinates, on a map `width` px wide: area by count,
 * colour by main channel. Biggest first, so a small place over a big one stays on top (and can
 * be hovered); the chosen places over all the others.
 */
export function placeSymbols(
  places: readonly MapPlace[],
  projection: GeoProjection,
  width: number,
  scheme: ColorSchemeName,
  chosen: ReadonlySet<string>,
): PlaceSymbol[] {
  const drawn = places.filter((p) => p.coordinates);
  const maxCount = Math.max(1, ...drawn.map((p) => p.count));
  const largest = largestRadius(width);
  return drawn
    .map((place) => {
      const [x, y] = projection(place.coordinates as [number, number]) ?? [0, 0];
      return {
        place,
        x,
        y,
        r: symbolRadius(place.count, maxCount, largest),
        color: channelColor(scheme, place.channel),
      };
    })
    .sort((a, b) => Number(chosen.has(a.place.key)) - Number(chosen.has(b.place.key)) || b.r - a.r);
}

/**
 * How a symbol stands out: `marked` (a chosen place, or the one named by the tooltip),
 * `dimmed` (another place while some are chosen), else `plain`.
 */
export type SymbolState = 'plain' | 'dimmed' | 'marked';

export function symbolState(
  key: string,
  chosen: ReadonlySet<string>,
  named: string | null = null,
): SymbolState {
  if (chosen.has(key) || key === named) return 'marked';
  return chosen.size > 0 ? 'dimmed' : 'plain';
}

/**
 * A symbol's paint: slightly see-through, so overlapping places both show, with an edge in the
 * surface colour that parts neighbours; the others fade while some are chosen; a marked one is
 * solid and outlined in the text colour.
 */
export function symbolPaint(color: string, state: SymbolState, p: Palette): Paint {
  if (state === 'marked') return { fill: color, fillOpacity: 1, stroke: p.text, strokeWidth: 2.5 };
  return {
    fill: color,
    fillOpacity: state === 'dimmed' ? 0.3 : 0.8,
    stroke: p.surface,
    strokeWidth: 1.5,
  };
}

/** The world under the places: sea, land, and the borders drawn once, thin. */
export function basemapPaint(p: Palette): { sphere: Paint; land: Paint; borders: Paint } {
  return {
    sphere: { fill: p.infoBg },
    land: { fill: p.badgeBg },
    borders: { fill: 'none', stroke: p.border, strokeWidth: 0.6 },
  };
}

/** One colour of the map's legend. */
export interface ChannelEntry {
  channel: string | undefined;
  label: string;
  color: string;
}

/** The channels of the places drawn, in the order the places come (busiest first). */
export function channelLegend(
  places: readonly MapPlace[],
  scheme: ColorSchemeName,
): ChannelEntry[] {
  const channels = new Set(places.filter((p) => p.coordinates).map((p) => p.channel));
  return [...channels].map((channel) => ({
    channel,
    label: channel === undefined ? 'No channel' : (trackLabel(channel) ?? channel),
    color: channelColor(scheme, channel),
  }));
}

/** What the legend says of the circles' sizes. */
export const SIZE_NOTE = 'Circle area: events in view';

/** The basemap's credit, wherever the map is shown. */
export const BASEMAP_CREDIT = 'Basemap: Natural Earth (public domain), via world-atlas';
