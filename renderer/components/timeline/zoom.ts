// The timeline's zoom levels and the periods ("buckets") each one divides time into, with the
// per-bucket counts the histogram strip draws. Dates are ISO prefixes ('1992', '1992-05',
// '1992-05-17'), so a bucket is a prefix of the date, rounded for decades and centuries.

import { MONTHS } from '../../db/dates';

export const ZOOMS = ['century', 'decade', 'year', 'month'] as const;
export type Zoom = (typeof ZOOMS)[number];

export const ZOOM_LABELS: Record<Zoom, string> = {
  century: 'Century',
  decade: 'Decade',
  year: 'Year',
  month: 'Month',
};

export function isZoom(value: string | null | undefined): value is Zoom {
  return (ZOOMS as readonly string[]).includes(value ?? '');
}

/** The bucket a date falls in: '1900', '1990', '1992' or '1992-05' (or '1992' when the date has no month). */
export function bucketKey(date: string, zoom: Zoom): string {
  const year = Number(date.slice(0, 4));
  switch (zoom) {
    case 'century':
      return String(Math.floor(year / 100) * 100);
    case 'decade':
      return String(Math.floor(year / 10) * 10);
    case 'year':
      return String(year);
    case 'month':
      // An event known only to the year is filed under the year, ahead of its months.
      return date.length >= 7 ? date.slice(0, 7) : String(year);
  }
}

export function bucketLabel(key: string, zoom: Zoom): string {
  if (zoom === 'century' || zoom === 'decade') return `${key}s`;
  if (key.length >= 7)
    return `${MONTHS[Number(key.slice(5, 7)) - 1] ?? key.slice(5, 7)} ${key.slice(0, 4)}`;
  return zoom === 'month' ? `${key} (month unknown)` : key;
}

export interface Bucket {
  key: string;
  label: string;
  count: number;
}

/** Above this many periods a strip of bars is unreadable, so empty periods are left out. */
const MAX_CONTIGUOUS = 240;

/**
 * Events per bucket from the first event's bucket to the last's. Empty buckets in between are
 * kept, so the strip's gaps are gaps in time, unless that would make too many bars.
 */
export function histogram(events: readonly { dateStart: string }[], zoom: Zoom): Bucket[] {
  const counts = new Map<string, number>();
  for (const event of events) {
    const key = bucketKey(event.dateStart, zoom);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const keys = [...counts.keys()].sort();
  const first = keys[0];
  const last = keys[keys.length - 1];
  if (first === undefined || last === undefined) return [];
  const all =
    zoom === 'month'
      ? keys
      : contiguous(first, last, zoom === 'year' ? 1 : zoom === 'decade' ? 10 : 100);
  const chosen = all.length > MAX_CONTIGUOUS ? keys : all;
  return chosen.map((key) => ({ key, label: bucketLabel(key, zoom), count: counts.get(key) ?? 0 }));
}

function contiguous(first: string, last: string, step: number): string[] {
  const keys: string[] = [];
  for (let year = Number(first); year <= Number(last); year += step) keys.push(String(year));
  return keys;
}

export interface BucketRun<T> {
  key: string;
  label: string;
  events: T[];
}

/** Splits events (in time order) into runs sharing a bucket, for the list's sub-headings. */
export function bucketRuns<T extends { dateStart: string }>(
  events: readonly T[],
  zoom: Zoom,
): BucketRun<T>[] {
  const runs: BucketRun<T>[] = [];
  for (const event of events) {
    const key = bucketKey(event.dateStart, zoom);
    const last = runs[runs.length - 1];
    if (last?.key === key) last.events.push(event);
    else runs.push({ key, label: bucketLabel(key, zoom), events: [event] });
  }
  return runs;
}
