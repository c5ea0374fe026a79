// The backup file: everything a person made in the app, as one JSON document, and the
// plan for restoring one (replace everything, or merge without duplicates). Pure: reading
// and writing the user DB is renderer/db/user/backup.ts.
//
// Format (version 1), UTF-8 JSON:
//   { format: 'karabakh-reader-backup', version: 1, createdAt, appVersion?, userDbVersion,
//     bookmarks, notes, highlights (with their full W3C anchors), progress, settings,
//     imported }
// Row ids are left out: they mean nothing in another profile. Fields this version does not
// know are ignored and dropped (a later version may add optional fields without a new
// version number); a wrong format or a higher version is refused with a message.
import { z } from 'zod';
import type { TextAnchor } from '../anchoring';
import { HIGHLIGHT_COLOURS, type HighlightColour } from '../user/store';
import { issueSentence } from './backup-issues';
import { fileKind } from './file-kind';

export const BACKUP_FORMAT = 'karabakh-reader-backup';
export const BACKUP_VERSION = 1;

/** A whole backup file may be at most this large (it carries imported articles' text). */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;

/**
 * An imported article, as the import store keeps it (ImportedArticle in ../types). anchorText
 * is optional so that a file without it still reads; the restore falls back to `text` then.
 */
export interface ImportedArticleRecord {
  id: string;
  title: string;
  author: string | null;
  published: string | null;
  sourceUrl: string | null;
  fileName: string | null;
  format: string;
  contentHash: string;
  html: string;
  text: string;
  /** The body's text as the page's textContent gives it: highlight offsets point into it. */
  anchorText?: string;
  words: number;
  importedAt: string;
  updatedAt: string;
}

/** Rows read from a profile carry their row id; rows from a file do not. */
export type Stored<T> = T & { id?: number };

export interface BackupBookmark {
  targetId: string;
  position: string;
  label: string;
  tags: string[];
  createdAt: string;
}

export interface BackupNote {
  targetId: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}

export interface BackupHighlight {
  targetId: string;
  colour: HighlightColour;
  note: string;
  anchor: TextAnchor;
  createdAt: string;
  updatedAt: string;
}

export interface BackupProgress {
  targetId: string;
  fraction: number;
  updatedAt: string;
}

export interface BackupSetting {
  key: string;
  value: string;
}

/** What a profile holds, or what a backup carries. */
export interface BackupContents {
  bookmarks: Stored<BackupBookmark>[];
  notes: Stored<BackupNote>[];
  highlights: Stored<BackupHighlight>[];
  progress: BackupProgress[];
  settings: BackupSetting[];
  imported: ImportedArticleRecord[];
}

export interface Backup extends BackupContents {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  appVersion?: string;
  userDbVersion: number;
}

/** The user store's own rule for item ids (renderer/db/user/store.ts). */
const ID_PATTERN = /^(article|event|place|imported):[\p{L}\p{N}._~-]{1,200}$/u;

const itemId = z.string().max(220).regex(ID_PATTERN, 'not an item id');
const stamp = z.string().min(1).max(64);
const text = (max: number) => z.string().max(max);
const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** Tags as the user store keeps them: trimmed, lower case, hyphens for spaces, no repeats. */
const tagsSchema = z
  .array(text(200))
  .max(100)
  .transform((tags) =>
    [
      ...new Set(
        tags.map((t) => t.trim().toLowerCase().replace(/\s+/g, '-').slice(0, 40)).filter(Boolean),
      ),
    ].slice(0, 20),
  );

const bookmarkSchema = z.object({
  targetId: itemId,
  position: text(2_000),
  label: text(300),
  tags: tagsSchema,
  createdAt: stamp,
});

const noteSchema = z.object({
  targetId: itemId,
  body: z.string().min(1).max(200_000),
  createdAt: stamp,
  updatedAt: stamp,
});

const highlightSchema = z.object({
  targetId: itemId,
  colour: z.enum(HIGHLIGHT_COLOURS),
  note: text(200_000),
  anchor: z.object({
    quote: z.object({
      type: z.literal('TextQuoteSelector'),
      exact: z.string().min(1).max(5_000),
      prefix: text(1_000),
      suffix: text(1_000),
    }),
    position: z
      .object({ type: z.literal('TextPositionSelector'), start: count, end: count })
      .refine((p) => p.start <= p.end, 'start after end'),
  }),
  createdAt: stamp,
  updatedAt: stamp,
});

const progressSchema = z.object({
  targetId: itemId,
  fraction: z.number().min(0).max(1),
  updatedAt: stamp,
});

const settingSchema = z.object({ key: z.string().min(1).max(200), value: text(100_000) });

const importedSchema = z.object({
  id: itemId,
  title: text(2_000),
  author: text(2_000).nullable(),
  published: text(64).nullable(),
  sourceUrl: text(4_000).nullable(),
  fileName: text(1_000).nullable(),
  format: text(40),
  contentHash: z.string().min(1).max(200),
  html: text(20_000_000),
  text: text(10_000_000),
  anchorText: text(10_000_000).optional(),
  words: count,
  importedAt: stamp,
  updatedAt: stamp,
});

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: stamp,
  appVersion: text(100).optional(),
  userDbVersion: z.number().int().min(0).max(1_000_000),
  bookmarks: z.array(bookmarkSchema).max(100_000),
  notes: z.array(noteSchema).max(100_000),
  highlights: z.array(highlightSchema).max(200_000),
  progress: z.array(progressSchema).max(100_000),
  settings: z.array(settingSchema).max(1_000),
  imported: z.array(importedSchema).max(10_000),
});

/** A backup of the given contents; row ids are dropped. */
export function buildBackup(
  contents: BackupContents,
  meta: { createdAt: string; userDbVersion: number; appVersion?: string },
): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: meta.createdAt,
    ...(meta.appVersion ? { appVersion: meta.appVersion } : {}),
    userDbVersion: meta.userDbVersion,
    bookmarks: contents.bookmarks.map((b) => ({
      targetId: b.targetId,
      position: b.position,
      label: b.label,
      tags: [...b.tags],
      createdAt: b.createdAt,
    })),
    notes: contents.notes.map((n) => ({
      targetId: n.targetId,
      body: n.body,
      createdAt: n.createdAt,
      updatedAt: n.updatedAt,
    })),
    highlights: contents.highlights.map((h) => ({
      targetId: h.targetId,
      colour: h.colour,
      note: h.note,
      anchor: {
        quote: { ...h.anchor.quote },
        position: { ...h.anchor.position },
      },
      createdAt: h.createdAt,
      updatedAt: h.updatedAt,
    })),
    progress: contents.progress.map((p) => ({ ...p })),
    settings: contents.settings.map((s) => ({ key: s.key, value: s.value })),
    imported: contents.imported.map((a) => ({ ...a })),
  };
}

/** The file's text: compact JSON (imported articles make it large enough as it is). */
export function serializeBackup(backup: Backup): string {
  return JSON.stringify(backup);
}

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; message: string };

const NOT_A_BACKUP = 'This file is not a Karabakh Reader backup.';

/** Reads a backup file. Never throws: anything wrong comes back as a message to show. */
export function parseBackup(source: Uint8Array | string): ParsedBackup {
  try {
    return parseUnsafe(source);
  } catch {
    return { ok: false, message: NOT_A_BACKUP };
  }
}

function parseUnsafe(source: Uint8Array | string): ParsedBackup {
  const size = typeof source === 'string' ? source.length : source.byteLength;
  if (size > MAX_BACKUP_BYTES) {
    const mb = Math.round(MAX_BACKUP_BYTES / 1024 / 1024);
    return { ok: false, message: `This file is too large to be a backup (over ${mb} MB).` };
  }
  const head =
    typeof source === 'string'
      ? new TextEncoder().encode(source.slice(0, 512))
      : source.subarray(0, 512);
  const kind = fileKind(head);
  if (kind)
    return { ok: false, message: `This file is not a Karabakh Reader backup: it is ${kind}.` };
  let textSource: string;
  if (typeof source === 'string') {
    textSource = source;
  } else {
    try {
      textSource = new TextDecoder('utf-8', { fatal: true }).decode(source);
    } catch {
      return { ok: false, message: `${NOT_A_BACKUP} It is not text.` };
    }
  }
  textSource = textSource.replace(/^\uFEFF/, '');
  if (!textSource.trim()) return { ok: false, message: 'This file is empty.' };
  let raw: unknown;
  try {
    raw = JSON.parse(textSource);
  } catch {
    return {
      ok: false,
      message: endsEarly(textSource)
        ? 'This file ends too early: it was probably cut short while copying.'
        : `${NOT_A_BACKUP} Its text is not JSON, the form a backup is written in.`,
    };
  }
  if (!isRecord(raw) || raw.format !== BACKUP_FORMAT) return { ok: false, message: NOT_A_BACKUP };
  const version = raw.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    return {
      ok: false,
      message:
        `This backup was made by a newer version of Karabakh Reader (backup version ${version}; ` +
        `this version reads up to ${BACKUP_VERSION}). Update the app to restore it.`,
    };
  }
  if (typeof version === 'number' && Number.isInteger(version) && version < BACKUP_VERSION) {
    return {
      ok: false,
      message:
        `This backup is in an old form (backup version ${version}) that this version of ` +
        `Karabakh Reader cannot read. Nothing was changed.`,
    };
  }
  // The input is reported so a message can quote a wrong item id.
  const result = backupSchema.safeParse(raw, { reportInput: true });
  if (!result.success) {
    const issue = result.error.issues[0];
    return {
      ok: false,
      message: issue
        ? `This backup was not read: ${issueSentence(issue)}`
        : 'This backup is damaged and was not read.',
    };
  }
  return { ok: true, backup: result.data as Backup };
}

/**
 * Whether JSON that did not parse is a backup cut short: it opens as an object and every
 * bracket it closes matches, but some are still open (or a string is) when the text ends.
 */
function endsEarly(text: string): boolean {
  const start = text.trimStart();
  if (!start.startsWith('{')) return false;
  const open: string[] = [];
  let inString = false;
  for (let i = 0; i < start.length; i++) {
    const c = start[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') open.push(c === '{' ? '}' : ']');
    else if (c === '}' || c === ']') {
      if (open.pop() !== c) return false;
      if (open.length === 0) return false;
    }
  }
  return inString || open.length > 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
