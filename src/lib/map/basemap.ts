/**
 * The world under the places: Natural Earth's countries at 1:110 million (world-atlas), bundled
 * with the map's code, so the map makes no request to any tile server or other host and works
 * offline like the rest of the app. Imported only by the map's lazily loaded chunk.
 */
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, MultiLineString } from 'geojson';
import countries from 'world-atlas/countries-110m.json';

export interface Basemap {
  /**
   * The land masses, for the land's fill: the atlas's own union of the countries, not the
   * countries themselves. The fill looks the same (the borders are drawn apart), and a border
   * between two countries is not projected twice: a new fit of the map (a filter that changes
   * the places) projected the 177 countries in about 22 ms in Node, the land in about 8.
   */
  land: FeatureCollection;
  /** The borders between countries, each drawn once. */
  borders: MultiLineString;
}

type Countries = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

let basemap: Basemap | undefined;

/** The basemap, decoded from its TopoJSON on first use and kept. */
export function worldBasemap(): Basemap {
  if (!basemap) {
    // The JSON's inferred type is arrays of numbers; topojson-client's is the TopoJSON spec's.
    const world = countries as unknown as Countries;
    basemap = {
      land: feature(world, world.objects.land),
      borders: mesh(world, world.objects.countries, (a, b) => a !== b),
    };
  }
  return basemap;
}
