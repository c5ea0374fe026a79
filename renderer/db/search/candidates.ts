// Running a compiled query against one index: the filters and boosts as SQL, every match ranked
// inside the engine, and only the best of each kind handed back with how many there are.
import type { Database, SqlValue } from 'sql.js';
import { all, num } from '../sql';
import { SEARCH_KINDS, type SearchKind, type SearchOptions } from '../types';
import type { CompiledQuery } from './compile';
import { ensureRankFunction, rankPlan, useRankPlan, type RankPlan } from './ranking';

/** Explainers are what a reader wants first when an article and an event match alike. */
const KIND_PRIOR: Partial<Record<SearchKind, number>> = { article: 1.5 };
/**
 * A query of one word or name that stands in the titles of this many items or more (a leader's
 * name, a country) has no single event for an answer: explainers come first then.
 */
const BROAD_TITLE_MATCHES = 12;
const BROAD_ARTICLE_PRIOR = 3.5;
/** An event that happened at a place the query names. */
const PLACE_BOOST = 1.3;
const DATE_BOOST = { day: 2.5, month: 1.8, year: 1.5 } as const;

export interface Candidate {
  db: Database;
  docid: number;
  kind: SearchKind;
  score: number;
}

/** Expands a date or date prefix to the first or last day it covers. */
export function dateBound(value: string | undefined, end: boolean): string | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value?.trim() ?? '');
  if (!m) return null;
  const [, y, mo, d] = m;
  if (d) return `${y}-${mo}-${d}`;
  if (mo) return end ? `${y}-${mo}-31` : `${y}-${mo}-01`;
  return end ? `${y}-12-31` : `${y}-01-01`;
}

function filterSql(options: SearchOptions): { sql: string; params: SqlValue[] } {
  const clauses: string[] = [];
  const params: SqlValue[] = [];
  const from = dateBound(options.from, false);
  const to = dateBound(options.to, true);
  if (from) {
    clauses.push('d.date_end >= ?');
    params.push(from);
  }
  if (to) {
    clauses.push('d.date_start <= ?');
    params.push(to);
  }
  const anyOf = (column: string, values: readonly string[] | undefined, packed: boolean) => {
    const list = (values ?? []).filter((v) => typeof v === 'string' && v.length).slice(0, 200);
    if (!list.length) return;
    clauses.push(
      `(${list.map(() => (packed ? `instr(d.${column}, ?) > 0` : `d.${column} = ?`)).join(' OR ')})`,
    );
    params.push(...list.map((v) => (packed ? `|${v}|` : v)));
  };
  anyOf('category', options.categories, false);
  anyOf('topics', options.topics, true);
  anyOf('places', options.places, true);
  return { sql: clauses.map((c) => ` AND ${c}`).join(''), params };
}

export function hasFilters(options: SearchOptions): boolean {
  return Boolean(
    dateBound(options.from, false) ||
    dateBound(options.to, true) ||
    options.categories?.length ||
    options.topics?.length ||
    options.places?.length,
  );
}

/**
 * The SQL that turns BM25 into the final score: explainers first, events on a date the query
 * names, events at a place it names with other words ("Stepanakert 2020": what happened there;
 * a place name alone asks about the place, which the articles answer).
 */
function boostSql(compiled: CompiledQuery, plan: RankPlan): { sql: string; params: SqlValue[] } {
  const factors: string[] = [];
  const params: SqlValue[] = [];
  // One word or name, in any of its spellings; a place name asks about the place, which the
  // place-name rules already answer.
  const broad =
    compiled.clauses.length === 1 &&
    !compiled.clauses[0]!.name &&
    Math.max(0, ...plan.titleDocs) >= BROAD_TITLE_MATCHES;
  for (const [kind, prior] of Object.entries(KIND_PRIOR)) {
    const value = broad && kind === 'article' ? BROAD_ARTICLE_PRIOR : prior;
    factors.push(`(CASE WHEN d.kind = ? THEN ${value} ELSE 1 END)`);
    params.push(kind);
  }
  if (compiled.dates.length) {
    const cases = compiled.dates.map((range) => {
      params.push(range.to, range.from);
      return `CASE WHEN d.date_start <= ? AND d.date_end >= ? THEN ${DATE_BOOST[range.precision]} ELSE 1 END`;
    });
    factors.push(`(CASE WHEN d.kind = 'event' THEN max(1, ${cases.join(', ')}) ELSE 1 END)`);
  }
  const narrowed = compiled.clauses.some((c) => !c.name);
  if (narrowed && compiled.names.length) {
    const tests = compiled.names.map((n) => {
      params.push(`|${n.placeId}|`);
      return 'instr(d.places, ?) > 0';
    });
    factors.push(
      `(CASE WHEN d.kind = 'event' AND (${tests.join(' OR ')}) THEN ${PLACE_BOOST} ELSE 1 END)`,
    );
  }
  return { sql: factors.map((f) => ` * ${f}`).join(''), params };
}

/**
 * Ranks every match in SQL and hands back only the best `limit` of each kind, with how many
 * there are of each: a common word in 10,000 articles moves 10,000 scores inside the engine,
 * not into JavaScript.
 */
export function candidates(
  db: Database,
  compiled: CompiledQuery,
  options: SearchOptions,
  limit: number,
): { found: Candidate[]; counts: Record<SearchKind, number> } {
  ensureRankFunction(db);
  const filters = filterSql(options);
  const kindCode = SEARCH_KINDS.map((k, n) => `WHEN '${k}' THEN ${n}`).join(' ');
  const found: Candidate[] = [];
  const counts = emptyCounts();
  const plan = rankPlan(db, compiled);
  if (!plan) return { found, counts };
  const boost = boostSql(compiled, plan);
  const stmt = db.prepare(
    `SELECT d.docid, CASE d.kind ${kindCode} ELSE -1 END,
            kr_rank(matchinfo(search_fts, 'yl'))${boost.sql}
     FROM search_fts CROSS JOIN search_docs d ON d.docid = search_fts.docid
     WHERE search_fts MATCH ?${filters.sql}`,
  );
  useRankPlan(plan);
  try {
    stmt.bind([...boost.params, compiled.expression, ...filters.params]);
    // The best `limit` of each kind, kept in a list that is cut back when it doubles.
    const best = SEARCH_KINDS.map(() => [] as Candidate[]);
    const byScore = (a: Candidate, b: Candidate) => b.score - a.score || a.docid - b.docid;
    while (stmt.step()) {
      const [docid, code, score] = stmt.get() as [number, number, number];
      const kind = SEARCH_KINDS[code];
      if (!kind) continue;
      counts[kind]++;
      const list = best[code]!;
      list.push({ db, docid, kind, score });
      if (list.length >= limit * 2 + 16) {
        list.sort(byScore);
        list.length = limit;
      }
    }
    for (const list of best) found.push(...list.sort(byScore).slice(0, limit));
  } finally {
    useRankPlan(null);
    stmt.free();
  }
  return { found, counts };
}

export function countMatches(db: Database, compiled: CompiledQuery): number {
  return num(
    all(db, 'SELECT count(*) AS n FROM search_fts WHERE search_fts MATCH ?', [
      compiled.expression,
    ])[0]?.n,
  );
}

export function emptyCounts(): Record<SearchKind, number> {
  return Object.fromEntries(SEARCH_KINDS.map((k) => [k, 0])) as Record<SearchKind, number>;
}
