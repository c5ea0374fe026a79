// The engines compared, each behind one small interface: build an index from the documents,
// answer one benchmark query with the ids of its top 20 hits, say how big the index is.
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { Document } from 'flexsearch';
import type { Database, SqlJsStatic } from 'sql.js';
import { CONTENT_TABLES } from '../renderer/db/content-schema';
import { bm25, searchContent } from '../renderer/db/search';
import {
  addSearchDocs,
  finishSearchIndex,
  SEARCH_COLUMN_WEIGHTS,
  SEARCH_TABLES,
  type SearchDocInput,
} from '../renderer/db/search-index';
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../renderer/db/types';
import { matchExpression, typedQuery, type BenchDoc, type BenchQuery } from './corpus';

export const TOP = 20;

export type EngineId =
  'ours' | 'sqljs-bare' | 'minisearch' | 'flexsearch' | 'native-fts4' | 'native-fts5';

export const ENGINE_LABELS: Record<EngineId, string> = {
  ours: 'ours (sql.js, searchContent)',
  'sqljs-bare': 'sql.js, bare FTS4 SQL',
  minisearch: 'MiniSearch 7.2.0',
  flexsearch: 'FlexSearch 0.8.212',
  'native-fts4': 'better-sqlite3 FTS4',
  'native-fts5': 'better-sqlite3 FTS5',
};

export interface Engine {
  /** Builds the index; `progress` is called now and then with the documents done. */
  build(docs: BenchDoc[], progress: (done: number) => void): void;
  query(q: BenchQuery): string[];
  /**
   * Bytes of the index as it would be stored; `partial` hears running totals, for engines
   * whose serialization can fail on a large index.
   */
  size(partial?: (bytesSoFar: number) => void): number;
  close(): void;
}

export const toSearchDoc = (d: BenchDoc): SearchDocInput => ({
  itemId: d.id,
  kind: 'article',
  title: d.title,
  summary: d.summary,
  body: d.body,
  extra: '',
});

function* searchDocs(
  docs: BenchDoc[],
  progress: (done: number) => void,
): Generator<SearchDocInput> {
  for (let i = 0; i < docs.length; i++) {
    if (i % 2_500 === 0) progress(i);
    yield toSearchDoc(docs[i]!);
  }
  progress(docs.length);
}

/** The gazetteer rows of the bundled DB, so name lookups in the query cost what they do in the app. */
export interface Gazetteer {
  places: unknown[][];
  placeNames: unknown[][];
}

export function readGazetteer(SQL: SqlJsStatic, bundledDb: string): Gazetteer {
  const db = new SQL.Database(readFileSync(bundledDb));
  try {
    return {
      places: (db.exec('SELECT * FROM places ORDER BY id')[0]?.values ?? []) as unknown[][],
      placeNames: (db.exec('SELECT * FROM place_names ORDER BY place_id, name, lang')[0]?.values ??
        []) as unknown[][],
    };
  } finally {
    db.close();
  }
}

export function writeGazetteer(db: Database, gazetteer: Gazetteer): void {
  const insertRows = (table: string, rows: unknown[][]) => {
    if (!rows.length) return;
    const stmt = db.prepare(`INSERT INTO ${table} VALUES (${rows[0]!.map(() => '?').join(', ')})`);
    try {
      for (const row of rows) stmt.run(row as (string | number | null)[]);
    } finally {
      stmt.free();
    }
  };
  insertRows('places', gazetteer.places);
  insertRows('place_names', gazetteer.placeNames);
}

/**
 * The app's own index, built the way the content build builds it: content tables, one
 * transaction of search documents, finishSearchIndex (optimize, vocabulary, name keys), VACUUM.
 */
export class OursEngine implements Engine {
  db: Database;

  constructor(
    SQL: SqlJsStatic,
    private readonly gazetteer: Gazetteer,
  ) {
    this.db = new SQL.Database();
  }

  build(docs: BenchDoc[], progress: (done: number) => void): void {
    const db = this.db;
    db.run('PRAGMA page_size = 4096');
    db.run('PRAGMA journal_mode = OFF');
    db.run(CONTENT_TABLES);
    db.run('BEGIN');
    writeGazetteer(db, this.gazetteer);
    addSearchDocs(db, searchDocs(docs, progress));
    db.run('COMMIT');
    finishSearchIndex(db);
    db.run('VACUUM');
  }

  query(q: BenchQuery): string[] {
    const r = searchContent(this.db, typedQuery(q), { limit: TOP });
    return Array.isArray(r) ? r.map((h: { id: string }) => h.id) : r.hits.map((h) => h.id);
  }

  size(): number {
    // export() closes and reopens the database (functions and statements are lost), so this
    // runs last.
    return this.db.export().length;
  }

  close(): void {
    this.db.close();
  }
}

/** The two statements a minimal FTS4 search needs: rank the matches, then describe the top. */
const FTS4_RANK = `SELECT f.docid AS docid, kr_rank(matchinfo(search_fts, 'pcnalx')) AS score
  FROM search_fts f WHERE search_fts MATCH ? ORDER BY score DESC, f.docid LIMIT ${TOP}`;
const fts4Describe = (n: number) =>
  `SELECT f.docid AS docid, d.item_id AS id, f.title AS title,
          snippet(search_fts, ?, ?, '…', -1, 24) AS snippet
   FROM search_fts f CROSS JOIN search_docs d ON d.docid = f.docid
   WHERE search_fts MATCH ? AND f.docid IN (${Array(n).fill('?').join(',')})`;

function orderById(ranked: number[], rows: { docid: number; id: string }[]): string[] {
  const byDocid = new Map(rows.map((r) => [r.docid, r.id]));
  return ranked.flatMap((d) => {
    const id = byDocid.get(d);
    return id === undefined ? [] : [id];
  });
}

/** The same index as ours, queried with the same two statements as native FTS4. */
export class SqlJsBareEngine {
  constructor(private readonly db: Database) {
    db.create_function('kr_rank', (blob: unknown) =>
      blob instanceof Uint8Array ? bm25(blob, SEARCH_COLUMN_WEIGHTS) : 0,
    );
  }

  query(q: BenchQuery): string[] {
    const expression = matchExpression(q);
    const ranked = (this.db.exec(FTS4_RANK, [expression])[0]?.values ?? []).map((r) =>
      Number(r[0]),
    );
    if (!ranked.length) return [];
    const rows = (
      this.db.exec(fts4Describe(ranked.length), [
        SNIPPET_OPEN,
        SNIPPET_CLOSE,
        expression,
        ...ranked,
      ])[0]?.values ?? []
    ).map((r) => ({ docid: Number(r[0]), id: String(r[1]) }));
    return orderById(ranked, rows);
  }
}

export class MiniSearchEngine implements Engine {
  private index = new MiniSearch<BenchDoc>({
    fields: ['title', 'summary', 'body'],
    idField: 'id',
    searchOptions: { boost: { title: 10, summary: 4 }, combineWith: 'AND' },
  });

  build(docs: BenchDoc[], progress: (done: number) => void): void {
    for (let i = 0; i < docs.length; i += 2_500) {
      progress(i);
      this.index.addAll(docs.slice(i, i + 2_500));
    }
    progress(docs.length);
  }

  query(q: BenchQuery): string[] {
    // No phrase operator: a phrase runs as its words, all required (a superset of the phrase).
    const results = this.index.search(q.words.join(' '), {
      prefix: q.cls === 'prefix',
      combineWith: 'AND',
    });
    return results.slice(0, TOP).map((r) => String(r.id));
  }

  size(): number {
    return jsonLength(this.index.toJSON());
  }

  close(): void {
    this.index.removeAll();
  }
}

export class FlexSearchEngine implements Engine {
  // 'forward' so a word being typed finds its completions, as the app's search does. Numeric
  // ids (FlexSearch's own recommendation) keep the index and its export small; they are
  // mapped back to item ids after the search.
  private index = new Document({
    document: { id: 'id', index: ['title', 'summary', 'body'] },
    tokenize: 'forward',
  });
  private ids: string[] = [];

  build(docs: BenchDoc[], progress: (done: number) => void): void {
    docs.forEach((d, i) => {
      if (i % 2_500 === 0) progress(i);
      this.ids.push(d.id);
      this.index.add({ id: i, title: d.title, summary: d.summary, body: d.body });
    });
    progress(docs.length);
  }

  query(q: BenchQuery): string[] {
    // Words are AND-ed within a field; no phrase operator; fields merged into one list.
    const results = this.index.search(q.words.join(' '), {
      limit: TOP,
      merge: true,
    }) as unknown as {
      id: number;
    }[];
    return results.slice(0, TOP).map((r) => this.ids[Number(r.id)] ?? String(r.id));
  }

  size(partial?: (bytesSoFar: number) => void): number {
    let bytes = 0;
    this.index.export((key: string, data: string) => {
      bytes += key.length + (data?.length ?? 0);
      partial?.(bytes);
    });
    return bytes;
  }

  close(): void {
    this.index.clear();
  }
}

// ---------------------------------------------------------------------------------------------
// better-sqlite3 (native SQLite), through a minimal typed view of its API

interface NativeStatement {
  run(...params: unknown[]): unknown;
  all(...params: unknown[]): Record<string, unknown>[];
  raw(on?: boolean): NativeStatement;
}

export interface NativeDatabase {
  exec(sql: string): void;
  prepare(sql: string): NativeStatement;
  pragma(sql: string): unknown;
  function(
    name: string,
    options: { deterministic?: boolean },
    fn: (...args: unknown[]) => unknown,
  ): void;
  transaction<T extends (...args: never[]) => unknown>(fn: T): T;
  close(): void;
}

type NativeConstructor = new (path: string) => NativeDatabase;

export function loadNative(): NativeConstructor {
  const require = createRequire(import.meta.url);
  return require('better-sqlite3') as NativeConstructor;
}

export function nativeSqliteVersion(): string {
  const Native = loadNative();
  const db = new Native(':memory:');
  try {
    return String(db.prepare('SELECT sqlite_version() AS v').all()[0]?.v);
  } finally {
    db.close();
  }
}

abstract class NativeEngine implements Engine {
  protected db: NativeDatabase;

  constructor(protected readonly file: string) {
    mkdirSync(join(file, '..'), { recursive: true });
    rmSync(file, { force: true });
    this.db = new (loadNative())(file);
    this.db.pragma('page_size = 4096');
    this.db.pragma('journal_mode = OFF');
    this.db.pragma('synchronous = OFF');
  }

  abstract build(docs: BenchDoc[], progress: (done: number) => void): void;
  abstract query(q: BenchQuery): string[];

  size(): number {
    return statSync(this.file).size;
  }

  close(): void {
    this.db.close();
    rmSync(this.file, { force: true });
  }

  protected insertDocs(docs: BenchDoc[], textTable: string, progress: (done: number) => void) {
    const meta = this.db.prepare(
      "INSERT INTO search_docs (docid, item_id, kind, target_id) VALUES (?, ?, 'article', ?)",
    );
    const text = this.db.prepare(
      `INSERT INTO ${textTable} (rowid, title, summary, body, extra) VALUES (?, ?, ?, ?, '')`,
    );
    const insertAll = this.db.transaction(() => {
      docs.forEach((d, i) => {
        if (i % 2_500 === 0) progress(i);
        meta.run(i + 1, d.id, d.id);
        text.run(i + 1, d.title, d.summary, d.body);
      });
    });
    insertAll();
    progress(docs.length);
  }
}

/** Native FTS4 with the app's schema, the app's BM25 (a JS function over matchinfo) and SQL. */
export class NativeFts4Engine extends NativeEngine {
  private rank!: NativeStatement;

  build(docs: BenchDoc[], progress: (done: number) => void): void {
    this.db.exec(SEARCH_TABLES);
    this.insertDocs(docs, 'search_fts', progress);
    this.db.exec("INSERT INTO search_fts (search_fts) VALUES ('optimize')");
    // The vocabulary table as finishSearchIndex fills it, so the files hold the same tables.
    this.db.exec(`CREATE VIRTUAL TABLE temp.search_vocab USING fts4aux(main, search_fts);
      INSERT INTO search_terms SELECT term, term, documents FROM temp.search_vocab
        WHERE col = '*' AND length(term) >= 4;
      DROP TABLE temp.search_vocab;`);
    this.db.exec('VACUUM');
    this.prepare();
  }

  private prepare(): void {
    this.db.function('kr_rank', { deterministic: true }, (blob: unknown) =>
      blob instanceof Uint8Array ? bm25(blob, SEARCH_COLUMN_WEIGHTS) : 0,
    );
    this.rank = this.db.prepare(FTS4_RANK).raw(true);
  }

  query(q: BenchQuery): string[] {
    const expression = matchExpression(q);
    const ranked = (this.rank.all(expression) as unknown as unknown[][]).map((r) => Number(r[0]));
    if (!ranked.length) return [];
    const rows = this.db
      .prepare(fts4Describe(ranked.length))
      .all(SNIPPET_OPEN, SNIPPET_CLOSE, expression, ...ranked)
      .map((r) => ({ docid: Number(r.docid), id: String(r.id) }));
    return orderById(ranked, rows);
  }
}

/** Native FTS5 with its built-in bm25() and the same column weights. */
export class NativeFts5Engine extends NativeEngine {
  private rank!: NativeStatement;

  build(docs: BenchDoc[], progress: (done: number) => void): void {
    this.db.exec(`CREATE TABLE search_docs (
        docid INTEGER PRIMARY KEY, item_id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
        target_id TEXT NOT NULL);
      CREATE VIRTUAL TABLE search_fts5 USING fts5 (
        title, summary, body, extra, tokenize = 'unicode61 remove_diacritics 2');`);
    this.insertDocs(docs, 'search_fts5', progress);
    this.db.exec("INSERT INTO search_fts5 (search_fts5) VALUES ('optimize')");
    this.db.exec('VACUUM');
    const [title, summary, body, extra] = SEARCH_COLUMN_WEIGHTS;
    this.rank = this.db
      .prepare(
        `SELECT rowid AS docid, bm25(search_fts5, ${title}, ${summary}, ${body}, ${extra}) AS score
         FROM search_fts5 WHERE search_fts5 MATCH ? ORDER BY score, rowid LIMIT ${TOP}`,
      )
      .raw(true);
  }

  query(q: BenchQuery): string[] {
    const expression = matchExpression(q);
    const ranked = (this.rank.all(expression) as unknown as unknown[][]).map((r) => Number(r[0]));
    if (!ranked.length) return [];
    const rows = this.db
      .prepare(
        `SELECT f.rowid AS docid, d.item_id AS id, f.title AS title,
                snippet(search_fts5, -1, ?, ?, '…', 24) AS snippet
         FROM search_fts5 f CROSS JOIN search_docs d ON d.docid = f.rowid
         WHERE search_fts5 MATCH ? AND f.rowid IN (${ranked.map(() => '?').join(',')})`,
      )
      .all(SNIPPET_OPEN, SNIPPET_CLOSE, expression, ...ranked)
      .map((r) => ({ docid: Number(r.docid), id: String(r.id) }));
    return orderById(ranked, rows);
  }
}

/**
 * Length of JSON.stringify(value) without building the whole string (a large index can pass
 * the engine's maximum string length); arrays and objects are measured item by item.
 */
export function jsonLength(value: unknown, depth = 0): number {
  if (depth > 3 || value === null || typeof value !== 'object') {
    return JSON.stringify(value)?.length ?? 0;
  }
  if (Array.isArray(value)) {
    let n = 2 + Math.max(0, value.length - 1);
    for (const item of value) n += item === undefined ? 4 : jsonLength(item, depth + 1);
    return n;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, v]) => v !== undefined && typeof v !== 'function',
  );
  let n = 2 + Math.max(0, entries.length - 1);
  for (const [k, v] of entries) n += JSON.stringify(k).length + 1 + jsonLength(v, depth + 1);
  return n;
}
