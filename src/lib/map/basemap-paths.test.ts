import { geoEquirectangular } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { worldBasemap } from './basemap';
import { basemapPaths } from './basemap-paths';

describe('basemapPaths', () => {
  const basemap = worldBasemap();
  const projection = (scale: number) => geoEquirectangular().scale(scale);

  it('draws the land, the borders and the outline under the projection', () => {
    const paths = basemapPaths(basemap)('a', projection(100));
    expect(paths.land).toMatch(/^M/);
    expect(paths.borders).toMatch(/^M/);
    expect(paths.outline).toMatch(/^M/);
    expect(basemapPaths(basemap)('b', projection(200)).land).not.toBe(paths.land);
  });

  it('fills the land as the land masses, so that no border between countries is drawn twice', () => {
    // One feature, the atlas's union of the countries: projecting each country drew every
    // shared border twice and took about three times as long at each new fit of the map.
    expect(basemap.land.features).toHaveLength(1);
    const subpaths = (d: string) => d.split('M').length - 1;
    const land = basemapPaths(basemap)('a', projection(100)).land;
    // At 1:110 million the land is 128 rings; the 177 countries are 289.
    expect(subpaths(land)).toBeLessThan(200);
  });

  it('gives the paths of a key among the last four without drawing them again', () => {
    const pathsOf = basemapPaths(basemap);
    const first = pathsOf('a', projection(100));
    // The key names the projection: another projection under the same key is not drawn.
    expect(pathsOf('a', projection(300))).toBe(first);
    for (const key of ['b', 'c', 'd']) pathsOf(key, projection(100));
    expect(pathsOf('a', projection(300))).toBe(first);
    pathsOf('e', projection(100));
    pathsOf('f', projection(100));
    expect(pathsOf('a', projection(300))).not.toBe(first);
  });
});
