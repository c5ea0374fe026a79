// The content pack format (.krpack), declared once: the entry names, the manifest's shape, the
// size limits and the verdict a verification gives. The pack reader, the verifier, the build
// and the CLI all take these from here; docs/CONTENT-PACKS.md describes the same format in words.
import { z } from 'zod';

export const PACK_FORMAT = 'karabakh-reader-pack';
export const PACK_FORMAT_VERSION = 1;
export const PACK_EXTENSION = '.krpack';

/** The three entries a pack holds, no more and no fewer. */
export const PACK_ENTRIES = {
  manifest: 'manifest.json',
  signature: 'manifest.sig',
  library: 'library.db',
} as const;

const MB = 1024 * 1024;

export interface PackLimits {
  /** The whole file, checked before it is read. */
  maxPackBytes: number;
  /** The inflated library, whatever the manifest or the zip headers declare. */
  maxLibraryBytes: number;
  /** manifest.json inflated; a real one is well under a kilobyte. */
  maxManifestBytes: number;
  /** manifest.sig inflated: base64 of a 64-byte signature, with room for a line ending. */
  maxSignatureBytes: number;
}

export const PACK_LIMITS: PackLimits = {
  maxPackBytes: 128 * MB,
  maxLibraryBytes: 256 * MB,
  maxManifestBytes: 64 * 1024,
  maxSignatureBytes: 1024,
};

/** A content version: year, month and the release within the month (2026.12.0). */
export const CONTENT_VERSION = /^\d{4}\.\d{1,2}\.\d+$/;
/** An app version as package.json has it, without pre-release or build parts. */
export const APP_VERSION = /^\d+\.\d+\.\d+$/;

const count = z.number().int().nonnegative();

export const packManifestSchema = z.object({
  format: z.literal(PACK_FORMAT),
  formatVersion: z.number().int().positive(),
  contentVersion: z.string().regex(CONTENT_VERSION),
  contentSchemaVersion: z.number().int().positive(),
  minAppVersion: z.string().regex(APP_VERSION),
  createdAt: z.iso.datetime(),
  keyId: z.string().min(1).max(200),
  library: z.object({
    file: z.literal(PACK_ENTRIES.library),
    bytes: z.number().int().positive(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  changes: z.object({
    since: z.string().regex(CONTENT_VERSION).nullable(),
    added: count,
    changed: count,
    removed: count,
    corrections: count,
  }),
});

export type PackManifest = z.infer<typeof packManifestSchema>;
export type PackChanges = PackManifest['changes'];

/**
 * Why a pack was refused. Each code has its own sentence (verify-pack.ts), and the host changes
 * nothing on any of them.
 */
export type PackRefusalCode =
  | 'empty'
  | 'not-a-pack'
  | 'wrong-entries'
  | 'bad-manifest'
  | 'truncated'
  | 'file-too-large'
  | 'library-too-large'
  | 'unknown-key'
  | 'signature-invalid'
  | 'library-mismatch'
  | 'format-too-new'
  | 'schema-too-new'
  | 'schema-too-old'
  | 'app-too-old'
  | 'older-content'
  | 'already-installed';

export interface PackRefusal {
  ok: false;
  code: PackRefusalCode;
  /** One plain sentence for a reader, naming the file. */
  message: string;
}

export type PackVerdict = { ok: true; manifest: PackManifest; library: Uint8Array } | PackRefusal;

/** Trusted public keys: key id → raw 32-byte Ed25519 public key, base64. */
export type PackKeys = Readonly<Record<string, string>>;

/** "4 KB", "12 MB": sizes as the refusal sentences give them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < MB) return `${Math.round(bytes / 1024)} KB`;
  const mb = bytes / MB;
  return `${mb < 10 ? Math.round(mb * 10) / 10 : Math.round(mb)} MB`;
}
