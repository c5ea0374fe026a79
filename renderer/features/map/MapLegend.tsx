// The key to the map: marker colours by category, clusters, and the approximate NKAO outline.
import { slugLabel } from '../../components/labels';
import { CATEGORY_FAMILIES } from './categories';
import { NKAO_LABEL } from '../../components/map/nkao-outline';

export function MapLegend() {
  return (
    <section className="map-legend" aria-labelledby="map-legend-heading">
      <h2 id="map-legend-heading">Legend</h2>
      <ul>
        {CATEGORY_FAMILIES.map((family) => (
          <li key={family.key}>
            <svg width="14" height="14" aria-hidden="true" className={family.className}>
              <circle cx="7" cy="7" r="6" className="map-marker-dot" />
            </svg>
            <span>
              <strong>{family.label}</strong>: {family.categories.map(slugLabel).join(', ')}
            </span>
          </li>
        ))}
        <li>
          <svg width="14" height="14" aria-hidden="true">
            <circle cx="7" cy="7" r="6" className="map-cluster-dot" />
          </svg>
          <span>Several events close together; select to list them</span>
        </li>
        <li>
          <svg width="22" height="14" aria-hidden="true">
            <rect x="1" y="1" width="20" height="12" className="map-nkao" />
          </svg>
          <span>{NKAO_LABEL}</span>
        </li>
      </ul>
    </section>
  );
}
