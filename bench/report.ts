// docs/BENCHMARKS.md from one run's figures. The hand-written reading between the markers is
// kept from the previous file, so a new run refreshes the tables without losing it.
import type { EngineCellResult, QueryTimings } from './cell-engine';
import type { OpenResult } from './cell-open';
import type { SavePoint } from './cell-save';
import { CLASS_LABELS, QUERY_CLASSES, showQuery, type BenchQuery } from './corpus';
import { ENGINE_LABELS, TOP, type EngineId } from './engines';
import { count, mb, ms, ratio, seconds, table } from './format';
import { median, percentile } from './measure';
import type { NativeStatus } from './native';
import {
  keptTimeline,
  TIMELINE_END,
  TIMELINE_START,
  timelineSection,
  type TimelineOutcome,
} from './report-timeline';
import {
  keptProfile,
  PROFILE_END,
  PROFILE_START,
  profileSection,
  type ProfileOutcome,
} from './report-profile';
import { keptCrash } from './report-crash';

export interface CorpusStats {
  size: number;
  words: number;
  meanWords: number;
  distinctTerms: number;
  bodyBytes: number;
}

export interface CellOutcome {
  engine: EngineId;
  size: number;
  result: EngineCellResult | null;
  note: string | null;
}

export interface OpenOutcome {
  label: string;
  articles: number | null;
  /** One result per fresh process. */
  result: OpenResult[] | null;
  note: string | null;
}

export interface BenchReport {
  startedAt: string;
  minutes: number;
  command: string;
  full: boolean;
  /** The commit measured. */
  code: string;
  machine: {
    cpu: string;
    cores: number;
    ramBytes: number;
    node: string;
    os: string;
    heapLimitBytes: number;
  };
  /** 1-minute load average at the start and the end of the run (other work on the machine). */
  load: { start: number; end: number };
  versions: {
    sqljs: string;
    sqljsSqlite: string;
    minisearch: string;
    flexsearch: string;
    betterSqlite3: string;
    native: NativeStatus;
  };
  seed: number;
  rounds: number;
  queries: BenchQuery[];
  corpus: CorpusStats[];
  cells: CellOutcome[];
  opens: OpenOutcome[];
  saveContentLabel: string;
  save: SavePoint[] | null;
  saveNote: string | null;
  /** The timeline with thousands of events; absent from runs made before it was measured. */
  timeline?: TimelineOutcome | null;
  /** The heavy profile; absent from runs made before it was measured. */
  profile?: ProfileOutcome | null;
}

export const READING_START = '<!-- reading:start -->';
export const READING_END = '<!-- reading:end -->';
export const CORPUS_HEADING = '## How the corpus and the queries are made';

const ENGINE_ORDER: EngineId[] = [
  'ours',
  'sqljs-bare',
  'native-fts4',
  'native-fts5',
  'minisearch',
  'flexsearch',
];

const TARGET_SIZE = 10_000;
const TARGET_P95_MS = 15;
const TARGET_NATIVE_RATIO = 2;
const TARGET_OPEN_MS = 300;

function allSamples(t: QueryTimings): number[] {
  return QUERY_CLASSES.flatMap((c) => t.samples[c]);
}

/** Mean share of the top-20 ids two engines have in common (1 when both found nothing). */
function overlap(a: string[][], b: string[][]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const x = new Set(a[i]);
    const y = b[i] ?? [];
    const denominator = Math.max(x.size, y.length);
    sum += denominator === 0 ? 1 : y.filter((id) => x.has(id)).length / denominator;
  }
  return a.length ? sum / a.length : Number.NaN;
}

function cellsOf(report: BenchReport, size: number): CellOutcome[] {
  return ENGINE_ORDER.flatMap((e) => report.cells.filter((c) => c.size === size && c.engine === e));
}

function p95Of(report: BenchReport, engine: EngineId, size: number): number | null {
  const cell = report.cells.find((c) => c.engine === engine && c.size === size);
  return cell?.result ? percentile(allSamples(cell.result.timings), 95) : null;
}

interface OpenSummary {
  coldTotal: number;
  coldWorst: number;
  warmTotal: number;
  sqlInit: number;
  read: number;
  open: number;
  firstSearch: number;
  warmRead: number;
  warmOpen: number;
  warmFirstSearch: number;
  warmSecondSearch: number;
  bytes: number;
  held: number;
  hits: number;
}

function summariseOpen(results: OpenResult[]): OpenSummary {
  const cold = results.map((r) => r.first.readMs + r.first.openMs + r.first.firstSearchMs);
  const warm = results.map((r) => r.later.readMs + r.later.openMs + r.later.firstSearchMs);
  const m = (pick: (r: OpenResult) => number) => median(results.map(pick));
  return {
    coldTotal: median(cold),
    coldWorst: Math.max(...cold),
    warmTotal: median(warm),
    sqlInit: m((r) => r.sqlInitMs),
    read: m((r) => r.first.readMs),
    open: m((r) => r.first.openMs),
    firstSearch: m((r) => r.first.firstSearchMs),
    warmRead: m((r) => r.later.readMs),
    warmOpen: m((r) => r.later.openMs),
    warmFirstSearch: m((r) => r.later.firstSearchMs),
    warmSecondSearch: m((r) => r.later.secondSearchMs),
    bytes: results[0]!.bytes,
    held: m((r) => r.heldBytes),
    hits: results[0]!.first.hits,
  };
}

function targets(report: BenchReport): string {
  const rows: string[][] = [];
  const verdict = (ok: boolean | null) =>
    ok === null ? 'not measured' : ok ? '**met**' : '**missed**';
  const ours = p95Of(report, 'ours', TARGET_SIZE);
  const bare = p95Of(report, 'sqljs-bare', TARGET_SIZE);
  const native = p95Of(report, 'native-fts4', TARGET_SIZE);
  rows.push([
    `p95 query latency at ${count(TARGET_SIZE)} articles ≤ ${TARGET_P95_MS} ms (ours: sql.js through searchContent, all ${report.queries.length} queries)`,
    ours === null ? '–' : `${ms(ours)} ms (bare SQL on the same sql.js index: ${ms(bare)} ms)`,
    verdict(ours === null ? null : ours <= TARGET_P95_MS),
  ]);
  rows.push([
    `ours within ${TARGET_NATIVE_RATIO}× of native better-sqlite3 FTS4 (p95, ${count(TARGET_SIZE)} articles)`,
    ours === null || native === null
      ? '–'
      : `${ms(ours)} ms vs ${ms(native)} ms = ${ratio(ours, native)} (bare sql.js vs native: ${ratio(bare, native)})`,
    verdict(ours === null || native === null ? null : ours / native <= TARGET_NATIVE_RATIO),
  ]);
  const bundled = report.opens.find((o) => o.label === 'bundled');
  const open = bundled?.result ? summariseOpen(bundled.result) : null;
  rows.push([
    `first search result within ${TARGET_OPEN_MS} ms of opening the bundled DB (read + Library.open + first search, fresh process)`,
    open
      ? `${ms(open.coldTotal)} ms median of ${bundled!.result!.length} processes, worst ${ms(open.coldWorst)} ms (+ ${ms(open.sqlInit)} ms to load sql.js at app start)`
      : '–',
    verdict(open ? open.coldTotal <= TARGET_OPEN_MS : null),
  ]);
  return table(['Target', 'Measured', 'Verdict'], rows, ['l', 'l', 'l']);
}

function latencySection(report: BenchReport, size: number): string {
  const cells = cellsOf(report, size);
  const ours = cells.find((c) => c.engine === 'ours')?.result;
  const oursP95 = ours ? percentile(allSamples(ours.timings), 95) : null;
  const oursP50 = ours ? percentile(allSamples(ours.timings), 50) : null;
  const rows = cells.map((c) => {
    const r = c.result;
    if (!r)
      return [ENGINE_LABELS[c.engine], ...QUERY_CLASSES.map(() => '–'), '–', '–', '–', '–', '–'];
    const all = allSamples(r.timings);
    const p50 = percentile(all, 50);
    const p95 = percentile(all, 95);
    return [
      ENGINE_LABELS[c.engine],
      ...QUERY_CLASSES.map(
        (k) =>
          `${ms(percentile(r.timings.samples[k], 50))} / ${ms(percentile(r.timings.samples[k], 95))}`,
      ),
      `**${ms(p50)}** / **${ms(p95)}**`,
      ratio(p50, oursP50),
      ratio(p95, oursP95),
      ours ? `${Math.round(overlap(ours.timings.ids, r.timings.ids) * 100)}%` : '–',
    ];
  });
  return table(
    [
      'Engine',
      ...QUERY_CLASSES.map((k) => `${CLASS_LABELS[k]} p50 / p95`),
      'all p50 / p95',
      'p50 × ours',
      'p95 × ours',
      `top-${TOP} overlap with ours`,
    ],
    rows,
  );
}

function buildSection(report: BenchReport, size: number): string {
  const cells = cellsOf(report, size).filter((c) => c.engine !== 'sqljs-bare');
  const ours = cells.find((c) => c.engine === 'ours')?.result;
  const held = (r: EngineCellResult) => r.memory.heap + r.memory.external;
  const rows = cells.map((c) => {
    const r = c.result;
    if (!r) return [ENGINE_LABELS[c.engine], '–', '–', '–', '–', '–', '–', '–', '–', '–', '–'];
    return [
      ENGINE_LABELS[c.engine],
      seconds(r.buildMs),
      ratio(r.buildMs, ours?.buildMs),
      r.indexBytes === null && r.indexBytesBeforeFailure
        ? `> ${mb(r.indexBytesBeforeFailure)} (see note)`
        : mb(r.indexBytes),
      ratio(r.indexBytes, ours?.indexBytes),
      mb(r.memory.heap),
      mb(r.memory.external),
      mb(held(r)),
      held(r) > 1e6 ? ratio(held(r), ours ? held(ours) : null) : '≈0',
      r.memory.wasm === null ? 'n/a' : `${mb(r.memory.wasm)} (${mb(r.memory.wasmAfter)} total)`,
      mb(r.memory.rss),
    ];
  });
  return table(
    [
      'Engine',
      'build (s)',
      '× ours',
      'index size (MB)',
      '× ours',
      'JS heap Δ (MB)',
      'external Δ (MB)',
      'heap + external Δ (MB)',
      '× ours',
      'sql.js WASM heap Δ (MB)',
      'RSS Δ (MB)',
    ],
    rows,
  );
}

function notesFor(report: BenchReport, size: number): string {
  const notes = cellsOf(report, size).filter((c) => c.note);
  return notes.map((c) => `- ${ENGINE_LABELS[c.engine]}: ${c.note}`).join('\n');
}

function openSection(report: BenchReport): string {
  const rows = report.opens.map((o) => {
    if (!o.result) return [o.label, '–', '–', '–', '–', '–', '–', '–', '–', '–', '–', o.note ?? ''];
    const s = summariseOpen(o.result);
    return [
      o.label === 'bundled' ? 'bundled reader.db' : `generated, ${o.label}`,
      mb(s.bytes),
      o.articles === null ? '40' : `40 + ${count(o.articles)}`,
      ms(s.sqlInit),
      ms(s.read),
      ms(s.open),
      ms(s.firstSearch),
      `**${ms(s.coldTotal)}** (worst ${ms(s.coldWorst)})`,
      ms(s.warmTotal),
      ms(s.warmSecondSearch),
      mb(s.held),
      o.note ?? '',
    ];
  });
  return table(
    [
      'Content DB',
      'size (MB)',
      'articles (bundled + generated)',
      'load sql.js (ms)',
      'read bytes (ms)',
      'Library.open (ms)',
      'first search (ms)',
      'read + open + first search, cold (ms)',
      'same, warm (ms)',
      'next search, warm (ms)',
      'memory held open (MB)',
      'note',
    ],
    rows,
  );
}

function saveSection(report: BenchReport): string {
  if (!report.save?.length) return `Not measured${report.saveNote ? `: ${report.saveNote}` : ''}.`;
  const rows = report.save.map((p) => [
    count(p.annotations),
    count(p.notes),
    count(p.highlights),
    mb(p.bytes),
    ms(p.exportMs),
    ms(p.writeMs),
    `**${ms(p.exportMs + p.writeMs)}**`,
    ms(p.openMs),
    ms(p.searchAfterEditMs),
    ms(p.addMsEach),
  ]);
  return (
    table(
      [
        'annotations',
        'notes',
        'highlights',
        'user DB (MB)',
        'exportUser() (ms)',
        'writeAtomic (ms)',
        'one save (ms)',
        'Library.open with it (ms)',
        'search after an edit (ms)',
        'adding one (ms, mean)',
      ],
      rows,
    ) + (report.saveNote ? `\n\n${report.saveNote}` : '')
  );
}

function corpusSection(report: BenchReport): string {
  return table(
    ['articles', 'body words', 'mean words / article', 'distinct index terms', 'body text (MB)'],
    report.corpus.map((c) => [
      count(c.size),
      count(c.words),
      count(Math.round(c.meanWords)),
      count(c.distinctTerms),
      mb(c.bodyBytes),
    ]),
  );
}

function queryExamples(report: BenchReport): string {
  return QUERY_CLASSES.map((k) => {
    const list = report.queries.filter((q) => q.cls === k);
    const shown = list
      .slice(0, 6)
      .map((q) => `\`${showQuery(q)}\``)
      .join(', ');
    return `- ${CLASS_LABELS[k]} (${list.length}): ${shown}, …`;
  }).join('\n');
}

function sameDocuments(report: BenchReport): string {
  const sizes = [...new Set(report.cells.map((c) => c.size))];
  return sizes
    .map((size) => {
      const hashes = new Set(
        report.cells.filter((c) => c.size === size && c.result).map((c) => c.result!.corpusHash),
      );
      return `${count(size)}: ${hashes.size === 1 ? `\`${[...hashes][0]}\` for every engine` : hashes.size === 0 ? 'no engine ran' : `**different fingerprints: ${[...hashes].join(', ')}**`}`;
    })
    .join('; ');
}

function keptReading(previous: string | null): string {
  if (previous) {
    const start = previous.indexOf(READING_START);
    const end = previous.indexOf(READING_END);
    if (start >= 0 && end > start) return previous.slice(start + READING_START.length, end).trim();
  }
  return '_To be written from the figures above._';
}

export function renderReport(report: BenchReport, previous: string | null): string {
  const m = report.machine;
  const v = report.versions;
  const sizes = [...new Set(report.cells.map((c) => c.size))];
  const parts: string[] = [];
  parts.push(`# Search benchmarks

How fast the reader's search is, how big and costly its index is, how long the library takes
to open, and what saving the user's file costs as it grows, with the same documents and
queries given to other engines for comparison, and how quickly the timeline shows and
scrolls thousands of events. Everything here is produced by
\`npm run bench\` (code in \`bench/\`); only the section "A short reading of what they mean"
is written by hand.

| | |
| --- | --- |
| Command | \`${report.command}\`${report.full ? '' : ' (a partial run: the committed file comes from the full default run)'} |
| Code | ${report.code} |
| Date | ${report.startedAt.slice(0, 16).replace('T', ' ')} UTC, ${report.minutes.toFixed(0)} min |
| CPU | ${m.cpu}, ${m.cores} cores |
| RAM | ${(m.ramBytes / 2 ** 30).toFixed(1)} GiB |
| Node | ${m.node} (default heap limit ${(m.heapLimitBytes / 2 ** 30).toFixed(1)} GiB) |
| OS | ${m.os} |
| Load average (1 min) | ${report.load.start.toFixed(2)} at the start, ${report.load.end.toFixed(2)} at the end (${m.cores} cores) |
| sql.js | ${v.sqljs} (SQLite ${v.sqljsSqlite}, WebAssembly) |
| better-sqlite3 | ${v.betterSqlite3}${v.native.ok ? ` (SQLite ${v.native.sqliteVersion}, ${v.native.how})` : ` — **not available**: ${v.native.reason}`} |
| MiniSearch / FlexSearch | ${v.minisearch} / ${v.flexsearch} |`);

  parts.push(`## Targets

${targets(report)}`);

  parts.push(`## A short reading of what they mean

${READING_START}
${keptReading(previous)}
${READING_END}`);

  parts.push(`## Query latency

Milliseconds per query, each query timed on its own (\`performance.now()\`) after one warm-up
pass over the whole list; ${report.rounds} timed pass${report.rounds === 1 ? '' : 'es'}, so each class has ${report.rounds}× its query count in samples. Every engine fetches the top
${TOP}. "Top-${TOP} overlap" is the mean share of the ids an engine returns that ours returns too.`);
  for (const size of sizes) {
    const notes = notesFor(report, size);
    parts.push(`### ${count(size)} articles

${latencySection(report, size)}${notes ? `\n\n${notes}` : ''}`);
  }

  parts.push(`## Index build, size and memory

Build time covers everything from the first document to a queryable index (for the SQLite
engines: inserts in one transaction, \`optimize\`, the vocabulary table where the app has one,
\`VACUUM\`). Size is what would be stored: the exported DB for sql.js, the DB file for
better-sqlite3, the length of the serialized index for MiniSearch (\`JSON.stringify\` of
\`toJSON()\`, measured piece by piece) and FlexSearch (the strings its \`export\` hands over).
Memory is the difference of two readings of \`process.memoryUsage()\` around the build, each
after \`gc()\` (run with \`--expose-gc\`), with the documents already in memory before the first.
sql.js keeps the database file itself in Emscripten's in-memory file system, a JavaScript
typed array, so it shows under "external"; SQLite's own allocations (page cache, merge
buffers) live in the WebAssembly heap, which sql.js does not expose: the bench catches the
\`WebAssembly.Memory\` as sql.js instantiates it and reads its \`buffer.byteLength\` (it only
ever grows). Native SQLite allocates outside V8, so for better-sqlite3 only the RSS column
says anything (its index is on disk, with SQLite's default 2 MB page cache).`);
  for (const size of sizes) {
    const notes = notesFor(report, size);
    parts.push(`### ${count(size)} articles

${buildSection(report, size)}${notes ? `\n\n${notes}` : ''}`);
  }

  parts.push(`## Opening the library

A fresh process loads sql.js, reads the content DB's bytes, opens \`Library.open(SQL, { content,
contentPath, user: null })\` and searches \`ceasefire\` (as typed, so a prefix) — the cold
figures, median of ${report.opens[0]?.result?.length ?? 0} processes, with the worst; the same process then repeats read, open and
search three more times (warm: median), and searches \`Stepanakert\` after each. "First search"
includes building the empty index of the user's notes and highlights, as in the app. The
generated DBs are the bundled DB plus generated articles written as the content build writes
them (HTML, text, anchor text, search documents), then \`finishSearchIndex\` and \`VACUUM\`.
The file is read from the OS cache (it was just written), so "read bytes" is the best case.

${openSection(report)}`);

  parts.push(`## Saving the user DB

Notes and highlights added through \`library.saveNote\` and \`library.addHighlight\` (half each;
highlights on random passages of random articles of the ${report.saveContentLabel} content DB, 30% with a
note; one note per item, on the DB's articles first and then on ids not in it), then at each
size: \`exportUser()\` and \`writeAtomic\` from \`electron/main/atomic-write.ts\` into a temp
folder (temp file, fsync, rename, fsync of the folder), median of 5; opening the library with
that user file; and a search right after an edit to a note, which first brings the in-memory
index of notes and highlights up to date and then searches it together with the library.

${saveSection(report)}`);

  parts.push(
    report.timeline
      ? timelineSection(report.timeline)
      : (keptTimeline(previous) ??
          `${TIMELINE_START}\n## Timeline: 5,000 events\n\nNot measured yet: \`npm run bench -- --only timeline --out docs/BENCHMARKS.md\` measures it.\n${TIMELINE_END}`),
  );

  parts.push(
    report.profile
      ? profileSection(report.profile)
      : (keptProfile(previous) ??
          `${PROFILE_START}\n## Under load: a heavy profile\n\nNot measured yet: \`npm run bench -- --only profile --out docs/BENCHMARKS.md\` measures it.\n${PROFILE_END}`),
  );

  // Written by `npm run test:crash -- --out`, not by the bench: carried over as it is.
  const crash = keptCrash(previous);
  if (crash) parts.push(crash);

  parts.push(`${CORPUS_HEADING}

The corpus is generated from the ${'40'} bundled articles (\`resources/content/articles/*.md\`,
front matter then Markdown): their sentences feed a word-bigram chain (with a 12% chance of
a unigram draw at each step, so it does not replay whole sentences) and 2% of content words
are replaced by made-up words drawn from a Zipf-distributed tail of 250,000 (the opening of
one bundled word joined to the end of another), so the vocabulary keeps growing with the
corpus instead of stopping at the ~4,400 words of the bundled text. Body lengths follow the
bundled ones spread out (log-normal factor, clamped to 700–2,000 words); titles have 5–10
words, summaries 1–3 sentences. The PRNG is mulberry32, one seed per document (run seed
${report.seed}), so document *k* is identical at every size and for every engine; each engine's
process fingerprints the documents it indexed: ${sameDocuments(report)}.

${corpusSection(report)}

The query mix (${report.queries.length} queries, the same list for every engine and size):

${queryExamples(report)}

Common terms are drawn from the 300 most frequent bundled words of 4+ letters, rare ones from
bundled words seen once or twice, prefixes are the first 3–6 letters of frequent long words,
phrases are 2–3 consecutive words of a generated article, multi-term queries 2–3 words of one
generated article (all from the first 1,000 articles, so every size has hits).

How each engine is asked:

- **ours**: \`searchContent(db, text, { limit: ${TOP} })\` with the text as a person types it:
  \`term \` (trailing space: a finished word), \`pref\` (no space: still typing, a prefix),
  \`"a b"\`, \`a b c \`. The index is built with \`CONTENT_TABLES\` (with the bundled gazetteer,
  so place-name lookups cost what they cost in the app), \`addSearchDocs\`, \`finishSearchIndex\`
  and \`VACUUM\`, as the content build does. This is the app's whole search: spelling variants,
  place names, counts per kind, BM25 in JavaScript over \`matchinfo('pcnalx')\` for every match,
  snippets for the hits shown.
- **sql.js, bare FTS4 SQL**: the same sql.js index with only the two statements a minimal
  search needs (rank every match with the same BM25 and keep the top ${TOP}, then snippets for
  those), i.e. what the native FTS4 engine runs. It separates the cost of WebAssembly from the
  cost of the app's query layer; build, size and memory are those of ours.
- **better-sqlite3 FTS4**: the app's \`SEARCH_TABLES\` in a file DB, the same BM25 (the app's
  exported \`bm25\` and \`SEARCH_COLUMN_WEIGHTS\`, registered with \`db.function\`), the same two
  statements; MATCH expressions \`"term"\`, \`pref*\`, \`"a b"\`, \`"a" "b"\`.
  better-sqlite3 13.2.0 ships prebuilt binaries for Node-API 10 (Node 22 and later); on Node 20
  they crash on load, so the bench compiles the package from its own sources with node-gyp
  (offline, against the installed Node headers, declared \`NAPI_EXPERIMENTAL\` so that Node 20
  accepts the references to strings it creates). \`npm ci\` does not build it; the first
  \`npm run bench\` does (about a minute and a half).
- **better-sqlite3 FTS5**: an FTS5 table (unicode61, remove_diacritics 2) ranked with the
  built-in \`bm25(fts, 10, 4, 1, 2)\`, the same expressions, snippets for the top ${TOP}.
- **MiniSearch**: fields title, summary, body; boosts title 10, summary 4; \`combineWith: 'AND'\`;
  \`prefix: true\` for prefixes. It has no phrase operator: a phrase runs as its words AND-ed.
- **FlexSearch**: a \`Document\` index over title, summary and body with \`tokenize: 'forward'\`
  (so a word being typed finds its completions; this also makes every term match as a
  prefix), \`search(text, { limit: ${TOP}, merge: true })\`. Words are AND-ed within a field; no
  phrase operator and no BM25-style ranking.

Each engine and size runs in its own Node process (so memory and WebAssembly heap start from
nothing), with Node's default heap unless a note says otherwise; a cell that runs out of
memory is retried once with a 16 GB heap, and one that runs longer than 15 minutes is stopped;
either is reported where its figures would be.`);

  return parts.join('\n\n') + '\n';
}
