/**
 * The basemap drawn as SVG paths under a projection, remembered for the last few: projecting
 * the world takes tens of ms. The map projects it once per rotation (projection.ts,
 * worldProjection) and moves it into each fit with a transform, so a filter that refits the
 * map finds its paths here.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import type { Basemap } from './basemap';

export interface BasemapPaths {
  land: string;
  borders: string;
  /** The globe's outline. */
  outline: string;
}

/** How many projections' paths are kept. */
const KEPT = 4;

/**
 * A function giving the paths of `basemap` under a projection named by `key` (whatever fixes
 * it: the fitted places and the size), computing them only for a key not among the last few.
 */
export function basemapPaths(
  basemap: Basemap,
): (key: string, projection: GeoProjection) => BasemapPaths {
  const kept = new Map<string, BasemapPaths>();
  return (key, projection) => {
    let paths = kept.get(key);
    if (!paths) {
      const path = geoPath(projection);
      paths = {
        land: path(basemap.land) ?? '',
        borders: path(basemap.borders) ?? '',
        outline: path({ type: 'Sphere' }) ?? '',
      };
      kept.set(key, paths);
      if (kept.size > KEPT) kept.delete(kept.keys().next().value as string);
    }
    return paths;
  };
}
