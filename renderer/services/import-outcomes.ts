// What became of each file of an import, and the words the import screen uses for it. Free of
// React and of the library, so the wording can be tested on its own.
import type { ImportedSummary } from '../db/types';

export type FileOutcome =
  | { status: 'added' | 'duplicate'; fileName: string; article: ImportedSummary }
  | { status: 'failed'; fileName: string; message: string };

/** A file waiting to be imported: its size is known before its bytes are read. */
export interface IncomingFile {
  name: string;
  size: number;
  read(): Promise<Uint8Array>;
  /** Why the shell would not hand the file over (too large, not a file), if it would not. */
  refused?: string;
}

/** The file's own name, without the folders a dropped or picked path may carry. */
export function baseName(name: string): string {
  return name.split(/[\\/]/).pop() || 'the file';
}

/** "Importing 3 of 12: name.html", where 3 is the file being read now. */
export function progressLabel(done: number, total: number, current: string | null): string {
  if (current === null || done >= total) return `Imported ${total} of ${total} files`;
  return `Importing ${done + 1} of ${total}: ${current}`;
}

/** "9 imported, 2 already there, 1 could not be imported", leaving out what did not happen. */
export function summaryLine(outcomes: readonly FileOutcome[]): string {
  const added = outcomes.filter((o) => o.status === 'added').length;
  const duplicate = outcomes.filter((o) => o.status === 'duplicate').length;
  const failed = outcomes.filter((o) => o.status === 'failed').length;
  const parts = [
    added > 0 && `${added} imported`,
    duplicate > 0 && `${duplicate} already there`,
    failed > 0 && `${failed} could not be imported`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'Nothing imported';
}

/** An error from the library as a sentence, without the error class's name before it. */
export function readableError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^[A-Za-z]*Error:\s*/, '');
}
