// Content packs for tests: the test key, a signed pack of the fixture library, and the pieces to
// assemble broken ones (a re-signed manifest, extra or duplicate entries, a lying zip bomb).
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Deflate, zipSync } from 'fflate';
import type { PackKeys, PackManifest } from '../../renderer/db/pack/format';
import { verifyPack, type VerifyPackOptions } from '../../renderer/db/pack/verify-pack';
import { signingKeyFromPem, type SigningKey } from '../../scripts/pack/signing-key';
import { makePack } from '../../scripts/pack/write-pack';
import { fixtureDbBytes, getSql } from './fixture';

export const PACK_KEYS_DIR = resolve(import.meta.dirname, '../fixtures/pack-keys');
export const TEST_KEY_PEM_FILE = resolve(PACK_KEYS_DIR, 'test-private.pem');
export const TEST_KEY = JSON.parse(
  readFileSync(resolve(PACK_KEYS_DIR, 'test-key.json'), 'utf8'),
) as {
  id: string;
  publicKey: string;
};
/** The test key as a trust list, for `extraTrustedKeys`. */
export const TEST_TRUST: PackKeys = { [TEST_KEY.id]: TEST_KEY.publicKey };

export const testSigningKey = (): SigningKey =>
  signingKeyFromPem(readFileSync(TEST_KEY_PEM_FILE, 'utf8'));

/** A fresh key pair nobody trusts. */
export function strangerKey(): SigningKey {
  const { privateKey } = generateKeyPairSync('ed25519');
  return signingKeyFromPem(privateKey.export({ format: 'pem', type: 'pkcs8' }).toString());
}

export const CREATED_AT = new Date('2026-12-01T09:00:00.000Z');

/** A signed pack of the fixture library (content 2026.1.0), made with the test key. */
export async function fixturePack(previous: Uint8Array | null = null) {
  return makePack({
    library: await fixtureDbBytes(),
    previous,
    key: testSigningKey(),
    minAppVersion: '0.1.0',
    createdAt: CREATED_AT,
  });
}

/** The fixture library relabelled as content `version`, for a run of newer and older packs. */
export async function libraryAt(version: string): Promise<Uint8Array> {
  const SQL = await getSql();
  const db = new SQL.Database(await fixtureDbBytes());
  try {
    db.run("UPDATE meta SET value = ? WHERE key = 'content_version'", [version]);
    return db.export();
  } finally {
    db.close();
  }
}

/** A signed pack of the fixture library relabelled as `version`. */
export async function packAt(version: string, key = testSigningKey()): Promise<Uint8Array> {
  const built = await makePack({
    library: await libraryAt(version),
    previous: null,
    key,
    minAppVersion: '0.1.0',
    createdAt: CREATED_AT,
  });
  return built.bytes;
}

/** Verifies as an installed app would, with the test key trusted. */
export function verifyAsApp(bytes: Uint8Array, options: Partial<VerifyPackOptions> = {}) {
  return verifyPack(bytes, {
    fileName: 'update.krpack',
    trustedKeys: {},
    extraTrustedKeys: TEST_TRUST,
    appVersion: '0.1.0',
    ...options,
  });
}

const encode = (text: string) => new TextEncoder().encode(text);

export const manifestBytes = (manifest: unknown) => encode(JSON.stringify(manifest, null, 2));

type Entry = [name: string, bytes: Uint8Array, level?: 0 | 9];

/** A zip of exactly these entries, in this order. */
export function zipOf(entries: Entry[]): Uint8Array {
  return zipSync(
    Object.fromEntries(
      entries.map(([name, bytes, level = 0]) => [name, [bytes, { level, mtime: CREATED_AT }]]),
    ),
  );
}

/** A pack with this manifest signed by `key`, around `library`. */
export function signedPack(manifest: unknown, library: Uint8Array, key = testSigningKey()) {
  const bytes = manifestBytes(manifest);
  return zipOf([
    ['manifest.json', bytes],
    ['manifest.sig', encode(key.sign(bytes))],
    ['library.db', library, 9],
  ]);
}

/** The pack with `change` applied to its manifest and signed again with the test key. */
export function resigned(
  pack: { manifest: PackManifest },
  library: Uint8Array,
  change: (manifest: PackManifest) => unknown,
) {
  return signedPack(change(structuredClone(pack.manifest)), library);
}

/**
 * Renames every occurrence of one entry name (local header and central directory), for zips
 * fflate would not write, such as two entries with the same name. Names must be the same length.
 */
export function renameEntry(zip: Uint8Array, from: string, to: string): Uint8Array {
  const out = zip.slice();
  const [a, b] = [encode(from), encode(to)];
  if (a.length !== b.length) throw new Error('names must be the same length');
  for (let i = 0; i + a.length <= out.length; i++) {
    if (a.every((byte, j) => out[i + j] === byte)) out.set(b, i);
  }
  return out;
}

const cat = (parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

/**
 * A raw deflate stream of `megabytes` MB of zeros, made in a moment: fflate deflates two
 * megabytes with a sync flush after each; the second flushed block only refers back to zeros,
 * so repeating it adds one more megabyte each time.
 */
export function zeroBomb(megabytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9 }, (chunk) => chunks.push(chunk));
  const mb = new Uint8Array(1024 * 1024);
  deflate.push(mb);
  deflate.flush(true);
  const first = chunks.length;
  deflate.push(mb);
  deflate.flush(true);
  const second = chunks.length;
  deflate.push(new Uint8Array(0), true);
  const head = cat(chunks.slice(0, first));
  const repeat = cat(chunks.slice(first, second));
  const tail = cat(chunks.slice(second));
  return cat([head, ...Array<Uint8Array>(megabytes - 1).fill(repeat), tail]);
}

/**
 * A signed pack whose library.db entry declares `declared` bytes, in its zip headers and in its
 * manifest, but inflates to `megabytes` MB of zeros.
 */
export function lyingZipBomb(megabytes: number, declared = 4096): Uint8Array {
  const stream = zeroBomb(megabytes);
  // Stored, so the bomb's deflate stream goes in as it is; the method is switched to deflate
  // and the declared size patched below.
  const manifest = {
    format: 'karabakh-reader-pack',
    formatVersion: 1,
    contentVersion: '2026.1.0',
    contentSchemaVersion: 4,
    minAppVersion: '0.1.0',
    createdAt: CREATED_AT.toISOString(),
    keyId: TEST_KEY.id,
    library: { file: 'library.db', bytes: declared, sha256: '0'.repeat(64) },
    changes: { since: null, added: 0, changed: 0, removed: 0, corrections: 0 },
  };
  const bytes = manifestBytes(manifest);
  const zip = zipOf([
    ['manifest.json', bytes],
    ['manifest.sig', encode(testSigningKey().sign(bytes))],
    ['library.db', stream],
  ]);
  return patchEntry(zip, 'library.db', { method: 8, originalSize: declared });
}

/** Sets an entry's compression method and declared size in both of its zip headers. */
function patchEntry(
  zip: Uint8Array,
  name: string,
  patch: { method: number; originalSize: number },
): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const nameBytes = encode(name);
  const nameAt = (at: number) => nameBytes.every((byte, j) => out[at + j] === byte);
  for (let i = 0; i + 4 <= out.length; i++) {
    const signature = view.getUint32(i, true);
    // Local header: method at 8, size at 22, name at 30. Central: method 10, size 24, name 46.
    if (signature === 0x04034b50 && nameAt(i + 30)) {
      view.setUint16(i + 8, patch.method, true);
      view.setUint32(i + 22, patch.originalSize, true);
    } else if (signature === 0x02014b50 && nameAt(i + 46)) {
      view.setUint16(i + 10, patch.method, true);
      view.setUint32(i + 24, patch.originalSize, true);
    }
  }
  return out;
}
