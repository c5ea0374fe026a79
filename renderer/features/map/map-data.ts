// Turns events and places into what the map draws: days on the time slider, the events with a
// point in the region, and the labelled places.
import { dayNumber } from '../../db/dates';
import type { EventSummary, Place } from '../../db/types';
import { inRegion } from '../../components/map/region';

/** The latest event (in date order) that starts on or before a day, mapped or not. */
export function latestUpTo(events: readonly EventSummary[], day: number): EventSummary | undefined {
  let latest: EventSummary | undefined;
  for (const event of events) {
    if (dayNumber(event.dateStart) > day) continue;
    if (!latest || event.dateStart >= latest.dateStart) latest = event;
  }
  return latest;
}

export interface MapEvents {
  /** Events with a place inside the map, in date order. */
  shown: EventSummary[];
  /** How many events have no place, or one outside the region the map covers. */
  unplaced: number;
  /** The distinct event days, ascending: the stops for the keyboard and Play. */
  days: number[];
}

export function mapEvents(events: readonly EventSummary[]): MapEvents {
  const shown = events
    .filter((e) => e.place && !e.place.outsideRegion && inRegion(e.place.lon, e.place.lat))
    .sort((a, b) => a.dateStart.localeCompare(b.dateStart));
  const days = [...new Set(events.map((e) => dayNumber(e.dateStart)))].sort((a, b) => a - b);
  return { shown, unplaced: events.length - shown.length, days };
}

/** Places that get a label, and on which side of their dot it goes to avoid neighbours. */
const LABELLED: Record<string, 'right' | 'left' | 'below'> = {
  'place:yerevan': 'right',
  'place:gyumri': 'right',
  'place:tbilisi': 'right',
  'place:baku': 'left',
  'place:ganja': 'right',
  'place:barda': 'right',
  'place:nakhchivan': 'right',
  'place:stepanakert': 'right',
  'place:shusha': 'left',
  'place:martakert': 'right',
  'place:martuni': 'below',
  'place:hadrut': 'left',
  'place:lachin': 'left',
  'place:kalbajar': 'left',
  'place:aghdam': 'right',
  'place:fuzuli': 'right',
  'place:jabrayil': 'below',
  'place:goris': 'left',
  'place:kapan': 'left',
};

export interface LabelledPlace {
  place: Place;
  side: 'right' | 'left' | 'below';
}

export function labelledPlaces(places: readonly Place[]): LabelledPlace[] {
  return places.flatMap((place) => {
    const side = LABELLED[place.id];
    return side && inRegion(place.lon, place.lat) ? [{ place, side }] : [];
  });
}
