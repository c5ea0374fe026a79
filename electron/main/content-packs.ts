// The store of installed content packs in the app's data folder (<userData>/library/): installing
// a verified pack, choosing which library the app reads, and going back to the bundled one. Each
// installed library is `library-<version>.db` beside the pack's signed manifest
// `library-<version>.json`; the manifest is written last, so a library without one was never
// completely installed and is ignored. Nothing here touches the reader's user.db or imports.db.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { CONTENT_SCHEMA_VERSION } from '../../renderer/db/content-schema';
import {
  packManifestSchema,
  type PackKeys,
  type PackManifest,
  type PackRefusal,
} from '../../renderer/db/pack/format';
import { verifyPack } from '../../renderer/db/pack/verify-pack';
import { compareVersions } from '../../renderer/db/pack/versions';
import { writeAtomic } from './atomic-write';

/** Where rollBack moves the installed libraries, out of chooseLibrary's sight but not deleted. */
export const SET_ASIDE_FOLDER = 'previous';

export function libraryStoreDir(userDataPath: string): string {
  return join(userDataPath, 'library');
}

const libraryFile = (version: string) => `library-${version}.db`;
const manifestFile = (version: string) => `library-${version}.json`;
const MANIFEST_NAME = /^library-(\d{4}\.\d{1,2}\.\d+)\.json$/;

export interface InstallOptions {
  /** The shipped trust list (TRUSTED_PACK_KEYS). */
  trustedKeys: PackKeys;
  /** Only tests pass the test key here. */
  extraTrustedKeys?: PackKeys;
  appVersion: string;
  /** The library the app reads now (chooseLibrary's version); a pack must be newer. */
  inUseContentVersion: string | null;
  contentSchemaVersion?: number;
}

export type InstallOutcome =
  { ok: true; manifest: PackManifest; path: string; removed: string[] } | PackRefusal;

/**
 * Verifies the pack and only then stores it. A refused pack returns its sentence before the
 * folder is even created, so nothing on disk changes. After a good install the store holds the
 * new library and the one installed before it (one step back), and nothing older.
 */
export async function installPack(
  dir: string,
  fileBytes: Uint8Array,
  fileName: string,
  options: InstallOptions,
): Promise<InstallOutcome> {
  const verdict = await verifyPack(fileBytes, {
    fileName,
    trustedKeys: options.trustedKeys,
    extraTrustedKeys: options.extraTrustedKeys,
    appVersion: options.appVersion,
    contentSchemaVersion: options.contentSchemaVersion,
    inUseContentVersion: options.inUseContentVersion,
  });
  if (!verdict.ok) return verdict;
  const { manifest, library } = verdict;
  const version = manifest.contentVersion;
  const path = join(dir, libraryFile(version));
  await mkdir(dir, { recursive: true });
  try {
    await writeAtomic(path, library);
    await writeAtomic(join(dir, manifestFile(version)), `${JSON.stringify(manifest, null, 2)}\n`);
  } catch (error) {
    // A library without its manifest is ignored anyway; removing it gives the space back.
    await rm(path, { force: true }).catch(() => undefined);
    throw error;
  }
  const removed = await pruneOlder(dir, version);
  return { ok: true, manifest, path, removed };
}

/** Keeps the library just installed and the newest other one; removes the rest. */
async function pruneOlder(dir: string, installed: string): Promise<string[]> {
  const others = (await installedVersions(dir))
    .filter((v) => v !== installed)
    .sort((a, b) => compareVersions(b, a));
  const removed: string[] = [];
  for (const version of others.slice(1)) {
    // Manifest first: if the second removal fails, what is left is an ignored orphan.
    await rm(join(dir, manifestFile(version)), { force: true });
    await rm(join(dir, libraryFile(version)), { force: true });
    removed.push(version);
  }
  return removed;
}

/** The versions that have a manifest in the store, whatever state their library is in. */
async function installedVersions(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return [];
    throw error;
  }
  return names.flatMap((name) => {
    const match = MANIFEST_NAME.exec(name);
    return match ? [match[1]!] : [];
  });
}

export interface LibraryChoice {
  path: string;
  /** null when the bundled library's version could not be read and nothing installed is valid. */
  contentVersion: string | null;
  source: 'bundled' | 'installed';
  /** Installed libraries passed over, each with a sentence the caller can log. */
  skipped: { version: string; reason: string }[];
}

/**
 * The newest valid library among the bundled one and the installed ones. An installed library
 * counts only when its manifest reads, it is for the content schema this app reads, and its
 * bytes still match the manifest's size and SHA-256; on a tie the bundled one wins.
 */
export async function chooseLibrary(
  dir: string,
  bundledPath: string,
  bundledVersion: string | null,
  contentSchemaVersion = CONTENT_SCHEMA_VERSION,
): Promise<LibraryChoice> {
  let best: LibraryChoice = {
    path: bundledPath,
    contentVersion: bundledVersion,
    source: 'bundled',
    skipped: [],
  };
  const skipped: LibraryChoice['skipped'] = [];
  const versions = (await installedVersions(dir)).sort((a, b) => compareVersions(b, a));
  for (const version of versions) {
    const reason = await installedProblem(dir, version, contentSchemaVersion);
    if (reason !== null) {
      skipped.push({ version, reason });
      continue;
    }
    if (bundledVersion === null || compareVersions(version, bundledVersion) > 0) {
      best = {
        path: join(dir, libraryFile(version)),
        contentVersion: version,
        source: 'installed',
        skipped: [],
      };
    }
    // Sorted newest first: the first valid one is the only installed candidate.
    break;
  }
  return { ...best, skipped };
}

/** Why an installed library cannot be used, or null when it can. */
async function installedProblem(
  dir: string,
  version: string,
  contentSchemaVersion: number,
): Promise<string | null> {
  let manifest: PackManifest;
  try {
    const text = await readFile(join(dir, manifestFile(version)), 'utf8');
    const parsed = packManifestSchema.safeParse(JSON.parse(text));
    if (!parsed.success || parsed.data.contentVersion !== version) {
      return `The manifest of installed library ${version} is damaged.`;
    }
    manifest = parsed.data;
  } catch (error) {
    return `The manifest of installed library ${version} could not be read (${(error as Error).message}).`;
  }
  if (manifest.contentSchemaVersion !== contentSchemaVersion) {
    return `Installed library ${version} is in content schema ${manifest.contentSchemaVersion}; this app reads ${contentSchemaVersion}.`;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(join(dir, libraryFile(version)));
  } catch (error) {
    return `Installed library ${version} could not be read (${(error as Error).message}).`;
  }
  const digest = createHash('sha256').update(bytes).digest('hex');
  if (bytes.length !== manifest.library.bytes || digest !== manifest.library.sha256) {
    return `Installed library ${version} no longer matches its signed manifest; the file was damaged on disk.`;
  }
  return null;
}

/**
 * "Go back to the library that came with the app": moves every installed library into
 * library/previous/ (replacing what an earlier rollback left there), so chooseLibrary returns
 * the bundled one. Returns the versions moved, oldest first.
 */
export async function rollBack(dir: string): Promise<string[]> {
  const versions = (await installedVersions(dir)).sort(compareVersions);
  if (versions.length === 0) return [];
  const aside = join(dir, SET_ASIDE_FOLDER);
  await rm(aside, { recursive: true, force: true });
  await mkdir(aside, { recursive: true });
  for (const version of versions) {
    // Manifest first, so a library left behind by a failure is an orphan, never chosen.
    await rename(join(dir, manifestFile(version)), join(aside, manifestFile(version)));
    await rename(join(dir, libraryFile(version)), join(aside, libraryFile(version))).catch(
      (error: unknown) => {
        if ((error as { code?: unknown }).code !== 'ENOENT') throw error;
      },
    );
  }
  return versions;
}
