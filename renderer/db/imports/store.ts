// The reader's imported articles: their own saved pages, Markdown, text and EPUBs, kept in a
// database file of their own (imports.db) beside the user DB. Saving a note never rewrites
// this file, and a new release of the bundled library never touches it. Rows are found by a
// stable id made from the content hash, so notes and highlights stay attached across a
// backup and restore. The file holds its own search index, kept current article by article,
// so opening the app never re-indexes what was imported.
import type { Database } from 'sql.js';
import { migrate } from '../user/migrations';
import type { Migration } from '../user/migrations/types';
import { addSearchDocs, SEARCH_TABLES, type SearchDocInput } from '../search-index';
import { all, num, one, str, strOrNull, type Row } from '../sql';
import type { ImportedArticle, ImportedSummary, NewImportedArticle } from '../types';
import { UserInputError, type Clock } from '../user/store';

export const IMPORTS_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'imported articles',
    up(db) {
      db.run(`
        CREATE TABLE imported_articles (
          id TEXT PRIMARY KEY,
          content_hash TEXT NOT NULL UNIQUE,
          title TEXT NOT NULL,
          author TEXT,
          published TEXT,
          source_url TEXT,
          file_name TEXT,
          format TEXT NOT NULL,
          html TEXT NOT NULL,
          text TEXT NOT NULL,
          anchor_text TEXT NOT NULL,
          words INTEGER NOT NULL,
          imported_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
      `);
      db.run(SEARCH_TABLES);
    },
  },
];

const MAX_TITLE = 500;
const MAX_FIELD = 2_000;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const HASH = /^[0-9a-f]{64}$/;

/** The id an imported article gets: the same file always gets the same id. */
export function importedId(contentHash: string): string {
  return `imported:${contentHash.slice(0, 16)}`;
}

export type AddOutcome =
  { status: 'added'; article: ImportedSummary } | { status: 'duplicate'; article: ImportedSummary };

export interface ImportedEdit {
  title?: string;
  author?: string | null;
  published?: string | null;
  sourceUrl?: string | null;
}

export class ImportStore {
  constructor(
    readonly db: Database,
    private readonly now: Clock,
  ) {
    migrate(db, IMPORTS_MIGRATIONS);
  }

  list(): ImportedSummary[] {
    return all(
      this.db,
      `SELECT id, title, author, published, source_url, file_name, format, words, imported_at,
              updated_at FROM imported_articles ORDER BY imported_at DESC, title`,
    ).map(toSummary);
  }

  get(id: string): ImportedArticle | null {
    const row = one(this.db, 'SELECT * FROM imported_articles WHERE id = ?', [id]);
    return row ? toArticle(row) : null;
  }

  /** The body's text as the page's textContent gives it: highlights are offsets into it. */
  anchorText(id: string): string | null {
    const row = one(this.db, 'SELECT anchor_text FROM imported_articles WHERE id = ?', [id]);
    return row ? str(row.anchor_text) : null;
  }

  /** Just the title, for lists of notes and highlights (the body is not read). */
  titleOf(id: string): string | null {
    const row = one(this.db, 'SELECT title FROM imported_articles WHERE id = ?', [id]);
    return row ? str(row.title) : null;
  }

  count(): number {
    return num(one(this.db, 'SELECT count(*) AS n FROM imported_articles')?.n);
  }

  /** Adds an article, or names the one already imported with the same content. */
  add(input: NewImportedArticle): AddOutcome {
    if (!HASH.test(input.contentHash)) throw new UserInputError('The content hash is malformed.');
    const existing = one(
      this.db,
      `SELECT id, title, author, published, source_url, file_name, format, words, imported_at,
              updated_at FROM imported_articles WHERE content_hash = ?`,
      [input.contentHash],
    );
    if (existing) return { status: 'duplicate', article: toSummary(existing) };
    const at = this.now();
    const id = importedId(input.contentHash);
    this.db.run(
      `INSERT INTO imported_articles (id, content_hash, title, author, published, source_url,
         file_name, format, html, text, anchor_text, words, imported_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        id,
        input.contentHash,
        cleanTitle(input.title),
        cleanField(input.author),
        cleanDate(input.published),
        cleanUrl(input.sourceUrl),
        cleanField(input.fileName),
        input.format,
        input.html,
        input.text,
        input.anchorText,
        Math.max(0, Math.round(input.words)),
        at,
        at,
      ],
    );
    this.index(id);
    return { status: 'added', article: toSummary(this.summaryRow(id)!) };
  }

  /** Changes the title, author, date or source; returns the article as it now is. */
  update(id: string, edit: ImportedEdit): ImportedSummary | null {
    const current = this.get(id);
    if (!current) return null;
    const next = {
      title: edit.title !== undefined ? cleanTitle(edit.title) : current.title,
      author: edit.author !== undefined ? cleanField(edit.author) : current.author,
      published: edit.published !== undefined ? checkDate(edit.published) : current.published,
      sourceUrl: edit.sourceUrl !== undefined ? checkUrl(edit.sourceUrl) : current.sourceUrl,
    };
    this.db.run(
      `UPDATE imported_articles SET title = ?, author = ?, published = ?, source_url = ?,
         updated_at = ? WHERE id = ?`,
      [next.title, next.author, next.published, next.sourceUrl, this.now(), id],
    );
    this.unindex(id);
    this.index(id);
    return toSummary(this.summaryRow(id)!);
  }

  /** Deletes an article and hands it back, so the screen can offer Undo. */
  remove(id: string): ImportedArticle | null {
    const article = this.get(id);
    if (article) {
      this.db.run('DELETE FROM imported_articles WHERE id = ?', [id]);
      this.unindex(id);
    }
    return article;
  }

  /** Puts back an article removed (Undo) or one from a backup; a duplicate is left alone. */
  restore(article: ImportedArticle): boolean {
    if (!HASH.test(article.contentHash)) throw new UserInputError('The content hash is malformed.');
    const clash = one(
      this.db,
      'SELECT id FROM imported_articles WHERE id = ? OR content_hash = ?',
      [article.id, article.contentHash],
    );
    if (clash) return false;
    this.db.run(
      `INSERT INTO imported_articles (id, content_hash, title, author, published, source_url,
         file_name, format, html, text, anchor_text, words, imported_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        article.id,
        article.contentHash,
        cleanTitle(article.title),
        cleanField(article.author),
        cleanDate(article.published),
        cleanUrl(article.sourceUrl),
        cleanField(article.fileName),
        article.format,
        article.html,
        article.text,
        article.anchorText,
        Math.max(0, Math.round(article.words)),
        article.importedAt,
        article.updatedAt,
      ],
    );
    this.index(article.id);
    return true;
  }

  /** Every article with its body, for a backup. */
  listFull(): ImportedArticle[] {
    return all(this.db, 'SELECT * FROM imported_articles ORDER BY imported_at, id').map(toArticle);
  }

  export(): Uint8Array {
    return this.db.export();
  }

  /** Adds an article's search document (the caller has just written its row). */
  private index(id: string): void {
    const a = this.get(id);
    if (!a) return;
    const doc: SearchDocInput = {
      itemId: a.id,
      kind: 'imported',
      targetId: a.id,
      title: a.title,
      summary: a.author ?? '',
      body: a.text,
      extra: [a.fileName, a.published].filter(Boolean).join(' '),
      dateStart: a.published,
      dateEnd: null,
    };
    addSearchDocs(this.db, [doc]);
  }

  private unindex(id: string): void {
    for (const row of all(this.db, 'SELECT docid FROM search_docs WHERE item_id = ?', [id])) {
      this.db.run('DELETE FROM search_fts WHERE docid = ?', [row.docid ?? null]);
      this.db.run('DELETE FROM search_docs WHERE docid = ?', [row.docid ?? null]);
    }
  }

  private summaryRow(id: string): Row | undefined {
    return one(
      this.db,
      `SELECT id, title, author, published, source_url, file_name, format, words, imported_at,
              updated_at FROM imported_articles WHERE id = ?`,
      [id],
    );
  }
}

function toSummary(row: Row): ImportedSummary {
  return {
    id: str(row.id),
    title: str(row.title),
    author: strOrNull(row.author),
    published: strOrNull(row.published),
    sourceUrl: strOrNull(row.source_url),
    fileName: strOrNull(row.file_name),
    format: str(row.format),
    words: num(row.words),
    importedAt: str(row.imported_at),
    updatedAt: str(row.updated_at),
  };
}

function toArticle(row: Row): ImportedArticle {
  return {
    ...toSummary(row),
    contentHash: str(row.content_hash),
    html: str(row.html),
    text: str(row.text),
    anchorText: str(row.anchor_text),
  };
}

function cleanTitle(title: string): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (!clean) throw new UserInputError('The title cannot be empty.');
  if (clean.length > MAX_TITLE)
    throw new UserInputError(`The title is longer than ${MAX_TITLE} characters.`);
  return clean;
}

function cleanField(value: string | null | undefined): string | null {
  const clean = (value ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_FIELD);
  return clean || null;
}

/** From the importer: an unusable date is dropped rather than refused. */
function cleanDate(value: string | null | undefined): string | null {
  const clean = (value ?? '').trim();
  return DATE.test(clean) ? clean : null;
}

/** From the reader's edit: an unusable date is refused with the reason. */
function checkDate(value: string | null): string | null {
  const clean = (value ?? '').trim();
  if (!clean) return null;
  if (!DATE.test(clean) || Number.isNaN(Date.parse(clean.length === 4 ? `${clean}-01-01` : clean)))
    throw new UserInputError(`"${clean}" is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD.`);
  return clean;
}

function cleanUrl(value: string | null | undefined): string | null {
  const clean = (value ?? '').trim();
  return /^https?:\/\/\S+$/i.test(clean) && clean.length <= MAX_FIELD ? clean : null;
}

function checkUrl(value: string | null): string | null {
  const clean = (value ?? '').trim();
  if (!clean) return null;
  const url = cleanUrl(clean);
  if (!url)
    throw new UserInputError('The source must be a web address starting with http:// or https://.');
  return url;
}
