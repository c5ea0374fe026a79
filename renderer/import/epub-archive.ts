// Unpacking an EPUB's ZIP archive without trusting it. The sizes a ZIP declares are written by
// whoever made the file, so they only serve to refuse early: every entry is inflated as a
// stream, a few kilobytes of input at a time, and inflation stops as soon as the bytes
// actually produced pass the limit for one entry or for the whole book. The page runs this in
// a worker (renderer/platform/archive-worker.ts); Node calls it directly.
import {
  Inflate,
  Unzip,
  unzipSync,
  type AsyncFlateStreamHandler,
  type UnzipDecoder,
  type Unzipped,
} from 'fflate';
import { megabytes, messages } from './failure';
import { MAX_DATA_IMAGE_BYTES, type ImportErrorCode } from './types';

export interface ArchiveLimits {
  /** Largest one entry may inflate to. */
  maxEntryBytes: number;
  /** Largest all entries together may inflate to. */
  maxTotalBytes: number;
  maxEntries: number;
}

export const EPUB_LIMITS: ArchiveLimits = {
  // Chapters and the files that describe the book: text, far smaller than this even for a
  // long novel in one chapter. Images have their own smaller limit, below.
  maxEntryBytes: 10 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
  maxEntries: 10_000,
};

/**
 * Compressed bytes handed to the inflater at a time. DEFLATE expands at most 1032 to 1, so
 * one step produces at most about 4 MB: that is how far past a limit inflation can go.
 */
export const INFLATE_STEP_BYTES = 4 * 1024;

// Sound, video and fonts: an EPUB may carry them but the importer never reads them, so they
// are not inflated at all and cannot be made to count against the limits.
const UNREAD_ENTRY = /\.(mp3|m4a|m4b|aac|ogg|oga|opus|wav|mp4|m4v|webm|ogv|ttf|otf|woff2?|eot)$/i;

// An image larger than the importer inlines becomes a placeholder anyway, so inflating stops
// there and the entry is left out instead of refusing the book.
const IMAGE_ENTRY = /\.(png|jpe?g|gif|webp)$/i;

export type InflatedArchive =
  { ok: true; files: Unzipped } | { ok: false; code: ImportErrorCode; message: string };

/** How an EPUB's archive is unpacked: in this thread, or in a worker the page provides. */
export type ArchiveInflater = (bytes: Uint8Array, fileName: string) => Promise<InflatedArchive>;

export interface InflateOptions {
  limits?: ArchiveLimits;
  /** Called after each step with the bytes inflated so far (progress, and tests). */
  onInflated?: (total: number) => void;
}

const refusal = (code: ImportErrorCode, message: string): InflatedArchive => ({
  ok: false,
  code,
  message,
});

const expandsTooMuch = (fileName: string, limit: number) =>
  refusal('too-large', messages.expandsTooMuch(fileName, megabytes(limit)));

const cannotOpen = (fileName: string) =>
  refusal(
    'malformed',
    messages.malformed(fileName, 'the EPUB archive cannot be opened (it may be cut short)'),
  );

/**
 * The archive's own account of itself, from its central directory, read without inflating
 * anything: a file that admits to being too large is refused before any work.
 */
function declaredRefusal(
  bytes: Uint8Array,
  fileName: string,
  limits: ArchiveLimits,
): InflatedArchive | null {
  let total = 0;
  let count = 0;
  let refused: InflatedArchive | null = null;
  try {
    unzipSync(bytes, {
      filter(file) {
        count++;
        if (IMAGE_ENTRY.test(file.name)) total += Math.min(file.originalSize, MAX_DATA_IMAGE_BYTES);
        else if (!UNREAD_ENTRY.test(file.name)) total += file.originalSize;
        if (count > limits.maxEntries) {
          refused ??= refusal('too-large', messages.tooManyEntries(fileName, limits.maxEntries));
        } else if (
          file.originalSize > limits.maxEntryBytes &&
          !UNREAD_ENTRY.test(file.name) &&
          !IMAGE_ENTRY.test(file.name)
        ) {
          refused ??= expandsTooMuch(fileName, limits.maxEntryBytes);
        } else if (total > limits.maxTotalBytes) {
          refused ??= expandsTooMuch(fileName, limits.maxTotalBytes);
        }
        return false;
      },
    });
  } catch {
    return cannotOpen(fileName);
  }
  return refused;
}

/** DEFLATE for the ZIP stream, which stops for good when the entry is terminated. */
class StoppableInflate implements UnzipDecoder {
  static readonly compression = 8;
  ondata: AsyncFlateStreamHandler = () => undefined;
  private stopped = false;
  private readonly inflate = new Inflate((data, final) => this.ondata(null, data, final));

  push(chunk: Uint8Array, final: boolean): void {
    if (this.stopped) return;
    try {
      this.inflate.push(chunk, final);
    } catch (error) {
      this.ondata(error as Parameters<AsyncFlateStreamHandler>[0], new Uint8Array(0), final);
    }
  }

  terminate = (): void => {
    this.stopped = true;
  };
}

function joined(chunks: Uint8Array[], length: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The archive's files by path, folders left out. Never throws. */
export function inflateEpubArchive(
  bytes: Uint8Array,
  fileName: string,
  options: InflateOptions = {},
): InflatedArchive {
  const limits = options.limits ?? EPUB_LIMITS;
  const declared = declaredRefusal(bytes, fileName, limits);
  if (declared) return declared;

  // No prototype: an entry named "__proto__" or "constructor" stays an entry.
  const files: Unzipped = Object.create(null) as Unzipped;
  let total = 0;
  let count = 0;
  let stop: InflatedArchive | null = null;
  const unzip = new Unzip((entry) => {
    if (stop) return;
    if (++count > limits.maxEntries) {
      stop = refusal('too-large', messages.tooManyEntries(fileName, limits.maxEntries));
      return;
    }
    if (UNREAD_ENTRY.test(entry.name)) return;
    const chunks: Uint8Array[] = [];
    let size = 0;
    const keep = !entry.name.endsWith('/');
    const image = IMAGE_ENTRY.test(entry.name);
    entry.ondata = (error, data, final) => {
      if (stop) return;
      if (error) {
        stop = cannotOpen(fileName);
        return;
      }
      size += data.length;
      total += data.length;
      if (image && size > MAX_DATA_IMAGE_BYTES) {
        entry.terminate();
      } else if (size > limits.maxEntryBytes) {
        stop = expandsTooMuch(fileName, limits.maxEntryBytes);
      } else if (total > limits.maxTotalBytes) {
        stop = expandsTooMuch(fileName, limits.maxTotalBytes);
      } else {
        if (keep && data.length) chunks.push(data);
        if (final && keep) files[entry.name] = joined(chunks, size);
      }
    };
    entry.start();
  });
  unzip.register(StoppableInflate);
  try {
    for (let at = 0; at < bytes.length && !stop; at += INFLATE_STEP_BYTES) {
      const end = Math.min(at + INFLATE_STEP_BYTES, bytes.length);
      unzip.push(bytes.subarray(at, end), end === bytes.length);
      options.onInflated?.(total);
    }
  } catch {
    stop ??= cannotOpen(fileName);
  }
  return stop ?? { ok: true, files };
}
