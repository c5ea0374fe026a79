// Builds the small test corpus in tests/fixtures/content once per test file and opens it
// with real sql.js.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import type { NewImportedArticle } from '../../renderer/db/types';
import { Library } from '../../renderer/db/library';
import { buildContentDb, loadValidCorpus } from '../../scripts/content/build';
import { ContentValidationError } from '../../scripts/content/errors';
import type { ValidationRules } from '../../scripts/content/validate';
import { CONTENT_ROOT } from '../../scripts/paths';

export const FIXTURE_CONTENT = resolve(import.meta.dirname, '../fixtures/content');

/** The test corpus is small: its one article is far shorter than a real explainer. */
export const FIXTURE_RULES: ValidationRules = { articleWords: { min: 20, max: 2000 } };

let sql: Promise<SqlJsStatic> | null = null;
export const getSql = () => (sql ??= initSqlJs());

let built: Promise<Uint8Array> | null = null;
export function fixtureDbBytes(): Promise<Uint8Array> {
  built ??= buildContentDb(FIXTURE_CONTENT, FIXTURE_RULES).then((r) => r.bytes);
  return built;
}

export async function openFixtureLibrary(user: Uint8Array | null = null, clock?: () => string) {
  return Library.open(await getSql(), {
    content: await fixtureDbBytes(),
    contentPath: '/test/reader.db',
    user,
    clock,
  });
}

/** A writable copy of the fixture corpus in a temp folder, for tests that break it. */
export function copyFixtureContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kr-content-'));
  cpSync(FIXTURE_CONTENT, dir, { recursive: true });
  return dir;
}

export function tempDir(prefix = 'kr-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The real bundled library, built from resources/content, with an empty user DB. */
export async function openBundledLibrary(): Promise<Library> {
  const { bytes } = await buildContentDb(CONTENT_ROOT);
  return Library.open(await getSql(), { content: bytes, contentPath: 'reader.db', user: null });
}

/** The validation problems the content build reports for a corpus folder, one per line. */
export function corpusProblems(root: string): string[] {
  try {
    loadValidCorpus(root, FIXTURE_RULES);
  } catch (error) {
    if (error instanceof ContentValidationError)
      return error.message
        .split('\n')
        .slice(1)
        .map((line) => line.trim());
    throw error;
  }
  return [];
}

/** A clock that moves one second per reading, so every change has its own time. */
export function steppingClock(start = Date.parse('2024-03-01T10:00:00.000Z')) {
  let t = start;
  return () => new Date((t += 1000)).toISOString();
}

/** A small saved page, as the import pipeline would hand it to the library. */
export function importedArticle(title: string): NewImportedArticle {
  const text = `${title}. A saved page about the reservoir and the pipeline to Millbrook.`;
  return {
    title,
    author: 'A. Writer',
    published: '2024-05-01',
    sourceUrl: 'https://example.org/page',
    fileName: `${title}.html`,
    format: 'html',
    html: `<p>${text}</p>`,
    text,
    anchorText: text,
    words: text.split(/\s+/).length,
    contentHash: createHash('sha256').update(text).digest('hex'),
  };
}
