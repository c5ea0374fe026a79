// Content packs end to end: built from real content DBs, written to and read from real files,
// verified as the app verifies them, and every kind of bad pack refused with its own sentence.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SCHEMA_VERSION } from '../../renderer/db/content-schema';
import { Library } from '../../renderer/db/library';
import type { PackManifest, PackRefusalCode } from '../../renderer/db/pack/format';
import { TRUSTED_PACK_KEYS } from '../../renderer/db/pack/keys';
import { checkPackSize } from '../../renderer/db/pack/read-pack';
import { keyIdOf } from '../../scripts/pack/signing-key';
import { REPO_ROOT } from '../../scripts/paths';
import { fixtureDbBytes, getSql, tempDir } from '../helpers/fixture';
import {
  fixturePack,
  lyingZipBomb,
  manifestBytes,
  renameEntry,
  resigned,
  signedPack,
  strangerKey,
  TEST_KEY,
  testSigningKey,
  verifyAsApp,
  zipOf,
} from '../helpers/pack';

const encode = (text: string) => new TextEncoder().encode(text);

let pack: { bytes: Uint8Array; manifest: PackManifest };
let library: Uint8Array;
let packFile = '';

beforeAll(async () => {
  pack = await fixturePack();
  library = await fixtureDbBytes();
  packFile = join(tempDir('kr-pack-'), 'karabakh-library-2026.1.0.krpack');
  writeFileSync(packFile, pack.bytes);
});

/** Verifies `bytes` and expects the refusal `code`, with a sentence naming the file. */
async function refused(
  bytes: Uint8Array,
  code: PackRefusalCode,
  options: Parameters<typeof verifyAsApp>[1] = {},
) {
  const verdict = await verifyAsApp(bytes, { fileName: 'update.krpack', ...options });
  expect(verdict).toMatchObject({ ok: false, code });
  if (verdict.ok) throw new Error('unreachable');
  expect(verdict.message).toContain('update.krpack');
  expect(verdict.message).toMatch(/\.$/);
  expect(verdict.message.split(/\.\s+[A-Z]/)).toHaveLength(1);
  return verdict.message;
}

describe('a signed pack of the fixture library', () => {
  it('verifies from its file, with the manifest read from the built library', async () => {
    const verdict = await verifyAsApp(readFileSync(packFile));
    expect(verdict.ok).toBe(true);
    if (!verdict.ok) return;
    expect(verdict.manifest).toEqual({
      format: 'karabakh-reader-pack',
      formatVersion: 1,
      contentVersion: '2026.1.0',
      contentSchemaVersion: CONTENT_SCHEMA_VERSION,
      minAppVersion: '0.1.0',
      createdAt: '2026-12-01T09:00:00.000Z',
      keyId: TEST_KEY.id,
      library: {
        file: 'library.db',
        bytes: library.length,
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
      changes: { since: null, added: 0, changed: 0, removed: 0, corrections: 0 },
    });
    expect(verdict.library).toEqual(library);
  });

  it('holds exactly the manifest, its signature and the library, the first two stored', () => {
    const bytes = readFileSync(packFile);
    const names: string[] = [];
    for (let i = 0; i + 4 <= bytes.length; i++) {
      // Central directory entries: method at 10, name length at 28, name at 46.
      if (bytes.readUInt32LE(i) === 0x02014b50) {
        const name = bytes.subarray(i + 46, i + 46 + bytes.readUInt16LE(i + 28)).toString();
        names.push(`${name} ${bytes.readUInt16LE(i + 10) === 0 ? 'stored' : 'deflated'}`);
      }
    }
    expect(names).toEqual(['manifest.json stored', 'manifest.sig stored', 'library.db deflated']);
  });

  it('gives a library that opens with the fixture content', async () => {
    const verdict = await verifyAsApp(pack.bytes);
    if (!verdict.ok) throw new Error(verdict.message);
    const opened = await Library.open(await getSql(), {
      content: verdict.library,
      contentPath: 'pack',
      user: null,
    });
    try {
      expect(opened.stats()).toMatchObject({ articles: 1, events: 3 });
      expect(opened.stats().meta.contentVersion).toBe('2026.1.0');
    } finally {
      opened.close();
    }
  });

  it('is accepted when the library in use is older, refused when newer or the same', async () => {
    let progress = 0;
    const newer = await verifyAsApp(pack.bytes, {
      inUseContentVersion: '2025.12.3',
      onProgress: (bytes) => (progress = bytes),
    });
    expect(newer.ok).toBe(true);
    expect(progress).toBe(library.length);
    expect(
      await refused(pack.bytes, 'already-installed', { inUseContentVersion: '2026.1.0' }),
    ).toBe('update.krpack holds library 2026.1.0, which is already installed.');
    expect(await refused(pack.bytes, 'older-content', { inUseContentVersion: '2026.10.0' })).toBe(
      'update.krpack holds library 2026.1.0, older than the library in use (2026.10.0).',
    );
  });
});

describe('keys', () => {
  it('the app does not trust the test key', async () => {
    expect(Object.keys(TRUSTED_PACK_KEYS)).not.toContain(TEST_KEY.id);
    expect(Object.values(TRUSTED_PACK_KEYS)).not.toContain(TEST_KEY.publicKey);
    expect(testSigningKey().id).toBe(TEST_KEY.id);
    const verdict = await verifyAsApp(pack.bytes, {
      trustedKeys: TRUSTED_PACK_KEYS,
      extraTrustedKeys: undefined,
    });
    expect(verdict).toMatchObject({ ok: false, code: 'unknown-key' });
  });

  it('ships a release key whose id is its fingerprint', () => {
    const entries = Object.entries(TRUSTED_PACK_KEYS);
    expect(entries.length).toBeGreaterThan(0);
    for (const [id, publicKey] of entries) {
      expect(Buffer.from(publicKey, 'base64')).toHaveLength(32);
      expect(keyIdOf(publicKey)).toBe(id);
    }
  });
});

describe('bad packs are refused with one sentence each', () => {
  it('a changed byte in library.db', async () => {
    const changed = library.slice();
    changed[5000] = changed[5000]! ^ 0xff;
    const bytes = zipOf([
      ['manifest.json', manifestBytes(pack.manifest)],
      ['manifest.sig', encode(testSigningKey().sign(manifestBytes(pack.manifest)))],
      ['library.db', changed, 9],
    ]);
    expect(await refused(bytes, 'library-mismatch')).toBe(
      'The library inside update.krpack is not the one its signed manifest describes; the file is damaged or was altered.',
    );
  });

  it('a changed byte in the compressed library, in the file as written', async () => {
    // Inflating a damaged stream may fail, give other bytes, or give more bytes than declared:
    // each is refused before anything is installed.
    const bytes = pack.bytes.slice();
    const at = bytes.length - 2000;
    bytes[at] = bytes[at]! ^ 0x01;
    const verdict = await verifyAsApp(bytes);
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(['library-mismatch', 'truncated', 'library-too-large']).toContain(verdict.code);
    expect(verdict.message).toContain('update.krpack');
  });

  it('a changed byte in manifest.json', async () => {
    const text = new TextDecoder().decode(pack.bytes);
    const at = text.indexOf('"contentVersion": "2026.1.0"') + '"contentVersion": "2026.'.length;
    expect(text[at]).toBe('1');
    const bytes = pack.bytes.slice();
    bytes[at] = '9'.charCodeAt(0);
    expect(await refused(bytes, 'signature-invalid')).toBe(
      'update.krpack has been altered since it was signed: its signature does not match its contents.',
    );
  });

  it('signed with the wrong key under the test key’s id', async () => {
    const bytes = signedPack(pack.manifest, library, strangerKey());
    await refused(bytes, 'signature-invalid');
  });

  it('signed by a key the app does not know', async () => {
    const stranger = strangerKey();
    const bytes = signedPack({ ...pack.manifest, keyId: stranger.id }, library, stranger);
    expect(await refused(bytes, 'unknown-key')).toBe(
      `update.krpack is signed with a key this app does not trust (${stranger.id}), so it cannot be installed.`,
    );
  });

  it('a signature that is not one', async () => {
    const bytes = zipOf([
      ['manifest.json', manifestBytes(pack.manifest)],
      ['manifest.sig', encode('not a signature')],
      ['library.db', library, 9],
    ]);
    await refused(bytes, 'signature-invalid');
  });

  it('a file cut short, wherever it is cut', async () => {
    const n = pack.bytes.length;
    for (const at of [4, 30, 200, Math.floor(n / 2), n - 100, n - 22, n - 1]) {
      expect(await refused(pack.bytes.subarray(0, at), 'truncated')).toBe(
        'update.krpack is incomplete or damaged (was it cut short while copying?); copy it again from where it came from.',
      );
    }
  });

  it('a file over the size limit, before it is read', async () => {
    expect(checkPackSize('update.krpack', 300 * 1024 * 1024)).toEqual({
      ok: false,
      code: 'file-too-large',
      message: 'update.krpack is 300 MB; a library update may be at most 128 MB.',
    });
    await refused(pack.bytes, 'file-too-large', { limits: { maxPackBytes: 1024 } });
  });

  it('a zip bomb whose headers declare 4 KB, stopped at the cap without inflating the rest', async () => {
    // One gigabyte of zeros in about one megabyte: inflating it all takes seconds and a gigabyte.
    const bomb = lyingZipBomb(1024);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    let inflated = 0;
    const message = await refused(bomb, 'library-too-large', {
      onProgress: (bytes) => (inflated = Math.max(inflated, bytes)),
    });
    // One 4 KB step of input past the cap at most, not the gigabyte.
    expect(inflated).toBeGreaterThan(4096);
    expect(inflated).toBeLessThan(5 * 1024 * 1024);
    expect(message).toBe(
      'The library in update.krpack expands to more than 4 KB, the size its signed manifest declares, so it was not opened.',
    );
  });

  it('a library declared larger than any pack may hold, before inflating it', async () => {
    const bytes = resigned(pack, library, (m) => ({
      ...m,
      library: { ...m.library, bytes: 512 * 1024 * 1024 },
    }));
    expect(await refused(bytes, 'library-too-large')).toBe(
      'The library in update.krpack expands to more than 256 MB, the most a library update may hold, so it was not opened.',
    );
  });

  it('a PNG renamed .krpack', async () => {
    const png = readFileSync(resolve(REPO_ROOT, 'resources/icons/png/128x128.png'));
    expect(await refused(png, 'not-a-pack')).toBe(
      'update.krpack is not a Karabakh Reader library update.',
    );
  });

  it('an empty file', async () => {
    expect(await refused(new Uint8Array(0), 'empty')).toBe(
      'update.krpack is empty: it is not a library update.',
    );
  });

  it('a zip with an extra entry, a missing one or the same one twice', async () => {
    const signature = encode(testSigningKey().sign(manifestBytes(pack.manifest)));
    const base: [string, Uint8Array][] = [
      ['manifest.json', manifestBytes(pack.manifest)],
      ['manifest.sig', signature],
      ['library.db', library],
    ];
    const sentence =
      'update.krpack is not a Karabakh Reader library update: it must hold a manifest, its signature and a library, and nothing else.';
    expect(await refused(zipOf([...base, ['notes.txt', encode('hi')]]), 'wrong-entries')).toBe(
      sentence,
    );
    expect(await refused(zipOf(base.slice(0, 2)), 'wrong-entries')).toBe(sentence);
    const twice = renameEntry(
      zipOf([...base, ['library.dx', library]]),
      'library.dx',
      'library.db',
    );
    expect(await refused(twice, 'wrong-entries')).toBe(sentence);
  });

  it('a manifest that is not JSON, or not a pack manifest', async () => {
    const notJson = zipOf([
      ['manifest.json', encode('{"format": "karabakh-reader-pack",')],
      ['manifest.sig', encode('x')],
      ['library.db', library],
    ]);
    expect(await refused(notJson, 'bad-manifest')).toBe(
      'update.krpack is not a library update this app can read: its manifest is damaged.',
    );
    const otherFormat = signedPack({ ...pack.manifest, format: 'something-else' }, library);
    await refused(otherFormat, 'not-a-pack');
    const missingField = resigned(pack, library, ({ keyId: _, ...rest }) => rest);
    await refused(missingField, 'bad-manifest');
    const overlong = await refused(pack.bytes, 'bad-manifest', {
      limits: { maxManifestBytes: 100 },
    });
    expect(overlong).toBe(
      'update.krpack is not a library update this app can read: its manifest is damaged.',
    );
  });

  it('a newer pack format', async () => {
    const bytes = resigned(pack, library, (m) => ({ ...m, formatVersion: 2 }));
    expect(await refused(bytes, 'format-too-new')).toMatch(/needs a newer Karabakh Reader\.$/);
  });

  it('a library of a newer content schema', async () => {
    const next = CONTENT_SCHEMA_VERSION + 1;
    const bytes = resigned(pack, library, (m) => ({ ...m, contentSchemaVersion: next }));
    expect(await refused(bytes, 'schema-too-new')).toBe(
      `update.krpack holds a library in a newer format (content schema ${next}; this app reads ${CONTENT_SCHEMA_VERSION}): it needs a newer Karabakh Reader.`,
    );
  });

  it('a library of an older content schema', async () => {
    const bytes = resigned(pack, library, (m) => ({
      ...m,
      contentSchemaVersion: CONTENT_SCHEMA_VERSION - 1,
    }));
    await refused(bytes, 'schema-too-old');
  });

  it('a pack for a newer app', async () => {
    const bytes = resigned(pack, library, (m) => ({ ...m, minAppVersion: '0.10.0' }));
    expect(await refused(bytes, 'app-too-old', { appVersion: '0.9.4' })).toBe(
      'update.krpack needs Karabakh Reader 0.10.0 or newer; this is version 0.9.4.',
    );
    expect((await verifyAsApp(bytes, { appVersion: '0.10.0' })).ok).toBe(true);
  });

  it('gives every refusal its own sentence', async () => {
    const stranger = strangerKey();
    const cases: [Uint8Array, Parameters<typeof verifyAsApp>[1]][] = [
      [new Uint8Array(0), {}],
      [readFileSync(resolve(REPO_ROOT, 'resources/icons/png/16x16.png')), {}],
      [pack.bytes.subarray(0, 100), {}],
      [pack.bytes, { limits: { maxPackBytes: 10 } }],
      [signedPack({ ...pack.manifest, keyId: stranger.id }, library, stranger), {}],
      [signedPack(pack.manifest, library, strangerKey()), {}],
      [lyingZipBomb(8), {}],
      [pack.bytes, { appVersion: '0.0.1' }],
      [pack.bytes, { contentSchemaVersion: CONTENT_SCHEMA_VERSION - 1 }],
      [pack.bytes, { contentSchemaVersion: CONTENT_SCHEMA_VERSION + 1 }],
      [pack.bytes, { inUseContentVersion: '2026.1.0' }],
      [pack.bytes, { inUseContentVersion: '2027.1.0' }],
    ];
    const sentences = new Map<string, string>();
    for (const [bytes, options] of cases) {
      const verdict = await verifyAsApp(bytes, options);
      if (verdict.ok) throw new Error('a bad pack was accepted');
      sentences.set(verdict.code, verdict.message);
    }
    expect(sentences.size).toBe(cases.length);
    expect(new Set(sentences.values()).size).toBe(cases.length);
  });
});
