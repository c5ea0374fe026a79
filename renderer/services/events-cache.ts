// Every event's summary, loaded once per library and shared by the timeline, the map and the
// event pages. The bundled library does not change while the app runs, so the list is fetched
// from the worker once, in idle time after start, and the timeline opens without waiting for it;
// the search index of the reader's own notes is built in the same idle time.
import type { DbClient } from '../db/client';
import type { EventSummary } from '../db/types';

const loaded = new WeakMap<DbClient, Promise<EventSummary[]>>();

export function allEventSummaries(db: DbClient): Promise<EventSummary[]> {
  let list = loaded.get(db);
  if (!list) {
    list = db.listEventSummaries();
    loaded.set(db, list);
    // A failed load is tried again next time rather than remembered.
    list.catch(() => loaded.delete(db));
  }
  return list;
}

/**
 * In idle time after start: loads the event list (so the first visit to the timeline finds it
 * ready), then builds the search index of the reader's notes and highlights (so the first
 * search on a large profile does not wait for it).
 */
export function warmUpWhenIdle(db: DbClient): () => void {
  const start = () =>
    void allEventSummaries(db)
      .catch(() => undefined)
      .then(() => db.warmSearch())
      .catch(() => undefined);
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(start, { timeout: 5_000 });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = setTimeout(start, 1_000);
  return () => clearTimeout(timer);
}
