// Ranking: Okapi BM25 from FTS4's matchinfo, with a weight per column and per phrase, computed
// inside SQLite through the kr_rank function so that only the best rows reach JavaScript.
import type { Database } from 'sql.js';
import { SEARCH_COLUMN_WEIGHTS } from '../search-index';
import type { CompiledQuery } from './compile';

const K1 = 1.2;
const B = 0.75;
/**
 * Length normalisation per column: the headings-and-bold-terms column lists what an article
 * covers, so a long list is not a reason to count each entry for less.
 */
const COLUMN_B = [B, B, 0.1, B, B];

/** Okapi BM25 over the 'pcnalx' matchinfo blob, with a weight per column. */
export function bm25(
  matchinfo: Uint8Array,
  weights: readonly number[],
  phraseWeights: readonly number[] = [],
): number {
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
      const b = COLUMN_B[c] ?? B;
      const norm = tf + K1 * (1 - b + (b * len) / avg);
      score += (phraseWeights[p] ?? 1) * (weights[c] ?? 1) * idf * ((tf * (K1 + 1)) / norm);
    }
  }
  return score;
}

/**
 * BM25 split in two: what is the same for every row (document count, average lengths, how many
 * documents have each phrase in each column) is read once per query from the first match's
 * matchinfo('pcnax'); each row then only hands over its own hits and lengths, matchinfo('yl'),
 * which the engine computes in about half the time of the full 'pcnalx'.
 */
export interface RankPlan {
  phrases: number;
  columns: number;
  /** Per phrase and column: column weight × phrase weight × idf (0 where nothing matches). */
  factor: Float64Array;
  /** Per column: K1 × (1 − b) and K1 × b / average length. */
  lengthBase: Float64Array;
  lengthScale: Float64Array;
  /** Per phrase: how many documents have it in their title. */
  titleDocs: number[];
}

/** The plan kr_rank scores by while one query's statement steps; null between queries. */
let activePlan: RankPlan | null = null;

export function useRankPlan(plan: RankPlan | null): void {
  activePlan = plan;
}

export function rankPlan(db: Database, compiled: CompiledQuery): RankPlan | null {
  const row = db.exec(
    "SELECT matchinfo(search_fts, 'pcnax') FROM search_fts WHERE search_fts MATCH ? LIMIT 1",
    [compiled.expression],
  )[0]?.values[0]?.[0];
  if (!(row instanceof Uint8Array)) return null;
  const view = new DataView(row.buffer, row.byteOffset, row.byteLength);
  const at = (i: number) => view.getUint32(i * 4, true);
  const phrases = at(0);
  const columns = at(1);
  const rows = at(2);
  const factor = new Float64Array(phrases * columns);
  const lengthBase = new Float64Array(columns);
  const lengthScale = new Float64Array(columns);
  for (let c = 0; c < columns; c++) {
    const b = COLUMN_B[c] ?? B;
    lengthBase[c] = K1 * (1 - b);
    lengthScale[c] = (K1 * b) / (at(3 + c) || 1);
  }
  const hitsOffset = 3 + columns;
  const titleDocs: number[] = [];
  for (let p = 0; p < phrases; p++) {
    titleDocs.push(at(hitsOffset + 3 * (p * columns) + 2));
    for (let c = 0; c < columns; c++) {
      const docsWithHit = at(hitsOffset + 3 * (p * columns + c) + 2);
      if (!docsWithHit) continue;
      const idf = Math.log(1 + (rows - docsWithHit + 0.5) / (docsWithHit + 0.5));
      factor[p * columns + c] =
        (compiled.phraseWeights[p] ?? 1) * (SEARCH_COLUMN_WEIGHTS[c] ?? 1) * idf;
    }
  }
  return { phrases, columns, factor, lengthBase, lengthScale, titleDocs };
}

/** One row's score from its matchinfo('yl') under the active plan. */
function rankRow(blob: Uint8Array, plan: RankPlan): number {
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  const { phrases, columns, factor, lengthBase, lengthScale } = plan;
  const lengths = phrases * columns;
  let score = 0;
  for (let p = 0; p < phrases; p++) {
    for (let c = 0; c < columns; c++) {
      const k = p * columns + c;
      const f = factor[k]!;
      if (f === 0) continue;
      const tf = view.getUint32(k * 4, true);
      if (tf === 0) continue;
      const len = view.getUint32((lengths + c) * 4, true);
      score += (f * tf * (K1 + 1)) / (tf + lengthBase[c]! + lengthScale[c]! * len);
    }
  }
  return score;
}

const registered = new WeakSet<Database>();

export function ensureRankFunction(db: Database): void {
  if (registered.has(db)) return;
  db.create_function('kr_rank', (blob: unknown) =>
    blob instanceof Uint8Array && activePlan ? rankRow(blob, activePlan) : 0,
  );
  registered.add(db);
}
