// A small map that shows where one place is: the outlines of the region around it, the former
// NKAO, and the place ringed and named in the reader's chosen naming. It links to the big map.
import { useApp } from '../../services/context';
import { useQuery } from '../../services/useQuery';
import type { Place } from '../../db/types';
import { loadBaseMap, MAP_HEIGHT, MAP_WIDTH } from './geography';
import { BaseLayers } from './BaseLayers';
import { NAMING_SETTING, parseNaming, placeLabel } from './place-names';
import { inRegion } from './region';
import './map.css';

/** The locator shows half the big map's width and height around the place. */
const VIEW_W = MAP_WIDTH / 2;
const VIEW_H = MAP_HEIGHT / 2;

interface Props {
  place: Place;
  /** Where the map leads: the big map, at the right day. */
  href: string;
  /** What following the link does, e.g. "Open the map at 19 September 2023". */
  linkText: string;
}

export function LocatorMap({ place, href, linkText }: Props) {
  const { db } = useApp();
  const data = useQuery(
    () => Promise.all([loadBaseMap(), db.getSetting(NAMING_SETTING)] as const),
    [db],
  );

  if (place.outsideRegion || !inRegion(place.lon, place.lat)) {
    return (
      <p className="muted locator-outside">
        {place.names.en} lies outside the region the map covers.
      </p>
    );
  }
  if (data.status !== 'done') {
    // The same box the map will fill, so the page does not jump when it arrives.
    return <div className="locator-frame locator-pending" aria-hidden="true" />;
  }
  const [base, naming] = data.data;
  const xy = base.projection([place.lon, place.lat]);
  if (!xy) return null;
  const [px, py] = xy;
  const x = clamp(px - VIEW_W / 2, 0, MAP_WIDTH - VIEW_W);
  const y = clamp(py - VIEW_H / 2, 0, MAP_HEIGHT - VIEW_H);
  const name = placeLabel(place, parseNaming(naming));
  // The locator is drawn at about 360 px for 480 units: sizes below are in those units.
  const unit = VIEW_W / 360;
  const leftSide = px > x + VIEW_W * 0.7;

  return (
    <figure className="locator">
      {/* The picture is a second way to the link in the caption, so it is left out of the
          tab order and of what screen readers read. */}
      <a href={href} className="locator-frame" tabIndex={-1} aria-hidden="true">
        <svg className="locator-svg" viewBox={`${x} ${y} ${VIEW_W} ${VIEW_H}`}>
          <BaseLayers base={base} />
          {base.labels
            .filter((l) => fits(l, x, y, 13 * unit))
            .map((l) => (
              <text
                key={l.name}
                x={l.x}
                y={l.y}
                fontSize={13 * unit}
                textAnchor="middle"
                className="map-country-label"
              >
                {l.name}
              </text>
            ))}
          <circle
            cx={px}
            cy={py}
            r={9 * unit}
            strokeWidth={2.5 * unit}
            className="map-selected-ring"
          />
          <circle cx={px} cy={py} r={4 * unit} strokeWidth={1.5 * unit} className="locator-dot" />
          <text
            x={px + (leftSide ? -13 : 13) * unit}
            y={py + 4.5 * unit}
            fontSize={14 * unit}
            textAnchor={leftSide ? 'end' : 'start'}
            className="map-place-label locator-label"
          >
            {name}
          </text>
        </svg>
      </a>
      <figcaption className="muted">
        {place.names.en} on a map of the South Caucasus; the dashed outline is the former NKAO
        (approximate). <a href={href}>{linkText}</a>
      </figcaption>
    </figure>
  );
}

/** Whether a country's name, centred on its point, falls wholly inside the view. */
function fits(label: { name: string; x: number; y: number }, x: number, y: number, size: number) {
  // Capitals with wide letter spacing run to about 0.85 of the font size each.
  const half = (label.name.length * size * 0.85) / 2;
  return (
    label.x - half >= x &&
    label.x + half <= x + VIEW_W &&
    label.y - size >= y &&
    label.y <= y + VIEW_H
  );
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
