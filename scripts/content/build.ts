// The content build: load, validate, write. Also answers "is reader.db up to date?" so
// every command that needs the DB can build it first when it is missing or stale.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import initSqlJs from 'sql.js';
import { CONTENT_SCHEMA_VERSION, CONTENT_TABLES } from '../../renderer/db/content-schema';
import { ContentValidationError } from './errors';
import { loadContent, type RawCorpus } from './load';
import { CORPUS_RULES, validateCorpus, type ValidationRules } from './validate';
import { writeContentDb } from './write-db';

/** Bump when the build's output changes for the same input. */
export const BUILDER_VERSION = 4;

export function fingerprint(raw: Pick<RawCorpus, 'files'>): string {
  const hash = createHash('sha256');
  hash.update(`schema ${CONTENT_SCHEMA_VERSION} builder ${BUILDER_VERSION}\n${CONTENT_TABLES}\n`);
  for (const file of [...raw.files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    hash.update(`${file.path}\n${file.text.length}\n${file.text}\n`);
  }
  return hash.digest('hex');
}

/** Validates the corpus in `root`; throws ContentValidationError listing every problem. */
export function loadValidCorpus(root: string, rules: ValidationRules = CORPUS_RULES): RawCorpus {
  const { raw, problems } = loadContent(root);
  problems.push(...validateCorpus(raw, rules));
  if (problems.length) throw new ContentValidationError(problems);
  return raw;
}

export async function buildContentDb(
  root: string,
  rules: ValidationRules = CORPUS_RULES,
): Promise<{ bytes: Uint8Array; hash: string }> {
  const raw = loadValidCorpus(root, rules);
  const hash = fingerprint(raw);
  const SQL = await initSqlJs();
  return { bytes: writeContentDb(SQL, raw, hash), hash };
}

/** The fingerprint recorded in an existing reader.db, or null if it has none or is unreadable. */
export async function builtHash(dbPath: string): Promise<string | null> {
  if (!existsSync(dbPath)) return null;
  try {
    const SQL = await initSqlJs();
    const db = new SQL.Database(readFileSync(dbPath));
    try {
      const value = db.exec("SELECT value FROM meta WHERE key = 'content_hash'")[0]?.values[0]?.[0];
      return typeof value === 'string' ? value : null;
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

export type EnsureResult = { built: boolean; path: string; hash: string };

/** Builds `dbPath` from `root` unless it already holds exactly this content. */
export async function ensureContentDb(
  root: string,
  dbPath: string,
  rules: ValidationRules = CORPUS_RULES,
): Promise<EnsureResult> {
  const { raw } = loadContent(root);
  const current = fingerprint(raw);
  if ((await builtHash(dbPath)) === current) return { built: false, path: dbPath, hash: current };
  const { bytes, hash } = await buildContentDb(root, rules);
  const temp = `${dbPath}.tmp-${process.pid}`;
  writeFileSync(temp, bytes);
  renameSync(temp, dbPath);
  return { built: true, path: dbPath, hash };
}
