// The bottom of every map drawing: water, the country outlines (Armenia and Azerbaijan drawn
// stronger) and the approximate NKAO outline. The big map and the locator draw the same base,
// so a change of style or outline shows in both.
import { MAP_HEIGHT, MAP_WIDTH, type BaseMap } from './geography';
import { NKAO_LABEL } from './nkao-outline';

const MAIN_COUNTRIES = new Set(['Armenia', 'Azerbaijan']);

export function BaseLayers({ base }: { base: BaseMap }) {
  return (
    <>
      <rect className="map-water" x={0} y={0} width={MAP_WIDTH} height={MAP_HEIGHT} />
      {base.countries.map((c) => (
        <path
          key={c.name}
          d={c.d}
          className={MAIN_COUNTRIES.has(c.name) ? 'map-country map-country-main' : 'map-country'}
        />
      ))}
      <path d={base.nkao} className="map-nkao">
        <title>{NKAO_LABEL}</title>
      </path>
    </>
  );
}
