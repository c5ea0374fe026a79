// Keeps the user's changes on disk: after a change it waits briefly (so a burst of typing is
// one save), exports the user DB and hands the bytes to the shell. Never drops a change: a
// failed save is kept and retried, and its error is shown.

export type SaveState =
  | { state: 'saved'; at: string | null }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'error'; message: string }
  | { state: 'disabled'; message: string };

export interface SaverDeps {
  exportBytes: () => Promise<Uint8Array>;
  write: (bytes: Uint8Array) => Promise<{ ok: true } | { ok: false; message: string }>;
  delayMs?: number;
  /** However busy the user is, a change waits no longer than this before it is written. */
  maxWaitMs?: number;
  retryMs?: number;
}

export interface UserSaver {
  changed(): void;
  flush(): Promise<void>;
  disable(message: string): void;
  /**
   * Registers work to finish before a flush writes (a screen's debounced note, say), so
   * quitting or leaving the page never drops what the user just typed.
   */
  beforeFlush(task: () => Promise<unknown> | void): () => void;
  readonly current: SaveState;
  subscribe(listener: (state: SaveState) => void): () => void;
}

export function createUserSaver(deps: SaverDeps): UserSaver {
  const delay = deps.delayMs ?? 250;
  const maxWait = deps.maxWaitMs ?? 1_000;
  let firstChangeAt: number | null = null;
  const flushTasks = new Set<() => Promise<unknown> | void>();
  const retry = deps.retryMs ?? 5_000;
  let state: SaveState = { state: 'saved', at: null };
  let timer: ReturnType<typeof setTimeout> | null = null;
  let dirty = false;
  let running: Promise<void> | null = null;
  const listeners = new Set<(s: SaveState) => void>();

  // A function, not an inline check: `state` changes while a save is awaited.
  const disabled = () => state.state === 'disabled';

  const set = (next: SaveState) => {
    state = next;
    listeners.forEach((l) => l(next));
  };

  const schedule = (ms: number) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void run();
    }, ms);
  };

  const run = async (): Promise<void> => {
    if (running) return running;
    if (!dirty || disabled()) return;
    running = (async () => {
      while (dirty && !disabled()) {
        dirty = false;
        firstChangeAt = null;
        set({ state: 'saving' });
        let result: { ok: true } | { ok: false; message: string };
        try {
          result = await deps.write(await deps.exportBytes());
        } catch (error) {
          const why = error instanceof Error ? error.message : String(error);
          result = {
            ok: false,
            message: `Your latest changes are not saved yet (${why}). Saving will be tried again.`,
          };
        }
        if (!result.ok) {
          dirty = true;
          set({ state: 'error', message: result.message });
          schedule(retry);
          return;
        }
      }
      if (!disabled()) set({ state: 'saved', at: new Date().toISOString() });
    })();
    try {
      await running;
    } finally {
      running = null;
    }
  };

  return {
    changed() {
      if (disabled()) return;
      dirty = true;
      if (state.state !== 'error') set({ state: 'pending' });
      // Debounced, but never postponed past maxWait: steady typing still reaches the disk.
      firstChangeAt ??= Date.now();
      schedule(Math.max(0, Math.min(delay, maxWait - (Date.now() - firstChangeAt))));
    },
    async flush() {
      await Promise.all([...flushTasks].map((task) => task()));
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
      if (running) await running;
      await run();
    },
    disable(message) {
      if (timer) clearTimeout(timer);
      set({ state: 'disabled', message });
    },
    beforeFlush(task) {
      flushTasks.add(task);
      return () => flushTasks.delete(task);
    },
    get current() {
      return state;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
