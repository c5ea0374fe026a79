// Writing the search index: one row per searchable document in search_docs (with what the
// filters need) and its text in the FTS4 table. The content build, the user index (notes and
// highlights) and the benchmarks all build it through these functions.
import type { Database } from 'sql.js';
import { foldAccents, skeleton, skeletons, wordsOf } from './spelling';
import type { SearchKind } from './types';

export const SEARCH_TABLES = `
CREATE TABLE search_docs (
  docid INTEGER PRIMARY KEY, item_id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
  target_id TEXT NOT NULL, date_start TEXT, date_end TEXT, category TEXT,
  topics TEXT NOT NULL DEFAULT '', places TEXT NOT NULL DEFAULT ''
);
CREATE VIRTUAL TABLE search_fts USING fts4 (
  title, summary, headings, body, extra, tokenize=unicode61 "remove_diacritics=2"
);
CREATE TABLE search_terms (
  term TEXT NOT NULL, skeleton TEXT NOT NULL, docs INTEGER NOT NULL, PRIMARY KEY (term, skeleton)
) WITHOUT ROWID;
CREATE INDEX search_terms_by_skeleton ON search_terms (skeleton);
CREATE TABLE search_names (
  key TEXT NOT NULL, place_id TEXT NOT NULL, words INTEGER NOT NULL, PRIMARY KEY (key, place_id)
) WITHOUT ROWID;
`;

/** The spelling key of a name: the skeletons of its words, joined by spaces. */
export function nameKey(words: readonly string[]): string {
  return words.map((w) => skeleton(w)).join(' ');
}

/** Every spelling key of a name, reading each ə both ways (see skeletons). */
export function nameKeys(words: readonly string[]): string[] {
  const a = words.map((w) => skeleton(w, 'a')).join(' ');
  const e = words.map((w) => skeleton(w, 'e')).join(' ');
  return a === e ? [a] : [a, e];
}

/**
 * Weights per FTS column, in table order: title above summary and an article's headings and
 * bold terms (a profile's name, a glossary entry) above the body; hidden extra words last.
 */
export const SEARCH_COLUMN_WEIGHTS = [10, 4, 4, 1, 2] as const;

/** Columns before this one are shown to the reader; extra is not. */
export const VISIBLE_SEARCH_COLUMNS = 4;

export interface SearchDocInput {
  /** Unique id of the hit: an item id, or 'note:<id>' and the like. */
  itemId: string;
  kind: SearchKind;
  /** The article or event the hit opens; the item itself for articles and events. */
  targetId?: string;
  title: string;
  summary: string;
  /** Section headings and bold terms of an article. */
  headings?: string;
  body: string;
  /** Words that find the item without being shown: dates, actors, every name of its place. */
  extra: string;
  dateStart?: string | null;
  dateEnd?: string | null;
  category?: string | null;
  topics?: readonly string[];
  places?: readonly string[];
}

/** '|a|b|', so one instr() finds a whole value. */
export function packList(values: readonly string[] | undefined): string {
  return values?.length ? `|${values.join('|')}|` : '';
}

export function addSearchDocs(db: Database, docs: Iterable<SearchDocInput>): number {
  const first =
    Number(db.exec('SELECT coalesce(max(docid), 0) FROM search_docs')[0]?.values[0]?.[0] ?? 0) + 1;
  let docid = first;
  const meta = db.prepare('INSERT INTO search_docs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const text = db.prepare(
    'INSERT INTO search_fts (docid, title, summary, headings, body, extra) VALUES (?, ?, ?, ?, ?, ?)',
  );
  try {
    for (const d of docs) {
      meta.run([
        docid,
        d.itemId,
        d.kind,
        d.targetId ?? d.itemId,
        d.dateStart ?? null,
        d.dateEnd ?? d.dateStart ?? null,
        d.category ?? null,
        packList(d.topics),
        packList(d.places),
      ]);
      text.run([docid, d.title, d.summary, d.headings ?? '', d.body, d.extra]);
      docid++;
    }
  } finally {
    meta.free();
    text.free();
  }
  return docid - first;
}

/**
 * Merges the index into one segment and records the vocabulary with each word's spelling
 * skeleton, so a query in one transliteration finds the others.
 */
export function finishSearchIndex(db: Database): void {
  db.run("INSERT INTO search_fts (search_fts) VALUES ('optimize')");
  db.run('DELETE FROM search_terms');
  db.run('CREATE VIRTUAL TABLE temp.search_vocab USING fts4aux(main, search_fts)');
  try {
    const rows = db.exec(
      "SELECT term, documents FROM temp.search_vocab WHERE col = '*' AND length(term) >= 4",
    )[0]?.values;
    const insert = db.prepare('INSERT INTO search_terms VALUES (?, ?, ?)');
    try {
      for (const [term, docs] of rows ?? []) {
        const t = String(term);
        if (/^\d+$/.test(t)) continue;
        for (const key of skeletons(t)) insert.run([t, key, Number(docs)]);
      }
    } finally {
      insert.free();
    }
  } finally {
    db.run('DROP TABLE temp.search_vocab');
  }
  writeNameKeys(db);
}

/**
 * Every gazetteer name under its spelling key, as written and with accents folded
 * (Şuşa → "shusha" and "susa"), so any of them typed finds the place.
 */
function writeNameKeys(db: Database): void {
  db.run('DELETE FROM search_names');
  const hasPlaces = db.exec("SELECT 1 FROM sqlite_master WHERE name = 'place_names'").length > 0;
  if (!hasPlaces) return;
  const rows = db.exec('SELECT place_id, name FROM place_names')[0]?.values ?? [];
  const insert = db.prepare('INSERT OR IGNORE INTO search_names VALUES (?, ?, ?)');
  try {
    for (const [placeId, name] of rows) {
      for (const words of [wordsOf(String(name)), wordsOf(foldAccents(String(name)))]) {
        for (const key of words.length ? nameKeys(words) : []) {
          insert.run([key, String(placeId), words.length]);
        }
      }
    }
  } finally {
    insert.free();
  }
}
