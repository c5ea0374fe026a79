// Makes a .krpack from a built content DB: reads the versions from the DB's meta table, counts
// the changes against a previous library when there is one, signs the manifest's exact bytes
// and zips the three entries (manifest and signature stored, the library deflated).
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { zipSync } from 'fflate';
import initSqlJs, { type Database } from 'sql.js';
import { countChanges, NO_CHANGES } from '../../renderer/db/pack/changes';
import {
  PACK_ENTRIES,
  PACK_EXTENSION,
  PACK_FORMAT,
  PACK_FORMAT_VERSION,
  PACK_LIMITS,
  type PackChanges,
  type PackManifest,
} from '../../renderer/db/pack/format';
import { readPackHead, readPackLibrary } from '../../renderer/db/pack/read-pack';
import { parsePackManifest, sha256Hex } from '../../renderer/db/pack/verify-pack';
import { all, str } from '../../renderer/db/sql';
import type { SigningKey } from './signing-key';

export interface PackInput {
  /** The built content DB. */
  library: Uint8Array;
  /** The previous library to count changes against, or null for none. */
  previous: Uint8Array | null;
  key: SigningKey;
  /** The oldest app version that reads this library: the version in package.json. */
  minAppVersion: string;
  createdAt?: Date;
}

export interface BuiltPack {
  bytes: Uint8Array;
  manifest: PackManifest;
}

function metaOf(db: Database): Map<string, string> {
  return new Map(all(db, 'SELECT key, value FROM meta').map((r) => [str(r.key), str(r.value)]));
}

export async function makePack(input: PackInput): Promise<BuiltPack> {
  const createdAt = input.createdAt ?? new Date();
  const SQL = await initSqlJs();
  const next = new SQL.Database(input.library);
  const previous = input.previous ? new SQL.Database(input.previous) : null;
  let meta: Map<string, string>;
  let changes: PackChanges;
  try {
    meta = metaOf(next);
    changes = previous ? countChanges(previous, next) : NO_CHANGES;
  } finally {
    next.close();
    previous?.close();
  }
  const manifest: PackManifest = {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    contentVersion: meta.get('content_version') ?? '',
    contentSchemaVersion: Number(meta.get('schema_version')),
    minAppVersion: input.minAppVersion,
    createdAt: createdAt.toISOString(),
    keyId: input.key.id,
    library: {
      file: PACK_ENTRIES.library,
      bytes: input.library.length,
      sha256: await sha256Hex(input.library),
    },
    changes,
  };
  const manifestBytes = new TextEncoder().encode(JSON.stringify(manifest, null, 2) + '\n');
  // The reader checks the manifest against the same schema; failing here beats shipping it.
  const check = parsePackManifest(manifestBytes, 'the new pack');
  if (!check.ok) throw new Error(`The manifest would not be readable: ${check.message}`);
  const signature = new TextEncoder().encode(input.key.sign(manifestBytes) + '\n');
  const mtime = createdAt;
  const bytes = zipSync({
    [PACK_ENTRIES.manifest]: [manifestBytes, { level: 0, mtime }],
    [PACK_ENTRIES.signature]: [signature, { level: 0, mtime }],
    [PACK_ENTRIES.library]: [input.library, { level: 9, mtime }],
  });
  return { bytes, manifest };
}

/** The built library inside a .krpack, or a reader.db as it is; for `--since`. */
export async function readLibraryFile(path: string): Promise<Uint8Array> {
  const bytes = readFileSync(path);
  if (!path.endsWith(PACK_EXTENSION)) return bytes;
  const name = basename(path);
  const head = readPackHead(bytes, name);
  if (!head.ok) throw new Error(head.message);
  const parsed = parsePackManifest(head.manifestBytes, name);
  if (!parsed.ok) throw new Error(parsed.message);
  const library = readPackLibrary(bytes, name, PACK_LIMITS.maxLibraryBytes, false);
  if (!library.ok) throw new Error(library.message);
  const { bytes: size, sha256 } = parsed.manifest.library;
  if (library.library.length !== size || (await sha256Hex(library.library)) !== sha256) {
    throw new Error(`The library inside ${name} does not match its manifest.`);
  }
  return library.library;
}

/** Writes the pack beside its final name, then renames it, so a half-written pack never shows. */
export function writePackFile(path: string, bytes: Uint8Array): void {
  const temp = `${path}.tmp-${process.pid}`;
  writeFileSync(temp, bytes);
  renameSync(temp, path);
}
