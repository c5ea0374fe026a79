// Nothing typed should be lost on quit or on closing the window. Before either happens
// the page is asked to hand over what it holds (the 'flush' command, answered by
// `flushed`), then the save queue and any imports write still running are finished, and
// only then does the app go away.
export const PAGE_FLUSH_TIMEOUT_MS = 3000;

export type PageFlushOutcome = 'flushed' | 'timeout' | 'no-page';

/**
 * Sends the page the 'flush' command and waits for its answer. A page that is gone or
 * hung must not keep the app open, hence the timeout.
 */
export function createPageFlush(options: { send: () => boolean; timeoutMs?: number }) {
  const timeoutMs = options.timeoutMs ?? PAGE_FLUSH_TIMEOUT_MS;
  let waiters: Array<() => void> = [];

  return {
    request(): Promise<PageFlushOutcome> {
      return new Promise((resolve) => {
        const done = (): void => {
          clearTimeout(timer);
          resolve('flushed');
        };
        const timer = setTimeout(() => {
          waiters = waiters.filter((waiter) => waiter !== done);
          resolve('timeout');
        }, timeoutMs);
        // Listen before sending, so even an immediate answer is not missed.
        waiters.push(done);
        if (!options.send()) {
          waiters = waiters.filter((waiter) => waiter !== done);
          clearTimeout(timer);
          resolve('no-page');
        }
      });
    },

    /** The page's answer; releases everyone waiting. */
    flushed(): void {
      const current = waiters;
      waiters = [];
      for (const waiter of current) waiter();
    },
  };
}

type Preventable = { preventDefault(): void };

export type QuitSequenceDeps = {
  flushPage: () => Promise<unknown>;
  /** Writes the save queue, pending imports writes (and the window state) to disk. */
  flushSaves: () => Promise<void>;
  /** Asked only when saving failed: true to quit anyway, false to stay open. */
  confirmQuitWithoutSaving: (error: unknown) => Promise<boolean>;
  quit: () => void;
};

export function createQuitSequence(deps: QuitSequenceDeps) {
  let state: 'running' | 'flushing' | 'ready' = 'running';

  async function run(): Promise<void> {
    await deps.flushPage().catch(() => undefined);
    try {
      await deps.flushSaves();
    } catch (error) {
      if (!(await deps.confirmQuitWithoutSaving(error))) {
        state = 'running';
        return;
      }
    }
    state = 'ready';
    deps.quit();
  }

  return {
    /** For app.on('before-quit'): holds the quit back until everything is saved. */
    beforeQuit(event: Preventable): Promise<void> {
      if (state === 'ready') return Promise.resolve();
      event.preventDefault();
      if (state === 'flushing') return Promise.resolve();
      state = 'flushing';
      return run();
    },

    isQuitting(): boolean {
      return state !== 'running';
    },
  };
}

export type CloseGuardDeps = {
  flushPage: () => Promise<unknown>;
  isQuitting: () => boolean;
  /** Runs after the page has flushed, while the window still exists. */
  beforeClose: () => Promise<void>;
  /** Closes for real without firing 'close' again (BrowserWindow.destroy). */
  destroy: () => void;
};

/** For window.on('close'): the same flush as quitting, for a window closed on its own. */
export function createCloseGuard(deps: CloseGuardDeps) {
  let closing = false;

  return async (event: Preventable): Promise<void> => {
    // While quitting, the quit sequence has already flushed the page.
    if (deps.isQuitting()) return;
    event.preventDefault();
    if (closing) return;
    closing = true;
    await deps.flushPage().catch(() => undefined);
    await deps.beforeClose().catch(() => undefined);
    deps.destroy();
  };
}
