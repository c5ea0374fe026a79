// The event the reader is looking at in time, shared by the timeline, the map and the event
// page: moving through the timeline moves the map's "Show events up to" day, moving the map's
// slider picks the latest event shown, and opening an event makes it the selection. Kept for
// the session; links carry it too (#/timeline?at=…, #/map?until=…), so reload keeps it.
import { useSyncExternalStore } from 'react';

export interface TimeSelection {
  /** The selected event, or null when only a day is chosen. */
  eventId: string | null;
  /** The day shown, YYYY-MM-DD. */
  day: string;
}

let current: TimeSelection | null = null;
const listeners = new Set<() => void>();

export function getTimeSelection(): TimeSelection | null {
  return current;
}

export function setTimeSelection(next: TimeSelection): void {
  if (current && current.eventId === next.eventId && current.day === next.day) return;
  current = next;
  for (const listener of listeners) listener();
}

/** Forgets the selection (a new library, or a test starting over). */
export function clearTimeSelection(): void {
  current = null;
  for (const listener of listeners) listener();
}

/** Calls the listener on every change; returns the way to stop. */
export function subscribeToTimeSelection(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useTimeSelection(): TimeSelection | null {
  return useSyncExternalStore(subscribeToTimeSelection, getTimeSelection);
}

/** The first day of a date written YYYY, YYYY-MM or YYYY-MM-DD: the day the map shows it from. */
export function firstDayOf(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-01-01`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  return date.slice(0, 10);
}
