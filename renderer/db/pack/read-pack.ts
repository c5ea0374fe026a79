// Reads a .krpack's zip without trusting anything it declares: the central directory lists the
// entries, then the entries are inflated as a stream, a small slice of input at a time, and
// each one is cut off as soon as its output passes its cap. No size or hash is checked here and
// nothing is trusted yet; verify-pack.ts does that with what this returns.
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import {
  PACK_ENTRIES,
  PACK_LIMITS,
  formatBytes,
  type PackLimits,
  type PackRefusal,
  type PackRefusalCode,
} from './format';

/**
 * Input fed to the inflater per step. Deflate expands at most about 1,032 to 1, so no step can
 * produce more than about 4 MB before the cap is checked again.
 */
const STEP_BYTES = 4 * 1024;

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];

export function refusal(code: PackRefusalCode, message: string): PackRefusal {
  return { ok: false, code, message };
}

export function notAPack(fileName: string): PackRefusal {
  return refusal('not-a-pack', `${fileName} is not a Karabakh Reader library update.`);
}

export function badManifest(fileName: string): PackRefusal {
  return refusal(
    'bad-manifest',
    `${fileName} is not a library update this app can read: its manifest is damaged.`,
  );
}

export function truncated(fileName: string): PackRefusal {
  return refusal(
    'truncated',
    `${fileName} is incomplete or damaged (was it cut short while copying?); copy it again from where it came from.`,
  );
}

/** The refusal for a file too large to read, for hosts that check the size before reading. */
export function checkPackSize(
  fileName: string,
  size: number,
  limits: PackLimits = PACK_LIMITS,
): PackRefusal | null {
  if (size === 0) return refusal('empty', `${fileName} is empty: it is not a library update.`);
  if (size > limits.maxPackBytes) {
    return refusal(
      'file-too-large',
      `${fileName} is ${formatBytes(size)}; a library update may be at most ${formatBytes(limits.maxPackBytes)}.`,
    );
  }
  return null;
}

/** The manifest's bytes and the signature's text, still unverified. */
export interface PackHead {
  ok: true;
  manifestBytes: Uint8Array;
  signatureText: string;
}

/**
 * Checks that `bytes` is a zip of exactly the three pack entries and reads the manifest and the
 * signature (each capped). The library is left alone: it is inflated only once the manifest is
 * known to be signed (readPackLibrary).
 */
export function readPackHead(
  bytes: Uint8Array,
  fileName: string,
  limits: PackLimits = PACK_LIMITS,
): PackHead | PackRefusal {
  const size = checkPackSize(fileName, bytes.length, limits);
  if (size) return size;
  const listed = listEntries(bytes);
  if (listed === 'unreadable')
    return looksLikeZip(bytes) ? truncated(fileName) : notAPack(fileName);
  const expected = Object.values(PACK_ENTRIES) as string[];
  const exact =
    listed.length === expected.length &&
    [...listed].sort().join('\n') === [...expected].sort().join('\n');
  if (!exact) {
    return refusal(
      'wrong-entries',
      `${fileName} is not a Karabakh Reader library update: it must hold a manifest, its signature and a library, and nothing else.`,
    );
  }
  const read = inflateEntries(bytes, {
    [PACK_ENTRIES.manifest]: limits.maxManifestBytes,
    [PACK_ENTRIES.signature]: limits.maxSignatureBytes,
  });
  if (read === 'unreadable') return truncated(fileName);
  const manifest = read.entries.get(PACK_ENTRIES.manifest);
  const signature = read.entries.get(PACK_ENTRIES.signature);
  // A manifest or signature far longer than any real one is as unreadable as a damaged one.
  if (manifest?.over || signature?.over) return badManifest(fileName);
  if (!sameEntries(read.names, listed) || !manifest?.data || !signature?.data) {
    return truncated(fileName);
  }
  return {
    ok: true,
    manifestBytes: manifest.data,
    signatureText: new TextDecoder().decode(signature.data),
  };
}

/**
 * Inflates the library entry, stopping as soon as it passes `cap` bytes: `over` then, whatever
 * its zip headers claim. `declared` (the manifest's size) only changes the sentence.
 */
export function readPackLibrary(
  bytes: Uint8Array,
  fileName: string,
  cap: number,
  declared: boolean,
  onProgress?: (inflatedBytes: number) => void,
): { ok: true; library: Uint8Array } | PackRefusal {
  const read = inflateEntries(bytes, { [PACK_ENTRIES.library]: cap }, onProgress);
  if (read === 'unreadable') return truncated(fileName);
  const entry = read.entries.get(PACK_ENTRIES.library);
  if (entry?.over) return libraryTooLarge(fileName, cap, declared);
  if (!entry?.data) return truncated(fileName);
  return { ok: true, library: entry.data };
}

/** `declared`: the cap is the manifest's size, not the hard limit; only the sentence differs. */
export function libraryTooLarge(fileName: string, cap: number, declared: boolean): PackRefusal {
  const limit = declared
    ? `${formatBytes(cap)}, the size its signed manifest declares`
    : `${formatBytes(cap)}, the most a library update may hold`;
  return refusal(
    'library-too-large',
    `The library in ${fileName} expands to more than ${limit}, so it was not opened.`,
  );
}

function looksLikeZip(bytes: Uint8Array): boolean {
  return ZIP_LOCAL_HEADER.every((b, i) => bytes[i] === b);
}

function sameEntries(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((name, i) => name === b[i]);
}

/** The entry names in the central directory (found from the end), or unreadable. */
function listEntries(bytes: Uint8Array): string[] | 'unreadable' {
  const names: string[] = [];
  try {
    // Returning false for every entry makes fflate read the directory and inflate nothing.
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
  } catch {
    return 'unreadable';
  }
  return names;
}

interface Inflated {
  data: Uint8Array | null;
  over: boolean;
}

/**
 * Streams the zip's local entries and inflates those named in `caps`, each up to its cap. Also
 * returns every entry name met on the way, so a zip whose local entries differ from its
 * directory is caught.
 */
function inflateEntries(
  bytes: Uint8Array,
  caps: Record<string, number>,
  onProgress?: (inflatedBytes: number) => void,
): { names: string[]; entries: Map<string, Inflated> } | 'unreadable' {
  const names: string[] = [];
  const entries = new Map<string, Inflated>();
  let stop = false;
  const unzip = new Unzip((file) => {
    names.push(file.name);
    const cap = Object.hasOwn(caps, file.name) ? caps[file.name]! : null;
    if (cap === null || entries.has(file.name)) return;
    const entry: Inflated = { data: null, over: false };
    entries.set(file.name, entry);
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, chunk, final) => {
      if (error) throw error;
      if (entry.over) return;
      size += chunk.length;
      onProgress?.(size);
      if (size > cap) {
        entry.over = true;
        chunks.length = 0;
        stop = true;
        file.terminate();
        return;
      }
      // The inflater may reuse its buffer, so keep a copy.
      chunks.push(chunk.slice());
      if (final) entry.data = join(chunks, size);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !stop; at += STEP_BYTES) {
      const end = Math.min(at + STEP_BYTES, bytes.length);
      unzip.push(bytes.subarray(at, end), end === bytes.length);
    }
  } catch {
    return 'unreadable';
  }
  return { names, entries };
}

function join(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
