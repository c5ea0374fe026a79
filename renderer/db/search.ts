// Full-text search: turns what a person typed into a safe FTS4 query, widens place names to
// every name the gazetteer knows and words to their other transliterations, ranks with BM25
// computed from matchinfo, and returns marked snippets. The same code searches the content
// DB and the index of the user's notes and highlights.
import type { Database, SqlValue } from 'sql.js';
import { nameKey, SEARCH_COLUMN_WEIGHTS, VISIBLE_SEARCH_COLUMNS } from './search-index';
import { editDistance, foldAccents, skeleton, skeletons, wordsOf } from './spelling';
import { MONTHS } from './dates';
import { all, num, str, strOrNull } from './sql';
import {
  SEARCH_KINDS,
  SNIPPET_CLOSE,
  SNIPPET_OPEN,
  type NameExpansion,
  type SearchHit,
  type SearchKind,
  type SearchOptions,
  type SearchResults,
} from './types';

const MAX_TERMS = 24;
const MAX_INPUT = 2_000;
const MAX_ALTERNATIVES = 16;
const MAX_VARIANTS = 5;
const K1 = 1.2;
const B = 0.75;
/**
 * Length normalisation per column: the headings-and-bold-terms column lists what an article
 * covers, so a long list is not a reason to count each entry for less.
 */
const COLUMN_B = [B, B, 0.1, B, B];

// ---------------------------------------------------------------------------------------------
// Reading the query

interface Phrase {
  words: string[];
  prefix: boolean;
}

interface Token {
  words: string[];
  quoted: boolean;
  negated: boolean;
  /** Joined to the previous token by OR. */
  orWithPrevious: boolean;
  /** The last word of the input, still being typed. */
  typing: boolean;
}

/**
 * Splits free text into terms. Only letters and digits reach the engine, so no input can form
 * an operator or a syntax error by accident. What a reader may use on purpose:
 * - words, all of which must match; the last word, while still being typed, matches as a prefix;
 * - "quoted text" and hyphenated-words as phrases (an unclosed quote runs to the end);
 * - OR between two terms (in capitals, as in most search boxes);
 * - -word, -"a phrase" or NOT word to leave out results that have it.
 */
function tokenize(input: string): Token[] {
  const text = input.slice(0, MAX_INPUT).normalize('NFKC');
  const typingLast = !/\s$/.test(text) && !text.trimEnd().endsWith('"');
  const raw = [...text.matchAll(/(-?)"([^"]*)"?|(\S+)/g)];
  const tokens: Token[] = [];
  let pendingOr = false;
  let pendingNot = false;
  raw.forEach((match, index) => {
    const [, minus, quotedText, bare] = match;
    if (bare === 'OR') {
      pendingOr = tokens.some((t) => !t.negated);
      return;
    }
    if (bare === 'NOT') {
      pendingNot = true;
      return;
    }
    const negated = pendingNot || minus === '-' || (bare !== undefined && bare.startsWith('-'));
    const words = wordsOf(quotedText ?? bare ?? '', MAX_TERMS);
    pendingNot = false;
    if (!words.length || tokens.length >= MAX_TERMS) return;
    const quoted = quotedText !== undefined;
    tokens.push({
      words,
      quoted,
      negated,
      orWithPrevious: pendingOr && !negated,
      typing: index === raw.length - 1 && typingLast && !quoted && !negated,
    });
    pendingOr = false;
  });
  return tokens;
}

// ---------------------------------------------------------------------------------------------
// What the content DB knows about names and spellings

interface PlaceEntry {
  placeId: string;
  placeName: string;
  /** Every form, English name first, without repeats once accents are folded. */
  forms: string[];
}

export interface Lexicon {
  /** Most words in any place name (0 when the DB has no gazetteer). */
  longestName: number;
  /** The places with a name whose spelling key is this (see nameKey). */
  placesNamed(key: string): PlaceEntry[];
  /** Other indexed spellings of a word, most common first. */
  variants(word: string): string[];
  /** Indexed words with how many documents have them, for "did you mean". */
  vocabulary(): readonly { term: string; docs: number }[];
  /** How many documents have a word (0 when unknown). */
  docsWith(word: string): number;
}

const EMPTY_LEXICON: Lexicon = {
  longestName: 0,
  placesNamed: () => [],
  variants: () => [],
  vocabulary: () => [],
  docsWith: () => 0,
};

const lexicons = new WeakMap<Database, Lexicon>();

function hasTable(db: Database, name: string): boolean {
  return (
    all(db, "SELECT 1 FROM sqlite_master WHERE name = ? AND type = 'table'", [name]).length > 0
  );
}

/**
 * What one DB knows about names and spellings, read on demand through its indexes (the
 * gazetteer's name keys and the vocabulary are written by the content build).
 */
export function lexiconOf(db: Database): Lexicon {
  const cached = lexicons.get(db);
  if (cached) return cached;
  const hasNames = hasTable(db, 'search_names') && hasTable(db, 'places');
  const hasTerms = hasTable(db, 'search_terms');
  const longestName = hasNames ? num(all(db, 'SELECT max(words) AS n FROM search_names')[0]?.n) : 0;
  const places = new Map<string, PlaceEntry>();
  const placeEntry = (id: string): PlaceEntry => {
    let entry = places.get(id);
    if (entry) return entry;
    const rows = all(
      db,
      `SELECT p.name_en AS en, n.name AS name FROM places p
       JOIN place_names n ON n.place_id = p.id WHERE p.id = ?
       ORDER BY CASE n.lang WHEN 'en' THEN 0 WHEN 'hy' THEN 1 WHEN 'az' THEN 2 ELSE 3 END, n.rowid`,
      [id],
    );
    const en = str(rows[0]?.en);
    const forms = [en];
    for (const row of rows) {
      const form = str(row.name);
      if (!forms.some((f) => foldAccents(f) === foldAccents(form))) forms.push(form);
    }
    entry = { placeId: id, placeName: en, forms };
    places.set(id, entry);
    return entry;
  };
  let vocabulary: { term: string; docs: number }[] | null = null;
  const lexicon: Lexicon = {
    longestName,
    placesNamed(key) {
      if (!hasNames) return [];
      return all(db, 'SELECT place_id FROM search_names WHERE key = ? ORDER BY place_id', [
        key,
      ]).map((r) => placeEntry(str(r.place_id)));
    },
    variants(word) {
      if (!hasTerms || word.length < 4) return [];
      const keys = skeletons(word);
      return all(
        db,
        `SELECT term FROM search_terms WHERE skeleton IN (${keys.map(() => '?').join(',')})
         AND term <> ? GROUP BY term ORDER BY max(docs) DESC, term LIMIT ?`,
        [...keys, word, MAX_VARIANTS],
      ).map((r) => str(r.term));
    },
    vocabulary() {
      vocabulary ??= hasTerms
        ? all(db, 'SELECT DISTINCT term, docs FROM search_terms').map((r) => ({
            term: str(r.term),
            docs: num(r.docs),
          }))
        : [];
      return vocabulary;
    },
    docsWith(word) {
      if (!hasTerms) return 0;
      return num(all(db, 'SELECT docs FROM search_terms WHERE term = ? LIMIT 1', [word])[0]?.docs);
    },
  };
  lexicons.set(db, lexicon);
  return lexicon;
}

// ---------------------------------------------------------------------------------------------
// Compiling to FTS4

interface Clause {
  alternatives: Phrase[];
  /** Set when the clause is a place name widened to its other forms. */
  name?: { typed: string; entries: PlaceEntry[] };
}

export interface CompiledQuery {
  expression: string;
  /** For each FTS term number: the clause and alternative it belongs to. */
  terms: { clause: number; alternative: number }[];
  clauses: Clause[];
  names: NameExpansion[];
  /** The plain words typed, for spelling suggestions. */
  words: string[];
  /** BM25 weight of each phrase, in the order FTS numbers them. */
  phraseWeights: number[];
  /** Dates named in the query ("19 September 2023", "May 1994", "1988"). */
  dates: DateRange[];
}

interface DateRange {
  from: string;
  to: string;
  precision: 'day' | 'month' | 'year';
}

/** Explainers are what a reader wants first when an article and an event match alike. */
const KIND_PRIOR: Partial<Record<SearchKind, number>> = { article: 1.5 };
/**
 * A query of one word or name that stands in the titles of this many items or more (a leader's
 * name, a country) has no single event for an answer: explainers come first then.
 */
const BROAD_TITLE_MATCHES = 12;
const BROAD_ARTICLE_PRIOR = 3.5;
/** A match in another name of a place counts for less than the name as typed. */
const ALIAS_WEIGHT = 0.5;
/** An event that happened at a place the query names. */
const PLACE_BOOST = 1.3;
const DATE_BOOST = { day: 2.5, month: 1.8, year: 1.5 } as const;

function monthNumber(word: string): number {
  const w = word.toLowerCase();
  const index = MONTHS.findIndex((name) => {
    const m = name.toLowerCase();
    return m === w || (w.length >= 3 && m.startsWith(w));
  });
  return index + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The dates a query names, most precise first; years only when not part of a longer date. */
export function datesIn(input: string): DateRange[] {
  const text = input.slice(0, MAX_INPUT);
  const found: DateRange[] = [];
  const used: [number, number][] = [];
  const take = (re: RegExp, make: (m: RegExpExecArray) => DateRange | null) => {
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      if (used.some(([a, b]) => at < b && at + m[0].length > a)) continue;
      const range = make(m as RegExpExecArray);
      if (range) {
        found.push(range);
        used.push([at, at + m[0].length]);
      }
    }
  };
  const month = '([A-Za-z]{3,9})\\.?';
  take(new RegExp(`\\b(\\d{1,2})\\s+${month}\\s+(\\d{4})\\b`, 'g'), (m) => {
    const mo = monthNumber(m[2]!);
    const d = Number(m[1]);
    return mo && d >= 1 && d <= 31 ? day(`${m[3]}-${pad(mo)}-${pad(d)}`) : null;
  });
  take(new RegExp(`\\b${month}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'g'), (m) => {
    const mo = monthNumber(m[1]!);
    const d = Number(m[2]);
    return mo && d >= 1 && d <= 31 ? day(`${m[3]}-${pad(mo)}-${pad(d)}`) : null;
  });
  take(new RegExp(`\\b${month}\\s+(\\d{4})\\b`, 'g'), (m) => {
    const mo = monthNumber(m[1]!);
    return mo
      ? { from: `${m[2]}-${pad(mo)}-01`, to: `${m[2]}-${pad(mo)}-31`, precision: 'month' }
      : null;
  });
  take(/\b(1[0-9]{3}|20[0-9]{2})\b/g, (m) => ({
    from: `${m[1]}-01-01`,
    to: `${m[1]}-12-31`,
    precision: 'year',
  }));
  return found;
}

function day(iso: string): DateRange {
  return { from: iso, to: iso, precision: 'day' };
}

function phraseOf(token: Token): Phrase {
  const single = token.words.length === 1 && !token.quoted;
  return { words: token.words, prefix: single && token.typing && token.words[0]!.length >= 2 };
}

function formPhrase(form: string): Phrase {
  return { words: wordsOf(form, MAX_TERMS), prefix: false };
}

function samePhrase(a: Phrase, b: Phrase): boolean {
  return a.prefix === b.prefix && a.words.join(' ') === b.words.join(' ');
}

function sameAlternatives(a: Phrase[], b: Phrase[]): boolean {
  return a.length === b.length && a.every((p, k) => samePhrase(p, b[k]!));
}

function pushUnique(list: Phrase[], phrase: Phrase): void {
  if (phrase.words.length && !list.some((p) => samePhrase(p, phrase))) list.push(phrase);
}

/**
 * Other spellings of a word or hyphenated name found in the index: each word may take any of
 * its variants (Ter-Petrossian → ter petrosyan).
 */
function spellings(words: readonly string[], lexicon: Lexicon): string[][] {
  let combos: string[][] = [[]];
  for (const word of words) {
    const options = [word, ...lexicon.variants(word)];
    combos = combos.flatMap((c) => options.map((o) => [...c, o])).slice(0, MAX_ALTERNATIVES);
  }
  return combos.slice(1);
}

/** The longest run of plain tokens from `start` that is a place name, with the places. */
function matchName(
  tokens: Token[],
  start: number,
  lexicon: Lexicon,
): { end: number; entries: PlaceEntry[] } | null {
  if (!lexicon.longestName) return null;
  let best: { end: number; entries: PlaceEntry[] } | null = null;
  const words: string[] = [];
  for (let end = start; end < tokens.length; end++) {
    const t = tokens[end]!;
    if (t.quoted || t.negated || (end > start && t.orWithPrevious)) break;
    if (end + 1 < tokens.length && tokens[end + 1]!.orWithPrevious && end > start) break;
    words.push(...t.words);
    if (words.length > lexicon.longestName) break;
    const entries = lexicon.placesNamed(nameKey(words));
    if (entries.length) best = { end, entries };
  }
  return best;
}

/** Builds the FTS4 MATCH expression, or null when nothing searchable is left. */
export function compileQuery(
  input: string,
  lexicon: Lexicon = EMPTY_LEXICON,
): CompiledQuery | null {
  const tokens = tokenize(input);
  const clauses: Clause[] = [];
  const excluded: Phrase[] = [];
  const names: NameExpansion[] = [];
  const words: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.negated) {
      pushUnique(excluded, { words: token.words, prefix: false });
      continue;
    }
    const alternatives: Phrase[] = [];
    let name: Clause['name'];
    const found = token.quoted ? null : matchName(tokens, i, lexicon);
    if (found) {
      const span = tokens.slice(i, found.end + 1);
      const typedWords = span.flatMap((t) => t.words);
      const last = span[span.length - 1]!;
      pushUnique(alternatives, {
        words: typedWords,
        prefix: typedWords.length === 1 && last.typing,
      });
      if (typedWords.length > 1) pushUnique(alternatives, { words: typedWords, prefix: false });
      for (const entry of found.entries) {
        for (const form of entry.forms) {
          if (alternatives.length >= MAX_ALTERNATIVES) break;
          pushUnique(alternatives, formPhrase(form));
        }
      }
      const typed = input
        .slice(0, MAX_INPUT)
        .normalize('NFKC')
        .match(new RegExp(typedWords.map(escapeRegExp).join('[^\\p{L}\\p{N}\\p{M}]+'), 'iu'))?.[0];
      name = { typed: typed ?? typedWords.join(' '), entries: found.entries };
      for (const entry of found.entries) {
        names.push({
          typed: name.typed,
          placeId: entry.placeId,
          placeName: entry.placeName,
          alternatives: entry.forms.filter(
            (f) => foldAccents(f) !== foldAccents(name!.typed) && formPhrase(f).words.length,
          ),
        });
      }
      i = found.end;
    } else {
      const phrase = phraseOf(token);
      pushUnique(alternatives, phrase);
      if (!token.quoted) {
        for (const words of spellings(token.words, lexicon)) {
          if (alternatives.length >= MAX_ALTERNATIVES) break;
          pushUnique(alternatives, { words, prefix: false });
        }
      }
      if (!token.quoted) words.push(...token.words);
    }
    const clause: Clause = name ? { alternatives, name } : { alternatives };
    if (token.orWithPrevious && clauses.length) {
      const previous = clauses[clauses.length - 1]!;
      for (const phrase of clause.alternatives) pushUnique(previous.alternatives, phrase);
      if (!previous.name && clause.name) previous.name = clause.name;
    } else if (!clauses.some((c) => sameAlternatives(c.alternatives, alternatives))) {
      clauses.push(clause);
    }
  }
  if (!clauses.length) return null;

  const phraseWeights = clauses.flatMap((clause) =>
    clause.alternatives.map((_, a) => (clause.name && a > 0 ? ALIAS_WEIGHT : 1)),
  );
  const terms: CompiledQuery['terms'] = [];
  const render = (phrase: Phrase, clause: number, alternative: number): string => {
    for (let k = 0; k < phrase.words.length; k++) terms.push({ clause, alternative });
    return phrase.prefix ? `${phrase.words[0]}*` : `"${phrase.words.join(' ')}"`;
  };
  const parts = clauses.map((clause, c) => {
    const rendered = clause.alternatives.map((p, a) => render(p, c, a));
    return rendered.length > 1 ? `(${rendered.join(' OR ')})` : rendered[0]!;
  });
  let expression = parts.join(' ');
  if (excluded.length) {
    const base =
      parts.length === 1 && clauses[0]!.alternatives.length > 1 ? expression : `(${expression})`;
    expression = `${base}${excluded.map((p) => ` NOT "${p.words.join(' ')}"`).join('')}`;
  }
  return { expression, terms, clauses, names, words, phraseWeights, dates: datesIn(input) };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The FTS4 expression alone, without a lexicon: what the query language itself makes. */
export function toMatchExpression(input: string): string | null {
  return compileQuery(input)?.expression ?? null;
}

// ---------------------------------------------------------------------------------------------
// Ranking

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
interface RankPlan {
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

let activePlan: RankPlan | null = null;

function rankPlan(db: Database, compiled: CompiledQuery): RankPlan | null {
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

function ensureRankFunction(db: Database): void {
  if (registered.has(db)) return;
  db.create_function('kr_rank', (blob: unknown) =>
    blob instanceof Uint8Array && activePlan ? rankRow(blob, activePlan) : 0,
  );
  registered.add(db);
}

// ---------------------------------------------------------------------------------------------
// Running a compiled query against one index

interface Candidate {
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

function hasFilters(options: SearchOptions): boolean {
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
function candidates(
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
  activePlan = plan;
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
    activePlan = null;
    stmt.free();
  }
  return { found, counts };
}

function countMatches(db: Database, compiled: CompiledQuery): number {
  return num(
    all(db, 'SELECT count(*) AS n FROM search_fts WHERE search_fts MATCH ?', [
      compiled.expression,
    ])[0]?.n,
  );
}

/** Snippets, titles and which name matched, for the hits that will be shown. */
function describeHits(db: Database, compiled: CompiledQuery, chosen: Candidate[]): SearchHit[] {
  if (!chosen.length) return [];
  const rows = all(
    db,
    `SELECT f.docid AS docid, d.item_id AS id, d.target_id AS target, d.date_start AS date,
            f.title AS title, snippet(search_fts, ?1, ?2, '…', 1, 24) AS summary,
            snippet(search_fts, ?1, ?2, '…', 3, 24) AS body, offsets(search_fts) AS offsets
     FROM search_fts f CROSS JOIN search_docs d ON d.docid = f.docid
     WHERE search_fts MATCH ?3 AND f.docid IN (${chosen.map(() => '?').join(',')})`,
    [SNIPPET_OPEN, SNIPPET_CLOSE, compiled.expression, ...chosen.map((c) => c.docid)],
  );
  const byDocid = new Map(rows.map((r) => [num(r.docid), r]));
  const reports = nameReports(compiled);
  return chosen.flatMap((c) => {
    const row = byDocid.get(c.docid);
    if (!row) return [];
    return [
      {
        id: str(row.id),
        kind: c.kind,
        targetId: str(row.target),
        title: str(row.title),
        snippet: bestSnippet(str(row.summary), str(row.body)),
        score: Math.round(c.score * 1000) / 1000,
        date: strOrNull(row.date),
        matchedName: matchedName(compiled, reports, str(row.offsets)),
      },
    ];
  });
}

/**
 * The excerpt to show: from the summary or the body, whichever marks more of the query (the
 * hidden column of extra names is never shown), else the start of the summary.
 */
function bestSnippet(summary: string, body: string): string {
  const marks = (text: string) => text.split(SNIPPET_OPEN).length - 1;
  if (marks(body) > marks(summary)) return body;
  return summary || body;
}

/** Per name clause, worked out once per query: which forms are the typed one, and labels. */
interface NameReport {
  clause: number;
  typed: string;
  typedForms: Set<number>;
  labels: string[];
  /** The place's own name when it differs from what was typed, for hidden-column matches. */
  placeLabel: string | null;
}

function nameReports(compiled: CompiledQuery): NameReport[] {
  const reports: NameReport[] = [];
  compiled.clauses.forEach((clause, c) => {
    if (!clause.name) return;
    const typed = clause.name.typed;
    const key = skeleton(foldAccents(typed));
    const same = (name: string) => skeleton(foldAccents(name)) === key;
    const typedForms = new Set<number>([0]);
    clause.alternatives.forEach((p, a) => {
      if (same(p.words.join(' '))) typedForms.add(a);
    });
    const place = clause.name.entries[0]!.placeName;
    reports.push({
      clause: c,
      typed,
      typedForms,
      labels: clause.alternatives.map((p) => displayForm(clause, p.words.join(' '))),
      placeLabel: same(place) ? null : place,
    });
  });
  return reports;
}

/** Reads offsets() to tell which form of a named place the document has. */
function matchedName(
  compiled: CompiledQuery,
  reports: readonly NameReport[],
  offsets: string,
): { typed: string; found: string } | null {
  if (!reports.length) return null;
  const numbers = offsets.split(' ').map(Number);
  for (const report of reports) {
    let visibleTyped = false;
    let firstVisible = Infinity;
    let hidden = false;
    for (let i = 0; i + 3 < numbers.length; i += 4) {
      const term = compiled.terms[numbers[i + 1]!];
      if (!term || term.clause !== report.clause) continue;
      if (numbers[i]! >= VISIBLE_SEARCH_COLUMNS) hidden = true;
      else if (report.typedForms.has(term.alternative)) visibleTyped = true;
      else firstVisible = Math.min(firstVisible, term.alternative);
    }
    if (visibleTyped) return null;
    if (firstVisible < Infinity) {
      return { typed: report.typed, found: report.labels[firstVisible]! };
    }
    if (hidden) return report.placeLabel ? { typed: report.typed, found: report.placeLabel } : null;
  }
  return null;
}

/** The gazetteer's own spelling of a form (with its capitals and letters), for display. */
function displayForm(clause: Clause, folded: string): string {
  for (const entry of clause.name?.entries ?? []) {
    const form = entry.forms.find((f) => wordsOf(f).join(' ') === folded);
    if (form) return form;
  }
  return folded;
}

// ---------------------------------------------------------------------------------------------
// The search itself

export function emptyCounts(): Record<SearchKind, number> {
  return Object.fromEntries(SEARCH_KINDS.map((k) => [k, 0])) as Record<SearchKind, number>;
}

function emptyResults(query: string): SearchResults {
  return {
    query,
    hits: [],
    counts: emptyCounts(),
    total: 0,
    names: [],
    suggestion: null,
    withoutFilters: null,
  };
}

/**
 * Searches one or more indexes (the content DB, then the user's) with one query. The first
 * database supplies the gazetteer and the vocabulary.
 */
export function searchIndexes(
  dbs: readonly Database[],
  query: string,
  options: SearchOptions = {},
): SearchResults {
  if (!dbs.length) return emptyResults(query);
  const lexicon = lexiconOf(dbs[0]!);
  const compiled = compileQuery(query, lexicon);
  if (!compiled) return emptyResults(query);
  const limit = Math.max(1, Math.min(Math.trunc(options.limit ?? 50) || 50, 500));
  const kinds = new Set<SearchKind>(
    options.kinds?.length ? options.kinds.filter((k) => SEARCH_KINDS.includes(k)) : SEARCH_KINDS,
  );

  const counts = emptyCounts();
  const found: Candidate[] = [];
  for (const db of dbs) {
    const part = candidates(db, compiled, options, limit);
    found.push(...part.found);
    for (const k of SEARCH_KINDS) counts[k] += part.counts[k];
  }
  const wanted = found
    .filter((c) => kinds.has(c.kind))
    .sort((a, b) => b.score - a.score || a.docid - b.docid);
  const perKind = emptyCounts();
  const chosen = wanted.filter((c) => ++perKind[c.kind] <= limit);

  const hits: SearchHit[] = [];
  for (const db of dbs) {
    hits.push(
      ...describeHits(
        db,
        compiled,
        chosen.filter((c) => c.db === db),
      ),
    );
  }
  hits.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));

  const total = [...kinds].reduce((sum, k) => sum + counts[k], 0);
  let withoutFilters: number | null = null;
  if (total === 0 && hasFilters(options)) {
    withoutFilters = dbs.reduce((sum, db) => sum + countMatches(db, compiled), 0);
  }
  const suggestion =
    total === 0 && !withoutFilters ? suggestSpelling(dbs, query, compiled, lexicon) : null;
  return {
    query,
    hits,
    counts,
    total,
    names: compiled.names,
    suggestion,
    withoutFilters,
  };
}

/** The content DB alone. */
export function searchContent(
  db: Database,
  query: string,
  options: SearchOptions = {},
): SearchResults {
  return searchIndexes([db], query, options);
}

/**
 * Another spelling of the query that finds something: each unknown word replaced by the
 * closest indexed word (at most two edits, more common words first).
 */
function suggestSpelling(
  dbs: readonly Database[],
  query: string,
  compiled: CompiledQuery,
  lexicon: Lexicon,
): string | null {
  const unknown = compiled.words.filter((w) => w.length >= 4 && lexicon.docsWith(w) === 0);
  if (!unknown.length || unknown.length > 6) return null;
  let suggestion = query.slice(0, MAX_INPUT);
  let changed = false;
  for (const word of unknown) {
    const max = word.length >= 7 ? 2 : 1;
    let best: { term: string; distance: number; docs: number } | null = null;
    for (const { term, docs } of lexicon.vocabulary()) {
      if (Math.abs(term.length - word.length) > max) continue;
      const distance = editDistance(word, term, max);
      if (distance > max) continue;
      if (!best || distance < best.distance || (distance === best.distance && docs > best.docs)) {
        best = { term, distance, docs };
      }
    }
    if (!best) continue;
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}\\p{M}])${escapeRegExp(word)}(?![\\p{L}\\p{N}\\p{M}])`,
      'iu',
    );
    suggestion = suggestion.replace(pattern, (typed) =>
      /^\p{Lu}/u.test(typed) ? best.term[0]!.toUpperCase() + best.term.slice(1) : best.term,
    );
    changed = true;
  }
  if (!changed) return null;
  const retry = compileQuery(suggestion, lexicon);
  if (!retry || dbs.every((db) => countMatches(db, retry) === 0)) return null;
  return suggestion.trim();
}
