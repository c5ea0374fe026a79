// A synthetic library for the search benchmark, made from the bundled articles: their words,
// which word follows which, and how long they are. Every document comes from its own seed, so
// document k is the same whatever the corpus size, and every engine in a run gets exactly the
// same text.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { wordsOf } from '../renderer/db/spelling';
import { mulberry32 } from '../scripts/random';

export { mulberry32 };

/** Mixes two integers into one seed (for "document k of the run seeded s"). */
export function mixSeed(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h >>> 0;
}

export interface BenchDoc {
  id: string;
  title: string;
  summary: string;
  /** Paragraphs separated by blank lines. */
  body: string;
  words: number;
}

/** Markers in the token stream of the bundled text. */
const START = '\u0001';
const END = '\u0002';

/** A discrete distribution: values with cumulative weights, sampled by binary search. */
class Table {
  readonly values: number[] = [];
  private cumulative = new Float64Array(0);

  static from(weights: Map<number, number>): Table {
    const table = new Table();
    const entries = [...weights.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    table.cumulative = new Float64Array(entries.length);
    let sum = 0;
    entries.forEach(([value, weight], i) => {
      sum += weight;
      table.values.push(value);
      table.cumulative[i] = sum;
    });
    return table;
  }

  static zipf(size: number, exponent: number): Table {
    const table = new Table();
    table.cumulative = new Float64Array(size);
    let sum = 0;
    for (let r = 0; r < size; r++) {
      sum += 1 / Math.pow(r + 1, exponent);
      table.values.push(r);
      table.cumulative[r] = sum;
    }
    return table;
  }

  get size(): number {
    return this.values.length;
  }

  sample(random: () => number): number {
    const c = this.cumulative;
    const target = random() * c[c.length - 1]!;
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (c[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return this.values[lo]!;
  }
}

export interface SourceText {
  /** Plain-text sentences of every bundled article, in order. */
  sentences: string[][];
  /** Word counts of the bundled article bodies. */
  lengths: number[];
  titleLengths: number[];
  summarySentences: number[];
}

/** Front matter, then a Markdown body: the body as plain sentences of tokens. */
export function readBundledArticles(folder: string): SourceText {
  const files = readdirSync(folder)
    .filter((f) => f.endsWith('.md'))
    .sort();
  const sentences: string[][] = [];
  const lengths: number[] = [];
  const titleLengths: number[] = [];
  const summarySentences: number[] = [];
  for (const file of files) {
    const text = readFileSync(join(folder, file), 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
    if (!match) continue;
    const [, front, body] = match;
    const title = /^title:\s*(.+)$/m.exec(front!)?.[1] ?? '';
    const dek = /^dek:\s*(.+)$/m.exec(front!)?.[1] ?? '';
    titleLengths.push(wordsOf(title).length);
    summarySentences.push(splitSentences(dek).length);
    const plain = markdownToPlain(body!);
    lengths.push(wordsOf(plain).length);
    for (const paragraph of plain.split(/\n{2,}/)) {
      for (const sentence of splitSentences(paragraph)) {
        const tokens = tokensOf(sentence);
        if (tokens.length >= 3) sentences.push(tokens);
      }
    }
  }
  return { sentences, lengths, titleLengths, summarySentences };
}

function markdownToPlain(markdown: string): string {
  return markdown
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[\^?[^\]]*\]/g, ' ')
    .replace(/^\s{0,3}#{1,6}\s+(.*)$/gm, '$1.\n')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/^\s*>\s?/gm, '')
    .replace(/^\s*\|.*\|\s*$/gm, '')
    .replace(/[*_`]+/g, '');
}

function splitSentences(paragraph: string): string[] {
  return paragraph
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=["“(]?[\p{Lu}\p{N}])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Words (with inner apostrophes, hyphens and points) and the punctuation kept between them. */
function tokensOf(sentence: string): string[] {
  return (
    sentence
      .replace(/[.!?]+["”)]?$/, '')
      .match(/[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’.,-]*[\p{L}\p{N}\p{M}])?|[,;:]/gu) ?? []
  );
}

const isWord = (token: string) => /^[\p{L}\p{N}]/u.test(token);

export interface VocabularyStats {
  /** Lower-case index words of the bundled text, most frequent first, with counts. */
  ranked: { word: string; count: number }[];
  tokens: number;
}

/**
 * The text model: a word-bigram chain over the bundled sentences, mixed with unigram draws so
 * the chain does not replay whole sentences, plus a Zipf-distributed tail of made-up words so
 * the vocabulary keeps growing with the corpus as a real one does (Heaps' law). Without the
 * tail, 50,000 articles would share the ~7,000 words of forty.
 */
export class TextModel {
  private readonly tokens: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly next: (Table | undefined)[] = [];
  private readonly unigram: Table;
  private readonly contentWords: Table;
  private readonly tail: string[];
  private readonly tailTable: Table;
  private readonly lengths: number[];
  readonly vocabulary: VocabularyStats;

  /** Chance of a unigram draw instead of following the chain. */
  static readonly JUMP = 0.12;
  /** Chance that a content word is replaced by a word from the tail. */
  static readonly TAIL = 0.02;
  static readonly TAIL_SIZE = 250_000;

  constructor(readonly source: SourceText) {
    this.lengths = source.lengths;
    const pairs = new Map<number, Map<number, number>>();
    const unigram = new Map<number, number>();
    const counts = new Map<string, number>();
    let tokenCount = 0;
    for (const sentence of source.sentences) {
      let previous = this.idOf(START);
      for (const token of [...sentence, END]) {
        const id = this.idOf(token);
        let row = pairs.get(previous);
        if (!row) pairs.set(previous, (row = new Map()));
        row.set(id, (row.get(id) ?? 0) + 1);
        if (isWord(token)) {
          unigram.set(id, (unigram.get(id) ?? 0) + 1);
          for (const w of wordsOf(token)) {
            counts.set(w, (counts.get(w) ?? 0) + 1);
            tokenCount++;
          }
        }
        previous = id;
      }
    }
    for (const [from, row] of pairs) this.next[from] = Table.from(row);
    this.unigram = Table.from(unigram);
    const content = new Map([...unigram].filter(([id]) => /^\p{L}{4,}$/u.test(this.tokens[id]!)));
    this.contentWords = Table.from(content);
    this.vocabulary = {
      ranked: [...counts.entries()]
        .map(([word, count]) => ({ word, count }))
        .sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : 1)),
      tokens: tokenCount,
    };
    this.tail = makeTail(
      this.vocabulary.ranked.map((r) => r.word),
      TextModel.TAIL_SIZE,
    );
    this.tailTable = Table.zipf(this.tail.length, 1.0);
  }

  private idOf(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.tokens.length;
      this.tokens.push(token);
      this.ids.set(token, id);
    }
    return id;
  }

  /** One sentence of at most `maxWords` words, optionally starting from a given word. */
  sentence(random: () => number, maxWords = 45, startWith?: number): string[] {
    const start = this.ids.get(START)!;
    const out: string[] = [];
    let words = 0;
    let current = startWith ?? start;
    if (startWith !== undefined) {
      out.push(this.tokens[startWith]!);
      words++;
    }
    while (words < maxWords) {
      let id: number;
      if (current !== start && random() < TextModel.JUMP) id = this.unigram.sample(random);
      else id = (this.next[current] ?? this.unigram).sample(random);
      const token = this.tokens[id]!;
      if (token === END) break;
      if (!isWord(token)) {
        if (out.length && isWord(out[out.length - 1]!)) out.push(token);
        current = id;
        continue;
      }
      if (/^\p{L}{4,}$/u.test(token) && random() < TextModel.TAIL) {
        const word = this.tail[this.tailTable.sample(random)]!;
        out.push(random() < 0.3 ? word[0]!.toUpperCase() + word.slice(1) : word);
      } else {
        out.push(token);
      }
      words++;
      current = id;
    }
    while (out.length && !isWord(out[out.length - 1]!)) out.pop();
    return out;
  }

  /** A sentence as text: punctuation attached, first letter capitalised, full stop. */
  static render(tokens: string[], stop = '.'): string {
    let text = '';
    for (const t of tokens) text += isWord(t) && text ? ` ${t}` : t;
    return text ? text[0]!.toUpperCase() + text.slice(1) + stop : '';
  }

  /** Document k of the corpus seeded `seed`. */
  document(seed: number, k: number): BenchDoc {
    const random = mulberry32(mixSeed(seed, k));
    const target = this.articleLength(random);
    const paragraphs: string[] = [];
    let words = 0;
    while (words < target) {
      const count = 2 + Math.floor(random() * 5);
      const sentences: string[] = [];
      for (let s = 0; s < count && words < target; s++) {
        const tokens = this.sentence(random, Math.min(45, Math.max(4, target - words)));
        if (!tokens.length) continue;
        words += tokens.filter(isWord).length;
        sentences.push(TextModel.render(tokens));
      }
      if (sentences.length) paragraphs.push(sentences.join(' '));
    }
    const titleWords = 5 + Math.floor(random() * 6);
    let title: string[] = [];
    for (let attempt = 0; attempt < 8 && title.filter(isWord).length < titleWords; attempt++) {
      const more = this.sentence(random, titleWords, this.contentWords.sample(random));
      title = [...title, ...more].slice(0, titleWords * 2);
    }
    const titleText = TextModel.render(title.filter(isWord).slice(0, titleWords), '');
    const summaryCount = 1 + Math.floor(random() * 3);
    const summary: string[] = [];
    for (let s = 0; s < summaryCount; s++) {
      const tokens = this.sentence(random, 30);
      if (tokens.length) summary.push(TextModel.render(tokens));
    }
    return {
      id: `article:bench-${String(k).padStart(6, '0')}`,
      title: titleText,
      summary: summary.join(' '),
      body: paragraphs.join('\n\n'),
      words,
    };
  }

  /** A body length like the bundled ones, spread wider: 700 to 2,000 words. */
  private articleLength(random: () => number): number {
    const base = this.lengths[Math.floor(random() * this.lengths.length)] ?? 1_170;
    // Box–Muller normal, sigma 0.25 around a factor of 1 (mean-corrected).
    const u = Math.max(random(), 1e-12);
    const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
    const factor = Math.exp(0.25 * normal - 0.25 ** 2 / 2);
    return Math.round(Math.min(2_000, Math.max(700, base * factor)));
  }
}

/**
 * Made-up words for the vocabulary tail: the opening of one bundled word joined to the ending
 * of another ("stepan" + "ization"), none of them a real word of the corpus.
 */
function makeTail(words: string[], size: number): string[] {
  const letters = words.filter((w) => /^[a-z]{5,}$/.test(w));
  const known = new Set(words);
  const random = mulberry32(0x7a11);
  const out = new Set<string>();
  let guard = 0;
  while (out.size < size && guard++ < size * 20) {
    const a = letters[Math.floor(random() * letters.length)]!;
    const b = letters[Math.floor(random() * letters.length)]!;
    const head = a.slice(0, 2 + Math.floor(random() * 4));
    const end = b.slice(-(3 + Math.floor(random() * 4)));
    const word = head + end;
    if (word.length >= 5 && !known.has(word)) out.add(word);
  }
  return [...out];
}

/** The first `count` documents of the corpus seeded `seed`. */
export function* generateCorpus(
  model: TextModel,
  seed: number,
  count: number,
): Generator<BenchDoc> {
  for (let k = 0; k < count; k++) yield model.document(seed, k);
}

/** A short fingerprint of a list of documents, to show every engine got the same ones. */
export function corpusHash(docs: Iterable<BenchDoc>): string {
  const hash = createHash('sha256');
  for (const d of docs)
    hash.update(`${d.id}\u0000${d.title}\u0000${d.summary}\u0000${d.body}\u0001`);
  return hash.digest('hex').slice(0, 16);
}

// ---------------------------------------------------------------------------------------------
// The query mix

export type QueryClass = 'common' | 'rare' | 'prefix' | 'phrase' | 'multi';

export const QUERY_CLASSES: readonly QueryClass[] = ['common', 'rare', 'prefix', 'phrase', 'multi'];

export const CLASS_LABELS: Record<QueryClass, string> = {
  common: 'single term, common',
  rare: 'single term, rare',
  prefix: 'prefix (as typed)',
  phrase: 'exact phrase',
  multi: '2–3 terms (AND)',
};

export interface BenchQuery {
  cls: QueryClass;
  /** The index words: the term, the prefix, the phrase's words or the AND-ed terms. */
  words: string[];
}

const PLAIN = /^[a-z0-9]+$/;

function pick<T>(random: () => number, list: readonly T[], count: number): T[] {
  const pool = [...list];
  const out: T[] = [];
  while (out.length < count && pool.length) {
    out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  }
  return out;
}

/**
 * The fixed query mix: `perClass` queries in each class, from the bundled vocabulary and from
 * the first documents of the corpus (which exist at every size), so every size and engine runs
 * the same list. Only plain a–z/0–9 words, so every engine's tokenizer sees the same terms.
 */
export function makeQueries(model: TextModel, seed: number, perClass: number): BenchQuery[] {
  const random = mulberry32(mixSeed(seed, 0x51ee7));
  const ranked = model.vocabulary.ranked;
  const stop = new Set(ranked.slice(0, 60).map((r) => r.word));
  const common = ranked.filter((r) => /^[a-z]{4,}$/.test(r.word)).slice(0, 300);
  const rare = ranked.filter((r) => /^[a-z]{5,}$/.test(r.word) && r.count <= 2);
  const long = ranked.filter((r) => /^[a-z]{7,}$/.test(r.word)).slice(0, 2_000);
  const queries: BenchQuery[] = [];
  for (const r of pick(random, common, perClass)) queries.push({ cls: 'common', words: [r.word] });
  for (const r of pick(random, rare, perClass)) queries.push({ cls: 'rare', words: [r.word] });
  const prefixes = new Set<string>();
  for (const r of pick(random, long, perClass * 3)) {
    if (prefixes.size >= perClass) break;
    prefixes.add(r.word.slice(0, 3 + Math.floor(random() * 4)));
  }
  for (const p of prefixes) queries.push({ cls: 'prefix', words: [p] });

  const sample = 1_000;
  const phrases = new Set<string>();
  const multis = new Set<string>();
  for (let guard = 0; guard < perClass * 200; guard++) {
    if (phrases.size >= perClass && multis.size >= perClass) break;
    const doc = model.document(seed, Math.floor(random() * sample));
    const words = wordsOf(doc.body);
    if (phrases.size < perClass) {
      const length = 2 + Math.floor(random() * 2);
      const at = Math.floor(random() * (words.length - length));
      const run = words.slice(at, at + length);
      const sentence = doc.body.toLowerCase();
      if (
        run.every((w) => PLAIN.test(w)) &&
        run.some((w) => w.length >= 4 && !stop.has(w)) &&
        sentence.includes(run.join(' '))
      ) {
        phrases.add(run.join(' '));
      }
    }
    if (multis.size < perClass) {
      const count = 2 + Math.floor(random() * 2);
      const candidates = words.filter((w) => /^[a-z]{4,}$/.test(w) && !stop.has(w));
      const chosen = [...new Set(pick(random, candidates, count * 3))].slice(0, count);
      if (chosen.length === count) multis.add(chosen.join(' '));
    }
  }
  for (const p of phrases) queries.push({ cls: 'phrase', words: p.split(' ') });
  for (const m of multis) queries.push({ cls: 'multi', words: m.split(' ') });
  return queries;
}

/** How a person would type the query into the app's search box. */
export function typedQuery(q: BenchQuery): string {
  switch (q.cls) {
    case 'prefix':
      return q.words[0]!; // still typing: matches as a prefix
    case 'phrase':
      return `"${q.words.join(' ')}"`;
    default:
      return `${q.words.join(' ')} `; // finished words: exact terms, all required
  }
}

/** The same query as an SQLite FTS4/FTS5 MATCH expression. */
export function matchExpression(q: BenchQuery): string {
  switch (q.cls) {
    case 'prefix':
      return `${q.words[0]}*`;
    case 'phrase':
      return `"${q.words.join(' ')}"`;
    default:
      return q.words.map((w) => `"${w}"`).join(' ');
  }
}

/** Printable form for the report. */
export function showQuery(q: BenchQuery): string {
  return q.cls === 'prefix' ? `${q.words[0]}…` : typedQuery(q).trim();
}
