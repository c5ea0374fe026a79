// One engine at one corpus size, in a process of its own so that its memory, its JIT state
// and (for sql.js) its WebAssembly heap start from nothing: build, then time every query.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import { corpusHash, QUERY_CLASSES, type BenchQuery, type QueryClass } from './corpus';
import {
  FlexSearchEngine,
  MiniSearchEngine,
  NativeFts4Engine,
  NativeFts5Engine,
  OursEngine,
  readGazetteer,
  SqlJsBareEngine,
  type Engine,
  type EngineId,
} from './engines';
import {
  childArgs,
  log,
  memoryDelta,
  memorySnapshot,
  now,
  readCorpus,
  type MemoryDelta,
} from './measure';
import { loadSqlJs } from './sqljs';

export interface EngineCellArgs {
  engine: Exclude<EngineId, 'sqljs-bare'>;
  size: number;
  corpusFile: string;
  queriesFile: string;
  bundledDb: string;
  workDir: string;
  rounds: number;
  outFile: string;
}

export interface QueryTimings {
  /** Milliseconds of every measured run of every query, by class. */
  samples: Record<QueryClass, number[]>;
  /** Ids returned for each query (first run), for comparing engines. */
  ids: string[][];
}

export interface EngineCellResult {
  engine: EngineId;
  size: number;
  corpusHash: string;
  buildMs: number;
  /** null when serializing the index failed (see the cell's note). */
  indexBytes: number | null;
  /** When it failed: how much had been serialized by then. */
  indexBytesBeforeFailure?: number;
  memory: MemoryDelta;
  timings: QueryTimings;
  /** Ours also times the same index with bare SQL (no app layer). */
  bare?: QueryTimings;
}

function timeQueries(
  label: string,
  queries: BenchQuery[],
  run: (q: BenchQuery) => string[],
  rounds: number,
): QueryTimings {
  log(`${label}: warming up (${queries.length} queries)`);
  const ids = queries.map((q) => run(q));
  const samples = Object.fromEntries(QUERY_CLASSES.map((c) => [c, [] as number[]])) as Record<
    QueryClass,
    number[]
  >;
  for (let r = 0; r < rounds; r++) {
    log(`${label}: timed round ${r + 1}/${rounds}`);
    for (const q of queries) {
      const t = now();
      run(q);
      samples[q.cls].push(now() - t);
    }
  }
  return { samples, ids };
}

async function main(): Promise<void> {
  const args = childArgs<EngineCellArgs>();
  const label = `${args.engine} @ ${args.size.toLocaleString('en')}`;
  const docs = await readCorpus(args.corpusFile, args.size);
  const hash = corpusHash(docs);
  const queries = JSON.parse(readFileSync(args.queriesFile, 'utf8')) as BenchQuery[];

  let SQL: SqlJsStatic | null = null;
  if (args.engine === 'ours') SQL = await loadSqlJs();
  const gazetteer = SQL ? readGazetteer(SQL, args.bundledDb) : null;
  const file = join(args.workDir, `${args.engine}-${args.size}.db`);
  const engine: Engine =
    args.engine === 'ours'
      ? new OursEngine(SQL!, gazetteer!)
      : args.engine === 'minisearch'
        ? new MiniSearchEngine()
        : args.engine === 'flexsearch'
          ? new FlexSearchEngine()
          : args.engine === 'native-fts4'
            ? new NativeFts4Engine(file)
            : new NativeFts5Engine(file);

  const before = memorySnapshot();
  let lastLog = 0;
  const t0 = now();
  engine.build(docs, (done) => {
    if (done === 0 || done === docs.length || now() - lastLog > 5_000) {
      lastLog = now();
      log(`${label}: indexed ${done.toLocaleString('en')}/${docs.length.toLocaleString('en')}`);
    }
  });
  const buildMs = now() - t0;
  const after = memorySnapshot();
  log(`${label}: built in ${(buildMs / 1000).toFixed(1)} s`);

  const timings = timeQueries(label, queries, (q) => engine.query(q), args.rounds);
  let bare: QueryTimings | undefined;
  if (engine instanceof OursEngine) {
    const sqlOnly = new SqlJsBareEngine(engine.db);
    bare = timeQueries(`${label} (bare SQL)`, queries, (q) => sqlOnly.query(q), args.rounds);
  }
  const result: EngineCellResult = {
    engine: args.engine,
    size: args.size,
    corpusHash: hash,
    buildMs,
    indexBytes: null,
    memory: memoryDelta(before, after),
    timings,
    ...(bare ? { bare } : {}),
  };
  // Written before the size is taken: serializing a large index can kill the process.
  writeFileSync(args.outFile, JSON.stringify(result));
  log(`${label}: measuring the stored size`);
  result.indexBytes = engine.size((bytes) =>
    writeFileSync(`${args.outFile}.partial`, String(bytes)),
  );
  engine.close();
  writeFileSync(args.outFile, JSON.stringify(result));
}

await main();
