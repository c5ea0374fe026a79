// Coalesces user DB saves. The page may send a full database snapshot on every edit;
// only the newest snapshot matters, so snapshots that arrive while one is waiting or being
// written replace each other and each caller is answered when a snapshot at least as new
// as its own is durable. A failed write keeps its bytes and tries again later.
import type { SavedUserDb } from '../shell-api';

export const DEFAULT_SAVE_DELAY_MS = 400;
export const DEFAULT_RETRY_DELAY_MS = 5000;

export type SaveQueueOptions = {
  write: (bytes: Uint8Array) => Promise<void>;
  delayMs?: number;
  retryDelayMs?: number;
  onError?: (error: unknown) => void;
  now?: () => Date;
};

export interface SaveQueue {
  /** Resolves once these bytes (or newer ones) are on disk; rejects if that write fails. */
  schedule(bytes: Uint8Array): Promise<SavedUserDb>;
  /** Writes whatever is waiting now; resolves when nothing scheduled is left unwritten. */
  flush(): Promise<void>;
  hasUnsaved(): boolean;
}

type Waiter = { resolve: (saved: SavedUserDb) => void; reject: (error: unknown) => void };
type Batch = { bytes: Uint8Array; waiters: Waiter[] };

export function createSaveQueue(options: SaveQueueOptions): SaveQueue {
  const delayMs = options.delayMs ?? DEFAULT_SAVE_DELAY_MS;
  const retryDelayMs = options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS;
  const now = options.now ?? (() => new Date());

  let waiting: Batch | null = null;
  let inFlight: Promise<void> | null = null;
  let lastError: unknown = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  function arm(ms: number): void {
    // A timer already set is never pushed back: saving must not wait for typing to stop.
    if (timer !== null) return;
    timer = setTimeout(() => {
      timer = null;
      void writeNext();
    }, ms);
  }

  function disarm(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  async function writeBatch(batch: Batch): Promise<boolean> {
    try {
      await options.write(batch.bytes);
      lastError = null;
      const saved = { savedAt: now().toISOString(), bytes: batch.bytes.byteLength };
      for (const waiter of batch.waiters) waiter.resolve(saved);
      return true;
    } catch (error) {
      lastError = error;
      options.onError?.(error);
      for (const waiter of batch.waiters) waiter.reject(error);
      // Keep the bytes for the retry unless something newer already replaced them.
      if (waiting === null) waiting = { bytes: batch.bytes, waiters: [] };
      return false;
    }
  }

  function writeNext(): Promise<void> {
    if (inFlight !== null) return inFlight;
    const batch = waiting;
    if (batch === null) return Promise.resolve();
    waiting = null;
    const attempt = writeBatch(batch).then((succeeded) => {
      inFlight = null;
      if (waiting !== null) arm(succeeded ? 0 : retryDelayMs);
    });
    inFlight = attempt;
    return attempt;
  }

  return {
    schedule(bytes) {
      return new Promise<SavedUserDb>((resolve, reject) => {
        const earlier = waiting?.waiters ?? [];
        waiting = { bytes, waiters: [...earlier, { resolve, reject }] };
        if (inFlight === null) arm(delayMs);
      });
    },

    async flush() {
      disarm();
      for (;;) {
        if (inFlight !== null) {
          await inFlight;
          continue;
        }
        if (waiting === null) return;
        await writeNext();
        if (lastError !== null) throw lastError;
      }
    },

    hasUnsaved() {
      return waiting !== null || inFlight !== null;
    },
  };
}
