// The search figures: every engine at every corpus size, each in a process of its own, retried
// with a bigger heap when Node's default runs out.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DB } from '../../scripts/paths';
import type { EngineCellArgs, EngineCellResult } from '../cell-engine';
import type { EngineId } from '../engines';
import { log } from '../measure';
import type { NativeStatus } from '../native';
import type { CellOutcome } from '../report';
import { BIG_HEAP_MB, runChild } from './child';
import { machine } from './machine';
import type { Options } from './options';

const ENGINES: Exclude<EngineId, 'sqljs-bare'>[] = [
  'ours',
  'native-fts4',
  'native-fts5',
  'minisearch',
  'flexsearch',
];

/** The files every engine cell reads: the corpus and the query mix. */
export interface EngineInputs {
  corpusFile: string;
  queriesFile: string;
}

export async function measureEngines(
  options: Options,
  work: string,
  native: NativeStatus,
  { corpusFile, queriesFile }: EngineInputs,
): Promise<CellOutcome[]> {
  const cells: CellOutcome[] = [];
  for (const size of options.sizes) {
    for (const engine of ENGINES) {
      cells.push(
        ...(await measureEngine(options, work, native, engine, size, corpusFile, queriesFile)),
      );
    }
  }
  return cells;
}

/** One engine at one size; ours also yields the bare sql.js figures measured alongside. */
async function measureEngine(
  options: Options,
  work: string,
  native: NativeStatus,
  engine: Exclude<EngineId, 'sqljs-bare'>,
  size: number,
  corpusFile: string,
  queriesFile: string,
): Promise<CellOutcome[]> {
  const label = `${engine} @ ${size.toLocaleString('en')}`;
  if (engine.startsWith('native') && !native.ok) {
    return [
      {
        engine,
        size,
        result: null,
        note: `not run: better-sqlite3 unavailable (${native.reason})`,
      },
    ];
  }
  const outFile = join(work, `${engine}-${size}.json`);
  const args: EngineCellArgs = {
    engine,
    size,
    corpusFile,
    queriesFile,
    bundledDb: CONTENT_DB,
    workDir: work,
    rounds: options.rounds,
    outFile,
  };
  log(`${label}: starting`);
  rmSync(outFile, { force: true });
  rmSync(`${outFile}.partial`, { force: true });
  let outcome = await runChild('cell-engine.ts', args, null);
  let note: string | null = null;
  if (!outcome.ok && outcome.outOfMemory) {
    log(`${label}: out of memory with the default heap; again with ${BIG_HEAP_MB / 1024} GB`);
    note = `out of memory with Node's default ${(machine().heapLimitBytes / 2 ** 30).toFixed(1)} GB heap; figures from a run with --max-old-space-size=${BIG_HEAP_MB}`;
    rmSync(outFile, { force: true });
    outcome = await runChild('cell-engine.ts', args, BIG_HEAP_MB);
  }
  const partial = !outcome.ok && existsSync(outFile);
  if (!outcome.ok && !partial) {
    log(`${label}: ${outcome.reason}`);
    return [{ engine, size, result: null, note: `not run to the end: ${outcome.reason}` }];
  }
  const result = JSON.parse(readFileSync(outFile, 'utf8')) as EngineCellResult;
  if (partial) {
    const sofar = existsSync(`${outFile}.partial`)
      ? Number(readFileSync(`${outFile}.partial`, 'utf8'))
      : 0;
    if (sofar) result.indexBytesBeforeFailure = sofar;
    note = `${note ? `${note}; ` : ''}the process died while serializing the index to measure its size (${outcome.reason}) after ${(sofar / 1e6).toFixed(0)} MB had been written, so the size is only known to be larger than that`;
    log(`${label}: ${outcome.reason} while measuring the size`);
  }
  if (outcome.ms > 10 * 60_000)
    note = `${note ? `${note}; ` : ''}took ${(outcome.ms / 60_000).toFixed(1)} min`;
  const cells: CellOutcome[] = [{ engine, size, result, note }];
  if (engine === 'ours' && result.bare) {
    cells.push({
      engine: 'sqljs-bare',
      size,
      result: { ...result, engine: 'sqljs-bare', timings: result.bare },
      note: null,
    });
  }
  return cells;
}
