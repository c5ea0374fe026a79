// The `npm run build:pack` command, apart from its entry so tests can run it: builds the library
// from resources/content (or --content DIR), signs a pack with the key in KR_PACK_SIGNING_KEY or
// --key FILE, checks the written file with the app's own verifier and says what it made.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { TRUSTED_PACK_KEYS } from '../../renderer/db/pack/keys';
import { formatBytes } from '../../renderer/db/pack/format';
import { verifyPack } from '../../renderer/db/pack/verify-pack';
import { buildContentDb, ensureContentDb } from '../content/build';
import { ContentValidationError } from '../content/errors';
import { CORPUS_RULES, type ValidationRules } from '../content/validate';
import type { CliIo } from '../cli/output';
import { appVersion } from '../app-version';
import { CONTENT_DB, CONTENT_ROOT } from '../paths';
import { signingKeyFromPem, type SigningKey } from './signing-key';
import { makePack, readLibraryFile, writePackFile } from './write-pack';

export const BUILD_PACK_USAGE = `Usage: npm run build:pack -- [options]

Builds the library from resources/content and writes a signed content pack,
release/karabakh-library-<content version>.krpack.

Options:
  --key FILE       the Ed25519 private key (PKCS#8 PEM) to sign with; without it the key
                   is read from the environment variable KR_PACK_SIGNING_KEY (PEM text)
  --since FILE     a previous pack (.krpack) or reader.db: count the items added, changed
                   and removed since it, and the new corrections
  --out FILE       where to write the pack
  --content DIR    build from this content folder instead of resources/content
  --help           show this help`;

function signingKey(keyFile: string | undefined, env: NodeJS.ProcessEnv): SigningKey | null {
  if (keyFile) return signingKeyFromPem(readFileSync(keyFile, 'utf8'));
  const pem = env['KR_PACK_SIGNING_KEY'];
  return pem?.trim() ? signingKeyFromPem(pem) : null;
}

/** A path under the working folder relative to it, any other in full. */
function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/**
 * Runs the command; returns the exit code. `rules` apply to a --content folder (tests build the
 * small fixture corpus, whose article is shorter than the bundled corpus allows).
 */
export async function runBuildPack(
  argv: string[],
  io: CliIo,
  env: NodeJS.ProcessEnv = process.env,
  rules: ValidationRules = CORPUS_RULES,
): Promise<number> {
  let values: { key?: string; since?: string; out?: string; content?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        key: { type: 'string' },
        since: { type: 'string' },
        out: { type: 'string' },
        content: { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${BUILD_PACK_USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(BUILD_PACK_USAGE);
    return 0;
  }
  try {
    const key = signingKey(values.key, env);
    if (!key) {
      io.err(
        'No signing key: set KR_PACK_SIGNING_KEY to the private key (PEM text) or pass --key FILE. No pack was built.',
      );
      return 1;
    }
    const library = values.content
      ? (await buildContentDb(resolve(values.content), rules)).bytes
      : readFileSync((await ensureContentDb(CONTENT_ROOT, CONTENT_DB)).path);
    const previous = values.since ? await readLibraryFile(values.since) : null;
    const version = appVersion();
    const pack = await makePack({ library, previous, key, minAppVersion: version });
    const out = resolve(
      values.out ?? `release/karabakh-library-${pack.manifest.contentVersion}.krpack`,
    );
    mkdirSync(dirname(out), { recursive: true });
    writePackFile(out, pack.bytes);

    // The written file must pass the verifier the app runs, with this key trusted.
    const verdict = await verifyPack(readFileSync(out), {
      fileName: out,
      trustedKeys: { [key.id]: key.publicKey },
      appVersion: version,
    });
    if (!verdict.ok) {
      io.err(`The pack was written but does not verify: ${verdict.message}`);
      return 1;
    }
    const { manifest } = pack;
    const { changes } = manifest;
    io.out(
      [
        `Built ${shownPath(out)} (${formatBytes(pack.bytes.length)}).`,
        `Library ${manifest.contentVersion}, content schema ${manifest.contentSchemaVersion}, ${formatBytes(manifest.library.bytes)}, for Karabakh Reader ${manifest.minAppVersion} or newer.`,
        changes.since
          ? `Since ${changes.since}: ${changes.added} added, ${changes.changed} changed, ${changes.removed} removed, ${changes.corrections} new corrections.`
          : 'No previous library given (--since), so no changes are counted.',
        `Signed with key ${key.id}.`,
      ].join('\n'),
    );
    if (!Object.hasOwn(TRUSTED_PACK_KEYS, key.id)) {
      io.err(
        `Key ${key.id} is not in the app's trust list (renderer/db/pack/keys.ts): installed apps will refuse this pack.`,
      );
    }
    return 0;
  } catch (error) {
    io.err(error instanceof ContentValidationError ? error.message : (error as Error).message);
    return 1;
  }
}
