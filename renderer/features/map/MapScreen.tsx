// The map: the South Caucasus drawn from bundled outlines (no tiles, no requests), the events
// up to the day in the link as coloured markers, and place names in the reader's chosen naming.
import { useCallback, useId, useMemo, useState } from 'react';
import { useApp } from '../../services/context';
import { allEventSummaries } from '../../services/events-cache';
import { hrefFor, navigate } from '../../services/router';
import { getTimeSelection, setTimeSelection, useTimeSelection } from '../../services/selection';
import { useQuery } from '../../services/useQuery';
import { Loading } from '../../components/Loading';
import type { EventSummary, Place } from '../../db/types';
import { loadBaseMap, type BaseMap } from '../../components/map/geography';
import { dayNumber, dayToIso } from '../../db/dates';
import { labelledPlaces, latestUpTo, mapEvents } from './map-data';
import { MapLegend } from './MapLegend';
import { MapView } from './MapView';
import {
  NAMINGS,
  NAMING_LABELS,
  NAMING_SETTING,
  parseNaming,
  type Naming,
} from '../../components/map/place-names';
import { TimeControls } from './TimeControls';
import '../../components/map/map.css';

export function MapScreen({ until }: { until?: string | undefined }) {
  const { db } = useApp();
  const data = useQuery(
    () =>
      Promise.all([
        allEventSummaries(db),
        db.listPlaces(),
        loadBaseMap(),
        db.getSetting(NAMING_SETTING),
      ] as const),
    [db],
  );

  if (data.status === 'loading') return <Loading />;
  if (data.status === 'error')
    return <p role="alert">The map could not be loaded: {data.message}</p>;
  const [events, places, base, naming] = data.data;
  return (
    <MapBody
      events={events}
      places={places}
      base={base}
      initialNaming={parseNaming(naming)}
      until={until}
    />
  );
}

interface MapBodyProps {
  events: EventSummary[];
  places: Place[];
  base: BaseMap;
  initialNaming: Naming;
  until: string | undefined;
}

function MapBody({ events, places, base, initialNaming, until }: MapBodyProps) {
  const { db } = useApp();
  const namingId = useId();
  const [naming, setNaming] = useState(initialNaming);
  const { shown, unplaced, days } = useMemo(() => mapEvents(events), [events]);
  const labels = useMemo(() => labelledPlaces(places), [places]);
  const selection = useTimeSelection();
  const last = days[days.length - 1] ?? 0;
  // The day in the link, else the one selected on the timeline or an event page, else the last.
  const [fallback] = useState(() => getTimeSelection()?.day);
  const wanted = until ?? fallback;
  const day = wanted ? Math.min(dayNumber(wanted), last) : last;
  const visible = useMemo(() => shown.filter((e) => dayNumber(e.dateStart) <= day), [shown, day]);
  // The event the timeline opens at: the selected one while it is still shown, else the latest.
  const selected =
    selection?.eventId && dayNumber(selection.day) <= day
      ? selection.eventId
      : (latestUpTo(events, day)?.id ?? null);

  // The day lives in the link, so the timeline can point at it and Back returns to it; moving
  // the slider selects the latest event up to that day for the timeline.
  const setDay = useCallback(
    (next: number) => {
      const iso = dayToIso(next);
      setTimeSelection({ eventId: latestUpTo(events, next)?.id ?? null, day: iso });
      navigate({ name: 'map', until: iso }, { replace: true });
    },
    [events],
  );

  const chooseNaming = (value: Naming) => {
    setNaming(value);
    void db.setSetting(NAMING_SETTING, value);
  };

  return (
    <section className="map-screen" aria-labelledby="map-heading">
      <h1 id="map-heading">Map</h1>
      <div className="map-toolbar">
        <TimeControls days={days} day={day} onDay={setDay} />
        <label className="map-naming" htmlFor={namingId}>
          Place names
          <select
            id={namingId}
            value={naming}
            onChange={(e) => chooseNaming(e.target.value as Naming)}
          >
            {NAMINGS.map((n) => (
              <option key={n} value={n}>
                {NAMING_LABELS[n]}
              </option>
            ))}
          </select>
        </label>
        <a
          className="button-link"
          href={
            selected
              ? `#/timeline?at=${encodeURIComponent(selected)}`
              : hrefFor({ name: 'timeline' })
          }
        >
          Show on the timeline
        </a>
      </div>
      <p className="muted map-count" role="status">
        {visible.length} of {shown.length} mapped events up to {dayToIso(day)}.{' '}
        {unplaced > 0 &&
          `${unplaced} events with no place, or one outside this region, are not on the map.`}
      </p>
      <MapView base={base} events={visible} labels={labels} naming={naming} selectedId={selected} />
      <MapLegend />
    </section>
  );
}
