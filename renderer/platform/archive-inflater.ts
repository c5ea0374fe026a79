// The page's way to unpack an EPUB: in a module worker (./archive-worker.ts), started on the
// first book and kept for the next. A worker that cannot start or dies leaves a refusal with
// a reason, never a frozen page.
import * as Comlink from 'comlink';
import type { ArchiveInflater } from '../import';
import type { ArchiveWorkerApi } from './archive-worker';

let remote: Comlink.Remote<ArchiveWorkerApi> | null = null;

function archiveWorker(): Comlink.Remote<ArchiveWorkerApi> {
  remote ??= Comlink.wrap<ArchiveWorkerApi>(
    new Worker(new URL('./archive-worker.ts', import.meta.url), {
      type: 'module',
      name: 'archive',
    }),
  );
  return remote;
}

export const inflateInWorker: ArchiveInflater = async (bytes, fileName) => {
  try {
    return await archiveWorker().inflate(bytes, fileName);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      code: 'malformed',
      message: `“${fileName}” could not be unpacked (${reason}). Try importing it again.`,
    };
  }
};
