// Time to a first search result, in a fresh process: load sql.js, read the content DB's bytes,
// open the library on them, run the first search. The first pass is what a person sees at
// start-up; later passes (same process) show the cost without first-run compilation.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { Library } from '../renderer/db/library';
import { readBundledArticles, TextModel } from './corpus';
import { writeContentDbOfSize } from './content-db';
import { childArgs, log, median, memorySnapshot, now } from './measure';
import { loadSqlJs } from './sqljs';

export type OpenCellArgs =
  | {
      mode: 'make';
      articlesDir: string;
      seed: number;
      bundledDb: string;
      targetBytes: number;
      file: string;
      outFile: string;
    }
  | {
      mode: 'open';
      file: string;
      queries: string[];
      repeats: number;
      outFile: string;
    };

export interface MakeResult {
  articles: number;
  bytes: number;
  ms: number;
}

export interface OpenPass {
  readMs: number;
  openMs: number;
  firstSearchMs: number;
  /** A second, different query right after: the warm cost. */
  secondSearchMs: number;
  hits: number;
}

export interface OpenResult {
  bytes: number;
  /** Compiling and instantiating sql.js's WebAssembly, once per app start. */
  sqlInitMs: number;
  first: OpenPass;
  /** Medians of the later passes. */
  later: OpenPass;
  /** Memory held with the library open, the file's bytes released (heap + external). */
  heldBytes: number;
  wasmBytes: number | null;
}

async function main(): Promise<void> {
  const args = childArgs<OpenCellArgs>();
  if (args.mode === 'make') {
    const t = now();
    const SQL = await loadSqlJs();
    const model = new TextModel(readBundledArticles(args.articlesDir));
    const made = writeContentDbOfSize(
      SQL,
      model,
      args.seed,
      args.bundledDb,
      args.targetBytes,
      args.file,
    );
    const result: MakeResult = { ...made, ms: now() - t };
    writeFileSync(args.outFile, JSON.stringify(result));
    return;
  }

  const t0 = now();
  const SQL = await loadSqlJs();
  const sqlInitMs = now() - t0;
  const baseline = memorySnapshot();
  const passes: OpenPass[] = [];
  let heldBytes = 0;
  let wasmBytes: number | null = null;
  for (let i = 0; i < args.repeats; i++) {
    // The bytes stay inside this function: sql.js copies them into its in-memory file
    // system, and the app need not keep them once the library is open.
    const { library, t1, t2, t3 } = (() => {
      const t1 = now();
      const bytes = new Uint8Array(readFileSync(args.file));
      const t2 = now();
      const library = Library.open(SQL, { content: bytes, contentPath: 'bench.db', user: null });
      return { library, t1, t2, t3: now() };
    })();
    const first = library.search(args.queries[0]!, { limit: 20 });
    const t4 = now();
    library.search(args.queries[1] ?? args.queries[0]!, { limit: 20 });
    const t5 = now();
    const hits = Array.isArray(first) ? first.length : first.hits.length;
    passes.push({
      readMs: t2 - t1,
      openMs: t3 - t2,
      firstSearchMs: t4 - t3,
      secondSearchMs: t5 - t4,
      hits,
    });
    if (i === 0) {
      const held = memorySnapshot();
      heldBytes = held.heapUsed + held.external - (baseline.heapUsed + baseline.external);
      wasmBytes = held.wasm;
    }
    library.close();
    log(`open ${args.file}: pass ${i + 1}/${args.repeats}`);
  }
  const later = passes.slice(1);
  const mid = (pick: (p: OpenPass) => number) => median(later.map(pick));
  const result: OpenResult = {
    bytes: statSync(args.file).size,
    sqlInitMs,
    first: passes[0]!,
    later: {
      readMs: mid((p) => p.readMs),
      openMs: mid((p) => p.openMs),
      firstSearchMs: mid((p) => p.firstSearchMs),
      secondSearchMs: mid((p) => p.secondSearchMs),
      hits: passes[0]!.hits,
    },
    heldBytes,
    wasmBytes,
  };
  writeFileSync(args.outFile, JSON.stringify(result));
}

await main();
