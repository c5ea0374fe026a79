// The map's base: Natural Earth country outlines (the world-atlas package, bundled, never
// fetched from a server) projected onto the South Caucasus with d3-geo.
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import { NKAO_APPROXIMATE_OUTLINE } from './nkao-outline';
import { BOX } from './region';

/** The drawing's size in SVG units; the SVG scales to its container. */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 540;

const SHOWN = ['Armenia', 'Azerbaijan', 'Georgia', 'Iran', 'Turkey', 'Russia'];

/** Where each country's name is written: a point well inside its part of the map. */
const COUNTRY_LABELS: readonly { name: string; lon: number; lat: number }[] = [
  { name: 'Armenia', lon: 44.75, lat: 40.35 },
  { name: 'Azerbaijan', lon: 48.3, lat: 40.45 },
  { name: 'Georgia', lon: 44.2, lat: 41.45 },
  { name: 'Iran', lon: 47.4, lat: 38.55 },
  { name: 'Turkey', lon: 43.35, lat: 39.4 },
];

export interface CountryShape {
  name: string;
  d: string;
}

export interface BaseMap {
  projection: GeoProjection;
  countries: CountryShape[];
  labels: { name: string; x: number; y: number }[];
  nkao: string;
}

let loaded: Promise<BaseMap> | null = null;

/**
 * Loads the outlines as their own chunk, so the rest of the app starts without them; the map
 * and the small locator maps share one projection, made once.
 */
export function loadBaseMap(): Promise<BaseMap> {
  loaded ??= makeBaseMap();
  loaded.catch(() => {
    loaded = null;
  });
  return loaded;
}

async function makeBaseMap(): Promise<BaseMap> {
  const { default: topology } = await import('world-atlas/countries-10m.json');
  const projection = geoMercator()
    .fitExtent(
      [
        [0, 0],
        [MAP_WIDTH, MAP_HEIGHT],
      ],
      {
        type: 'MultiPoint',
        coordinates: [
          [BOX.west, BOX.south],
          [BOX.east, BOX.north],
          [BOX.west, BOX.north],
          [BOX.east, BOX.south],
        ],
      },
    )
    .clipExtent([
      [0, 0],
      [MAP_WIDTH, MAP_HEIGHT],
    ]);
  const path = geoPath(projection);
  const all = feature(topology, topology.objects.countries);
  const countries = all.features
    .filter((f) => SHOWN.includes(f.properties.name))
    .map((f) => ({ name: f.properties.name, d: path(f) ?? '' }));
  const labels = COUNTRY_LABELS.map(({ name, lon, lat }) => {
    const [x, y] = projection([lon, lat]) ?? [0, 0];
    return { name, x, y };
  });
  const ring = [...NKAO_APPROXIMATE_OUTLINE, NKAO_APPROXIMATE_OUTLINE[0]!].map(
    ([lon, lat]) => [lon, lat] as [number, number],
  );
  const nkao = path({ type: 'Polygon', coordinates: [ring] }) ?? '';
  return { projection, countries, labels, nkao };
}
