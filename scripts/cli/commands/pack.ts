// `pack info <file>` and `pack verify <file>`: what a content pack says about itself and whether
// this app would accept it, checked by the same verifier and trust list the app uses. With --db,
// the library in that file counts as the one in use, so an older or equal pack is refused.
// `pack install` and `pack rollback` are in pack-install.ts.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { PackKeys, PackManifest, PackRefusal } from '../../../renderer/db/pack/format';
import { TRUSTED_PACK_KEYS } from '../../../renderer/db/pack/keys';
import { checkPackSize, readPackHead } from '../../../renderer/db/pack/read-pack';
import { parsePackManifest, verifyPack } from '../../../renderer/db/pack/verify-pack';
import { appVersion } from '../../app-version';
import { UsageError, type Flags } from '../args';
import { formatPackInfo, signerText, type PackInfo, type PackSigner } from '../format';
import { openLibrary } from '../open-library';
import { printer, type CliIo } from '../output';
import { runPackInstall, runPackRollback } from './pack-install';

export interface PackCommandOptions {
  /** Keys trusted beyond the shipped list: only tests pass the test key here. */
  extraTrustedKeys?: PackKeys;
}

export async function runPack(
  positional: string[],
  flags: Flags,
  io: CliIo,
  options: PackCommandOptions = {},
): Promise<number> {
  const [action, path, ...rest] = positional;
  if (action === 'rollback' && !path) return runPackRollback(flags, io);
  if ((action !== 'info' && action !== 'verify' && action !== 'install') || !path || rest.length) {
    throw new UsageError(
      'pack needs "info <file>" or "verify <file>". To install a library update: "install <file>"; to go back to the bundled library: "rollback".',
    );
  }
  if (action === 'install') return runPackInstall(path, flags, io, options);
  const info = await describePack(path, flags, options);
  const print = printer(io, flags.json === true);
  if (action === 'info') {
    print(info, () => formatPackInfo(info));
  } else if (info.refusal) {
    if (flags.json) print(info, () => '');
    else io.err(info.refusal.message);
  } else {
    print(info, () => {
      const m = info.manifest!;
      return `${info.file} is a valid library update: library ${m.contentVersion}, signed with ${signerText(info.signer!)}.`;
    });
  }
  return info.refusal ? 1 : 0;
}

async function describePack(
  path: string,
  flags: Flags,
  options: PackCommandOptions,
): Promise<PackInfo> {
  const file = basename(path);
  const refused = (refusal: PackRefusal, rest: Partial<PackInfo> = {}): PackInfo => ({
    file,
    fileBytes: null,
    manifest: null,
    signer: null,
    refusal: { code: refusal.code, message: refusal.message },
    ...rest,
  });
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    throw new Error(`${file} could not be read: ${(error as Error).message}`, { cause: error });
  }
  const tooLarge = checkPackSize(file, size);
  if (tooLarge) return refused(tooLarge, { fileBytes: size });
  const bytes = readFileSync(path);
  const inUse = typeof flags.db === 'string' ? await inUseContentVersion(flags) : null;
  const verdict = await verifyPack(bytes, {
    fileName: file,
    trustedKeys: TRUSTED_PACK_KEYS,
    extraTrustedKeys: options.extraTrustedKeys,
    appVersion: appVersion(),
    inUseContentVersion: inUse,
  });
  // The manifest is shown even when the pack is refused, as what the file claims.
  const manifest = verdict.ok ? verdict.manifest : unverifiedManifest(bytes, file);
  const signer = manifest ? signerOf(manifest, options) : null;
  const info = { file, fileBytes: size, manifest, signer };
  return verdict.ok ? { ...info, refusal: null } : refused(verdict, info);
}

function unverifiedManifest(bytes: Uint8Array, file: string): PackManifest | null {
  const head = readPackHead(bytes, file);
  if (!head.ok) return null;
  const parsed = parsePackManifest(head.manifestBytes, file);
  return parsed.ok ? parsed.manifest : null;
}

function signerOf(manifest: PackManifest, options: PackCommandOptions): PackSigner {
  const { keyId } = manifest;
  const trust = Object.hasOwn(TRUSTED_PACK_KEYS, keyId)
    ? 'release'
    : options.extraTrustedKeys && Object.hasOwn(options.extraTrustedKeys, keyId)
      ? 'extra'
      : 'unknown';
  return { keyId, trust };
}

async function inUseContentVersion(flags: Flags): Promise<string> {
  const library = await openLibrary(flags);
  try {
    return library.stats().meta.contentVersion;
  } finally {
    library.close();
  }
}
