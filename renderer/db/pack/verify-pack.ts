// Verifies a .krpack before anything is installed from it: the zip's shape, the manifest's
// Ed25519 signature by a trusted key, the versions it needs, and the library's size and SHA-256.
// Portable: the shell, the CLI and the page all call it, with WebCrypto doing the cryptography.
// The host passes the keys it trusts; nothing here decides trust on its own.
import { CONTENT_SCHEMA_VERSION } from '../content-schema';
import {
  PACK_FORMAT,
  PACK_FORMAT_VERSION,
  PACK_LIMITS,
  packManifestSchema,
  type PackKeys,
  type PackLimits,
  type PackManifest,
  type PackRefusal,
  type PackVerdict,
} from './format';
import {
  badManifest,
  libraryTooLarge,
  notAPack,
  readPackHead,
  readPackLibrary,
  refusal,
} from './read-pack';
import { compareVersions } from './versions';

export interface VerifyPackOptions {
  /** The file's name as the reader knows it; every refusal sentence names it. */
  fileName: string;
  /** The keys the host trusts: the shipped list (TRUSTED_PACK_KEYS) in every real build. */
  trustedKeys: PackKeys;
  /**
   * Keys trusted on top of `trustedKeys`. Only tests pass one (the test key in
   * tests/fixtures/pack-keys); a build that wants to accept test packs must opt in explicitly.
   */
  extraTrustedKeys?: PackKeys;
  /** The running app's version (package.json), compared with the pack's minAppVersion. */
  appVersion: string;
  /** The content schema this app reads; CONTENT_SCHEMA_VERSION unless a test says otherwise. */
  contentSchemaVersion?: number;
  /** The content version of the library in use; null or absent skips the "is it newer" check. */
  inUseContentVersion?: string | null;
  limits?: Partial<PackLimits>;
  /** Told the library's inflated size as it grows, for a progress bar on a large pack. */
  onProgress?: (inflatedBytes: number) => void;
}

/** The manifest's fields, read and shape-checked but not yet trusted (for `pack info`). */
export function parsePackManifest(
  manifestBytes: Uint8Array,
  fileName: string,
): { ok: true; manifest: PackManifest } | PackRefusal {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(manifestBytes));
  } catch {
    return badManifest(fileName);
  }
  const head = value as { format?: unknown; formatVersion?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== PACK_FORMAT) {
    return notAPack(fileName);
  }
  if (typeof head.formatVersion === 'number' && head.formatVersion > PACK_FORMAT_VERSION) {
    return refusal(
      'format-too-new',
      `${fileName} is in a newer library update format; it needs a newer Karabakh Reader.`,
    );
  }
  const parsed = packManifestSchema.safeParse(value);
  return parsed.success ? { ok: true, manifest: parsed.data } : badManifest(fileName);
}

/** Everything a pack must pass, cheapest and most telling first; the library is inflated last. */
export async function verifyPack(
  bytes: Uint8Array,
  options: VerifyPackOptions,
): Promise<PackVerdict> {
  const { fileName } = options;
  const limits = { ...PACK_LIMITS, ...options.limits };
  const head = readPackHead(bytes, fileName, limits);
  if (!head.ok) return head;
  const parsed = parsePackManifest(head.manifestBytes, fileName);
  if (!parsed.ok) return parsed;
  const { manifest } = parsed;

  const keys = { ...options.extraTrustedKeys, ...options.trustedKeys };
  const publicKey = Object.hasOwn(keys, manifest.keyId) ? keys[manifest.keyId] : undefined;
  if (publicKey === undefined) {
    return refusal(
      'unknown-key',
      `${fileName} is signed with a key this app does not trust (${manifest.keyId}), so it cannot be installed.`,
    );
  }
  if (!(await signatureHolds(publicKey, head.signatureText, head.manifestBytes))) {
    return refusal(
      'signature-invalid',
      `${fileName} has been altered since it was signed: its signature does not match its contents.`,
    );
  }

  const versions = checkVersions(manifest, options);
  if (versions) return versions;

  const declared = manifest.library.bytes;
  // A declared size past the hard cap is refused before a byte of the library is inflated.
  if (declared > limits.maxLibraryBytes) {
    return libraryTooLarge(fileName, limits.maxLibraryBytes, false);
  }
  const library = readPackLibrary(bytes, fileName, declared, true, options.onProgress);
  if (!library.ok) return library;
  const digest = await sha256Hex(library.library);
  if (library.library.length !== declared || digest !== manifest.library.sha256) {
    return refusal(
      'library-mismatch',
      `The library inside ${fileName} is not the one its signed manifest describes; the file is damaged or was altered.`,
    );
  }
  return { ok: true, manifest, library: library.library };
}

function checkVersions(manifest: PackManifest, options: VerifyPackOptions): PackRefusal | null {
  const { fileName } = options;
  const schema = options.contentSchemaVersion ?? CONTENT_SCHEMA_VERSION;
  if (manifest.contentSchemaVersion > schema) {
    return refusal(
      'schema-too-new',
      `${fileName} holds a library in a newer format (content schema ${manifest.contentSchemaVersion}; this app reads ${schema}): it needs a newer Karabakh Reader.`,
    );
  }
  if (manifest.contentSchemaVersion < schema) {
    return refusal(
      'schema-too-old',
      `${fileName} holds a library in an older format (content schema ${manifest.contentSchemaVersion}; this app reads ${schema}) that this version of Karabakh Reader no longer opens.`,
    );
  }
  if (compareVersions(manifest.minAppVersion, options.appVersion) > 0) {
    return refusal(
      'app-too-old',
      `${fileName} needs Karabakh Reader ${manifest.minAppVersion} or newer; this is version ${options.appVersion}.`,
    );
  }
  const inUse = options.inUseContentVersion;
  if (inUse) {
    const order = compareVersions(manifest.contentVersion, inUse);
    if (order === 0) {
      return refusal(
        'already-installed',
        `${fileName} holds library ${manifest.contentVersion}, which is already installed.`,
      );
    }
    if (order < 0) {
      return refusal(
        'older-content',
        `${fileName} holds library ${manifest.contentVersion}, older than the library in use (${inUse}).`,
      );
    }
  }
  return null;
}

async function signatureHolds(
  publicKeyBase64: string,
  signatureText: string,
  signed: Uint8Array,
): Promise<boolean> {
  const publicKey = fromBase64(publicKeyBase64);
  const signature = fromBase64(signatureText.trim());
  // Ed25519 keys are 32 bytes and signatures 64; anything else cannot verify.
  if (publicKey?.length !== 32 || signature?.length !== 64) return false;
  try {
    const key = await crypto.subtle.importKey('raw', publicKey, { name: 'Ed25519' }, false, [
      'verify',
    ]);
    return await crypto.subtle.verify({ name: 'Ed25519' }, key, signature, copy(signed));
  } catch {
    return false;
  }
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', copy(bytes)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** WebCrypto's types want a plain ArrayBuffer behind the view. */
function copy(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}
