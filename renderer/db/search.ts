// Full-text search over the content DB: turns what a person typed into a safe FTS4 query,
// ranks with BM25 computed from matchinfo, and returns marked snippets.
import type { Database } from 'sql.js';
import { SEARCH_COLUMN_WEIGHTS } from './content-schema';
import { all, num, str } from './sql';
import { SNIPPET_CLOSE, SNIPPET_OPEN, type ItemKind, type SearchHit } from './types';

const MAX_TERMS = 24;
const MAX_INPUT = 2_000;
const K1 = 1.2;
const B = 0.75;

/**
 * Builds an FTS4 MATCH expression from free text, or null when nothing searchable is left.
 * Only letters and digits reach the engine, each term quoted, so no input can form an
 * operator or a syntax error by accident. What a reader may use on purpose:
 * - words, all of which must match; the last word, while still being typed, matches as a prefix;
 * - "quoted text" and hyphenated-words as phrases (an unclosed quote runs to the end);
 * - OR between two terms (in capitals, as in most search boxes);
 * - -word, -"a phrase" or NOT word to leave out results that have it.
 */
export function toMatchExpression(input: string): string | null {
  const text = input.slice(0, MAX_INPUT).normalize('NFKC');
  const typingLast = !/\s$/.test(text) && !text.trimEnd().endsWith('"');
  const tokens = [...text.matchAll(/(-?)"([^"]*)"?|(\S+)/g)];
  const groups: string[][] = [];
  const excluded: string[] = [];
  let pendingOr = false;
  let pendingNot = false;
  let count = 0;
  tokens.forEach((token, index) => {
    const [, minus, quotedText, bare] = token;
    if (bare === 'OR') {
      pendingOr = groups.length > 0;
      return;
    }
    if (bare === 'NOT') {
      pendingNot = true;
      return;
    }
    const negated = pendingNot || minus === '-' || (bare !== undefined && bare.startsWith('-'));
    const words = wordsOf(quotedText ?? bare ?? '');
    pendingNot = false;
    if (!words.length || count >= MAX_TERMS) return;
    count++;
    const isLast = index === tokens.length - 1;
    let term: string;
    if (quotedText !== undefined || words.length > 1) term = `"${words.join(' ')}"`;
    else if (isLast && typingLast && !negated && words[0]!.length >= 2) term = `${words[0]}*`;
    else term = `"${words[0]}"`;
    if (negated) {
      if (!excluded.includes(term)) excluded.push(term);
    } else if (pendingOr) {
      groups[groups.length - 1]!.push(term);
    } else if (!groups.some((g) => g.length === 1 && g[0] === term)) {
      groups.push([term]);
    }
    pendingOr = false;
  });
  if (!groups.length) return null;
  const positive = groups.map((g) => (g.length > 1 ? `(${g.join(' OR ')})` : g[0])).join(' ');
  if (!excluded.length) return positive;
  const base = groups.length === 1 && groups[0]!.length > 1 ? positive : `(${positive})`;
  return `${base}${excluded.map((t) => ` NOT ${t}`).join('')}`;
}

function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? []).slice(0, MAX_TERMS);
}

/** Okapi BM25 over the 'pcnalx' matchinfo blob, with a weight per column. */
export function bm25(matchinfo: Uint8Array, weights: readonly number[]): number {
  const view = new DataView(matchinfo.buffer, matchinfo.byteOffset, matchinfo.byteLength);
  const at = (i: number) => view.getUint32(i * 4, true);
  const phrases = at(0);
  const columns = at(1);
  const rows = at(2);
  const avgOffset = 3;
  const lenOffset = avgOffset + columns;
  const hitsOffset = lenOffset + columns;
  let score = 0;
  for (let p = 0; p < phrases; p++) {
    for (let c = 0; c < columns; c++) {
      const base = hitsOffset + 3 * (p * columns + c);
      const tf = at(base);
      if (tf === 0) continue;
      const docsWithHit = at(base + 2);
      const idf = Math.log(1 + (rows - docsWithHit + 0.5) / (docsWithHit + 0.5));
      const avg = at(avgOffset + c) || 1;
      const len = at(lenOffset + c);
      const norm = tf + K1 * (1 - B + (B * len) / avg);
      score += (weights[c] ?? 1) * idf * ((tf * (K1 + 1)) / norm);
    }
  }
  return score;
}

const registered = new WeakSet<Database>();

function ensureRankFunction(db: Database): void {
  if (registered.has(db)) return;
  db.create_function('kr_rank', (blob: unknown) =>
    blob instanceof Uint8Array ? bm25(blob, SEARCH_COLUMN_WEIGHTS) : 0,
  );
  registered.add(db);
}

export interface SearchOptions {
  kind?: ItemKind;
  limit?: number;
}

export function searchContent(
  db: Database,
  query: string,
  options: SearchOptions = {},
): SearchHit[] {
  const expression = toMatchExpression(query);
  if (!expression) return [];
  ensureRankFunction(db);
  const limit = Math.max(1, Math.min(options.limit ?? 50, 500));
  const params: (string | number)[] = [SNIPPET_OPEN, SNIPPET_CLOSE, expression];
  let kindFilter = '';
  if (options.kind) {
    kindFilter = 'AND d.kind = ?';
    params.push(options.kind);
  }
  params.push(limit);
  const rows = all(
    db,
    `SELECT d.item_id AS id, d.kind AS kind, search_fts.title AS title,
            kr_rank(matchinfo(search_fts, 'pcnalx')) AS score,
            snippet(search_fts, ?, ?, '…', -1, 24) AS snippet
     FROM search_fts JOIN search_docs d ON d.docid = search_fts.docid
     WHERE search_fts MATCH ? ${kindFilter}
     ORDER BY score DESC, d.item_id
     LIMIT ?`,
    params,
  );
  return rows.map((r) => ({
    id: str(r.id),
    kind: str(r.kind) as ItemKind,
    title: str(r.title),
    snippet: str(r.snippet),
    score: Math.round(num(r.score) * 1000) / 1000,
  }));
}
