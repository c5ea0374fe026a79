// `pack install <file>` and `pack rollback`: the desktop app's library store, driven from the
// command line with the same verifier, trust list and store as the app. The library in use is
// the newest valid one among the bundled library (--db, else resources/reader.db) and the ones
// installed in the profile, exactly as the app chooses it.
import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readContentVersion } from '../../../electron/main/about';
import {
  chooseLibrary,
  installPack,
  libraryStoreDir,
  rollBack,
  SET_ASIDE_FOLDER,
} from '../../../electron/main/content-packs';
import { TRUSTED_PACK_KEYS } from '../../../renderer/db/pack/keys';
import { checkPackSize } from '../../../renderer/db/pack/read-pack';
import { appVersion } from '../../app-version';
import { CONTENT_DB } from '../../paths';
import type { Flags } from '../args';
import type { CliIo } from '../output';
import { defaultProfileDir } from './import';
import type { PackCommandOptions } from './pack';

function storeOf(flags: Flags): string {
  return libraryStoreDir(typeof flags.profile === 'string' ? flags.profile : defaultProfileDir());
}

async function libraryInUse(flags: Flags, store: string) {
  const bundledPath = typeof flags.db === 'string' ? flags.db : CONTENT_DB;
  const bundled = await readContentVersion(bundledPath);
  return chooseLibrary(store, bundledPath, bundled?.version || null);
}

export async function runPackInstall(
  path: string,
  flags: Flags,
  io: CliIo,
  options: PackCommandOptions,
): Promise<number> {
  const file = basename(path);
  let bytes: Uint8Array;
  try {
    const tooLarge = checkPackSize(file, statSync(path).size);
    if (tooLarge) {
      io.err(tooLarge.message);
      return 1;
    }
    bytes = readFileSync(path);
  } catch (error) {
    throw new Error(`${file} could not be read: ${(error as Error).message}`, { cause: error });
  }
  const store = storeOf(flags);
  const inUse = await libraryInUse(flags, store);
  for (const { reason } of inUse.skipped) io.err(reason);
  const outcome = await installPack(store, bytes, file, {
    trustedKeys: TRUSTED_PACK_KEYS,
    extraTrustedKeys: options.extraTrustedKeys,
    appVersion: appVersion(),
    inUseContentVersion: inUse.contentVersion,
  });
  if (!outcome.ok) {
    io.err(outcome.message);
    return 1;
  }
  io.out(
    `Installed library ${outcome.manifest.contentVersion} from ${file} into ${store}; Karabakh Reader uses it from the next time it opens the library.`,
  );
  return 0;
}

export async function runPackRollback(flags: Flags, io: CliIo): Promise<number> {
  const store = storeOf(flags);
  const moved = await rollBack(store);
  if (moved.length === 0) {
    io.out(
      'No library update is installed; Karabakh Reader already uses the library that came with it.',
    );
    return 0;
  }
  const which =
    moved.length === 1
      ? `installed library ${moved[0]} was`
      : `installed libraries ${moved.join(' and ')} were`;
  io.out(
    `Karabakh Reader will use the library that came with it again; the ${which} moved to ${join(store, SET_ASIDE_FOLDER)}.`,
  );
  return 0;
}
