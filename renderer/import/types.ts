// The import pipeline's contract: what a caller hands in (a file's name and bytes) and what it
// gets back (a sanitized document, or a reason a person can act on).
import type { ArchiveInflater } from './epub-archive';

export type ImportFormat = 'html' | 'mhtml' | 'markdown' | 'text' | 'epub';

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportedDocument {
  title: string;
  author: string | null;
  /** ISO 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
  published: string | null;
  /** http(s) only. */
  sourceUrl: string | null;
  format: ImportFormat;
  fileName: string;
  /** Sanitized with IMPORTED_HTML_POLICY: safe to insert into the page. */
  html: string;
  /** Plain text, for search; paragraphs separated by blank lines. */
  text: string;
  words: number;
  /** sha-256 hex of the normalised text (whitespace collapsed, NFC). */
  contentHash: string;
}

export type ImportErrorCode =
  | 'empty'
  | 'too-large'
  | 'binary'
  | 'unsupported'
  | 'wrong-type'
  | 'encoding'
  | 'malformed'
  | 'no-content';

export type ImportResult =
  | { ok: true; document: ImportedDocument }
  | {
      ok: false;
      fileName: string;
      code: ImportErrorCode;
      /** One or two plain sentences that name the file and say what to do. */
      message: string;
    };

export interface ImportOptions {
  /** Largest file accepted; MAX_IMPORT_BYTES unless a caller (or a test) sets less. */
  maxBytes?: number;
  /**
   * Unpacks an EPUB's archive. The page passes one that works in a worker, so a ZIP bomb
   * never blocks it; without one the archive is unpacked in this thread.
   */
  inflateArchive?: ArchiveInflater;
}

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const MAX_DATA_IMAGE_BYTES = 512 * 1024;
