// Recent searches shared by the search box and the search screen: read once from the user's
// settings, and written back whenever one is recorded or the list is cleared.
import { useCallback, useSyncExternalStore } from 'react';
import { useApp } from '../../services/context';
import type { DbClient } from '../../db/client';
import { addRecent, parseRecent, RECENT_KEY } from './recent-searches';

const NONE: readonly string[] = [];

class RecentStore {
  list: readonly string[] = NONE;
  private readonly listeners = new Set<() => void>();
  /** Every change waits for the stored list (and the change before it), so none is lost. */
  private pending: Promise<unknown>;

  constructor(private readonly db: DbClient) {
    this.pending = db.getSetting(RECENT_KEY).then(
      (raw) => this.set(parseRecent(raw)),
      // An unreadable setting is an empty list, not a broken screen.
      () => undefined,
    );
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  change(next: (list: readonly string[]) => readonly string[]): void {
    this.pending = this.pending.then(async () => {
      const list = next(this.list);
      if (list.length === this.list.length && list.every((q, i) => q === this.list[i])) return;
      this.set(list);
      await this.db.setSetting(RECENT_KEY, JSON.stringify(list)).catch(() => undefined);
    });
  }

  private set(list: readonly string[]): void {
    this.list = list;
    for (const listener of this.listeners) listener();
  }
}

const stores = new WeakMap<DbClient, RecentStore>();

function storeFor(db: DbClient): RecentStore {
  let store = stores.get(db);
  if (!store) {
    store = new RecentStore(db);
    stores.set(db, store);
  }
  return store;
}

export function useRecentSearches() {
  const { db } = useApp();
  const store = storeFor(db);
  const recent = useSyncExternalStore(store.subscribe, () => store.list);
  const record = useCallback(
    (query: string) => store.change((list) => addRecent(list, query)),
    [store],
  );
  const clear = useCallback(() => store.change(() => NONE), [store]);
  return { recent, record, clear };
}
