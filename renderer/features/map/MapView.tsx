// The drawing itself: countries, the approximate NKAO outline, place labels and the event
// markers, clustered where they would overlap at the size the map is shown.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { itemHref } from '../../services/router';
import type { EventSummary } from '../../db/types';
import { familyOf } from './categories';
import { clusterByDistance, type Cluster } from './cluster';
import { MAP_HEIGHT, MAP_WIDTH, type BaseMap } from '../../components/map/geography';
import type { LabelledPlace } from './map-data';
import { BaseLayers } from '../../components/map/BaseLayers';
import { placeLabel, type Naming } from '../../components/map/place-names';

interface MapViewProps {
  base: BaseMap;
  events: EventSummary[];
  labels: LabelledPlace[];
  naming: Naming;
  /** The event selected on the timeline, ringed when it is on the map. */
  selectedId?: string | null;
}

/** Markers closer than this many screen pixels share a cluster. */
const CLUSTER_PX = 22;

export function MapView({ base, events, labels, naming, selectedId = null }: MapViewProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const listRef = useRef<HTMLHeadingElement>(null);
  const scale = useScreenScale(svgRef);
  const [openKey, setOpenKey] = useState<string | null>(null);

  const clusters = useMemo(() => {
    const points = events.flatMap((event) => {
      const xy = event.place && base.projection([event.place.lon, event.place.lat]);
      return xy ? [{ item: event, x: xy[0], y: xy[1] }] : [];
    });
    return clusterByDistance(points, CLUSTER_PX / scale, (e) => e.id);
  }, [events, base, scale]);

  const open = clusters.find((c) => c.key === openKey && c.items.length > 1) ?? null;

  useEffect(() => {
    if (openKey) listRef.current?.focus();
  }, [openKey]);

  const unit = 1 / scale;
  const textSize = 12 * unit;

  return (
    <div className="map-frame">
      <svg
        ref={svgRef}
        className="map-svg"
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        role="group"
        aria-label="Map of the South Caucasus with event markers"
      >
        <BaseLayers base={base} />
        <g aria-hidden="true">
          {labels.map(({ place }) => {
            const xy = base.projection([place.lon, place.lat]);
            return xy ? (
              <circle key={place.id} cx={xy[0]} cy={xy[1]} r={2 * unit} className="map-place-dot" />
            ) : null;
          })}
        </g>
        <g className="map-markers">
          {clusters.map((cluster) =>
            cluster.items.length === 1 ? (
              <Marker
                key={cluster.key}
                event={cluster.items[0]!}
                x={cluster.x}
                y={cluster.y}
                unit={unit}
                selected={cluster.items[0]!.id === selectedId}
              />
            ) : (
              <ClusterMarker
                key={cluster.key}
                cluster={cluster}
                unit={unit}
                expanded={cluster.key === openKey}
                selected={cluster.items.some((e) => e.id === selectedId)}
                onOpen={() => setOpenKey(cluster.key === openKey ? null : cluster.key)}
              />
            ),
          )}
        </g>
        {/* Names go over the markers so they stay readable; clicks pass through them. */}
        <g aria-hidden="true" className="map-labels">
          {base.labels.map((l) => (
            <text
              key={l.name}
              x={l.x}
              y={l.y}
              className="map-country-label"
              fontSize={15 * unit}
              textAnchor="middle"
            >
              {l.name}
            </text>
          ))}
          {labels.map(({ place, side }) => {
            const xy = base.projection([place.lon, place.lat]);
            if (!xy) return null;
            const [x, y] = xy;
            const dx = side === 'right' ? 9 * unit : side === 'left' ? -9 * unit : 0;
            const dy = side === 'below' ? 19 * unit : 4 * unit;
            const anchor = side === 'right' ? 'start' : side === 'left' ? 'end' : 'middle';
            return (
              <text
                key={place.id}
                x={x + dx}
                y={y + dy}
                fontSize={textSize}
                textAnchor={anchor}
                className="map-place-label"
              >
                {placeLabel(place, naming)}
              </text>
            );
          })}
        </g>
      </svg>
      {open && (
        <div className="map-cluster-list">
          <h2 ref={listRef} tabIndex={-1}>
            {open.items.length} events here
          </h2>
          <ul>
            {open.items.map((event) => (
              <li key={event.id}>
                <span className={`map-swatch ${familyOf(event.category).className}`} />
                <a href={itemHref(event.id)}>{event.title}</a>{' '}
                <span className="muted">{event.displayDate}</span>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => setOpenKey(null)}>
            Close list
          </button>
        </div>
      )}
    </div>
  );
}

interface MarkerProps {
  event: EventSummary;
  x: number;
  y: number;
  unit: number;
  selected: boolean;
}

function Marker({ event, x, y, unit, selected }: MarkerProps) {
  const name = `${event.title}, ${event.displayDate}${selected ? ' (selected)' : ''}`;
  return (
    <a
      href={itemHref(event.id)}
      className={`map-marker ${familyOf(event.category).className}`}
      aria-label={name}
      aria-current={selected ? 'true' : undefined}
    >
      <title>{name}</title>
      {selected && <SelectedRing x={x} y={y} r={10 * unit} unit={unit} />}
      <circle cx={x} cy={y} r={6 * unit} strokeWidth={1.5 * unit} className="map-marker-dot" />
    </a>
  );
}

interface ClusterMarkerProps {
  cluster: Cluster<EventSummary>;
  unit: number;
  expanded: boolean;
  selected: boolean;
  onOpen: () => void;
}

function ClusterMarker({ cluster, unit, expanded, selected, onOpen }: ClusterMarkerProps) {
  const count = cluster.items.length;
  const near = cluster.items[0]?.place?.names.en;
  const name = `${count} events${near ? ` near ${near}` : ''}${selected ? ', with the selected one' : ''}: list them`;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen();
    }
  };
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={name}
      aria-expanded={expanded}
      className="map-cluster"
      onClick={onOpen}
      onKeyDown={onKeyDown}
    >
      <title>{name}</title>
      {selected && (
        <SelectedRing x={cluster.x} y={cluster.y} r={(count > 9 ? 15 : 13) * unit} unit={unit} />
      )}
      <circle
        cx={cluster.x}
        cy={cluster.y}
        r={(count > 9 ? 11 : 9) * unit}
        strokeWidth={1.5 * unit}
        className="map-cluster-dot"
      />
      <text
        x={cluster.x}
        y={cluster.y + 4 * unit}
        fontSize={11 * unit}
        textAnchor="middle"
        className="map-cluster-count"
      >
        {count}
      </text>
    </g>
  );
}

/** The ring around the selected event's marker (or its cluster). */
function SelectedRing({ x, y, r, unit }: { x: number; y: number; r: number; unit: number }) {
  return <circle cx={x} cy={y} r={r} strokeWidth={2.5 * unit} className="map-selected-ring" />;
}

/** How many screen pixels one SVG unit takes at the map's current size. */
function useScreenScale(ref: React.RefObject<SVGSVGElement | null>): number {
  const [scale, setScale] = useState(1);
  useEffect(() => {
    const svg = ref.current;
    if (!svg) return;
    const observer = new ResizeObserver(() => {
      const width = svg.getBoundingClientRect().width;
      if (width > 0) setScale(width / MAP_WIDTH);
    });
    observer.observe(svg);
    return () => observer.disconnect();
  }, [ref]);
  return scale;
}
