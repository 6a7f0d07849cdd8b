/** A GeoJSON polygon or multipolygon of the shipped boundary files (lon/lat, CRS84). */
export interface BoundaryFeature {
  properties: Record<string, unknown>;
  geometry: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };
}

export interface Projected {
  pcode: string;
  name: string;
  path: string;
}

function rings(feature: BoundaryFeature): number[][][] {
  return feature.geometry.type === 'Polygon' ? feature.geometry.coordinates : feature.geometry.coordinates.flat();
}

/**
 * Draws boundaries as SVG paths with an equirectangular projection scaled by the cosine of the middle
 * latitude: good enough for a country of Peru's size, and needs no map library or tiles.
 */
export function projectFeatures(
  features: BoundaryFeature[],
  identify: (feature: BoundaryFeature) => { pcode: string; name: string },
  width: number,
  height: number,
): Projected[] {
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  for (const feature of features) {
    for (const ring of rings(feature)) {
      for (const [lon, lat] of ring) {
        west = Math.min(west, lon);
        east = Math.max(east, lon);
        south = Math.min(south, lat);
        north = Math.max(north, lat);
      }
    }
  }
  const squeeze = Math.cos((((north + south) / 2) * Math.PI) / 180);
  const scale = Math.min(width / ((east - west) * squeeze), height / (north - south));
  const x = (lon: number) => ((lon - west) * squeeze * scale).toFixed(1);
  const y = (lat: number) => ((north - lat) * scale).toFixed(1);
  return features.map((feature) => ({
    ...identify(feature),
    path: rings(feature)
      .map((ring) => `M${ring.map(([lon, lat]) => `${x(lon)},${y(lat)}`).join('L')}Z`)
      .join(''),
  }));
}
