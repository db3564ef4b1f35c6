/**
 * Where the map puts the world and its places: an Equal Earth projection (areas true, so no
 * continent looks bigger than it is) fitted to the places of the selection, and the symbols'
 * sizes. Pure: numbers in, a projection or numbers out; the component only draws.
 */
import { geoEqualEarth, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';

/**
 * The least span the fit shows, in degrees of longitude and latitude: one place, or places a
 * few km apart (Miami, Hallandale Beach), are shown in their region rather than a street.
 */
export const MIN_SPAN: readonly [number, number] = [36, 20];

/** The largest symbol's radius on a wide map, and the smallest, in px: one event stays a
 * visible target. */
export const MAX_RADIUS = 22;
export const MIN_RADIUS = 5;

/** The busiest place's radius on a map `width` px wide: on a phone a world map is small, and
 * 22 px circles would cover whole regions. */
export function largestRadius(width: number): number {
  return Math.max(10, Math.min(MAX_RADIUS, width / 40));
}

/**
 * What the fit must show: the places, and a box of at least MIN_SPAN around their middle;
 * the whole globe when no place has coordinates. Points (never a polygon), so no winding
 * order or antimeridian cut can turn the box inside out.
 */
export function fitTarget(points: readonly (readonly [number, number])[]): GeoPermissibleObjects {
  if (points.length === 0) return { type: 'Sphere' };
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const [west, east] = [Math.min(...lons), Math.max(...lons)];
  const [south, north] = [Math.min(...lats), Math.max(...lats)];
  const halfLon = Math.max(east - west, MIN_SPAN[0]) / 2;
  const halfLat = Math.max(north - south, MIN_SPAN[1]) / 2;
  const midLon = (west + east) / 2;
  const midLat = (south + north) / 2;
  const clampLat = (lat: number) => Math.max(-85, Math.min(85, lat));
  const clampLon = (lon: number) => Math.max(-180, Math.min(180, lon));
  const corners: [number, number][] = [
    [clampLon(midLon - halfLon), clampLat(midLat - halfLat)],
    [clampLon(midLon + halfLon), clampLat(midLat + halfLat)],
    [clampLon(midLon - halfLon), clampLat(midLat + halfLat)],
    [clampLon(midLon + halfLon), clampLat(midLat - halfLat)],
  ];
  return { type: 'MultiPoint', coordinates: [...points.map((p) => [p[0], p[1]]), ...corners] };
}

/**
 * The projection for a map `width` × `height` px showing `points` ([lon, lat]), with `margin`
 * px kept free at each edge so that the symbols there are not cut.
 */
export function fittedProjection(
  points: readonly (readonly [number, number])[],
  width: number,
  height: number,
  margin = largestRadius(width) + 4,
): GeoProjection {
  const m = Math.min(margin, width / 4, height / 4);
  return worldProjection(centralMeridian(points)).fitExtent(
    [
      [m, m],
      [Math.max(m + 1, width - m), Math.max(m + 1, height - m)],
    ],
    fitTarget(points),
  );
}

/** The scale the world is projected at, once per rotation; each fit scales that by an SVG transform. */
export const WORLD_SCALE = 1000;

/**
 * The Equal Earth projection turned to `rotation` (a central meridian), at WORLD_SCALE about
 * the origin: the paths of the world drawn under it are the same, up to scale and offset, as
 * under every fit with that central meridian (fittedProjection). A filter that keeps the
 * westernmost and easternmost places keeps the meridian, so the map is not projected again.
 */
export function worldProjection(rotation: number): GeoProjection {
  return geoEqualEarth().rotate([-rotation, 0]).scale(WORLD_SCALE).translate([0, 0]);
}

/**
 * The SVG transform that puts what worldProjection drew where `fitted` draws it: d3's
 * projections are (offset + scale × the raw projection), so two with the same rotation differ
 * by a scale and an offset only.
 */
export function worldTransform(fitted: GeoProjection): string {
  const [x, y] = fitted.translate();
  return `translate(${x},${y}) scale(${fitted.scale() / WORLD_SCALE})`;
}

/**
 * The longitude the map is centred on: the middle of the places' span, so that their region is
 * drawn upright and undistorted; Greenwich for none.
 */
export function centralMeridian(points: readonly (readonly [number, number])[]): number {
  if (points.length === 0) return 0;
  const lons = points.map((p) => p[0]);
  return (Math.min(...lons) + Math.max(...lons)) / 2;
}

/**
 * A symbol's radius for `count` events when the busiest place has `maxCount` and is drawn
 * `largest` px wide: its area is proportional to the count (radius by the square root), never
 * below MIN_RADIUS.
 */
export function symbolRadius(count: number, maxCount: number, largest = MAX_RADIUS): number {
  if (count <= 0 || maxCount <= 0) return 0;
  return Math.max(MIN_RADIUS, largest * Math.sqrt(count / maxCount));
}

/** The map's height for its width: half as tall as wide, within readable bounds. */
export function mapHeight(width: number): number {
  return Math.round(Math.max(220, Math.min(460, width * 0.5)));
}
