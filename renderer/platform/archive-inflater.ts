// The page's way to unpack an EPUB: in a module worker (./archive-worker.ts), started on the
// first book and kept for the next. A worker that cannot start or dies gives a refusal with a
// reason, never a frozen page or an import that waits for ever.
import * as Comlink from 'comlink';
import type { ArchiveInflater } from '../import';
import type { ArchiveWorkerApi } from './archive-worker';

interface ArchiveWorker {
  remote: Comlink.Remote<ArchiveWorkerApi>;
  /** Rejects when the worker fails to load or throws outside a call. */
  failed: Promise<never>;
}

let current: ArchiveWorker | null = null;

function archiveWorker(): ArchiveWorker {
  if (current) return current;
  const worker = new Worker(new URL('./archive-worker.ts', import.meta.url), {
    type: 'module',
    name: 'archive',
  });
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      reject(new Error(event.message || 'the worker stopped'));
    });
  });
  const started: ArchiveWorker = { remote: Comlink.wrap<ArchiveWorkerApi>(worker), failed };
  current = started;
  // Also keeps an idle worker's failure from being reported as unhandled.
  void failed.catch(() => {
    // The next book starts a new worker.
    if (current === started) current = null;
    worker.terminate();
  });
  return started;
}

export const inflateInWorker: ArchiveInflater = async (bytes, fileName) => {
  try {
    const { remote, failed } = archiveWorker();
    return await Promise.race([remote.inflate(bytes, fileName), failed]);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      code: 'malformed',
      message: `“${fileName}” could not be unpacked (${reason}). Try importing it again.`,
    };
  }
};
