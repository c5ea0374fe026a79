// Timing, memory and progress helpers shared by the benchmark's processes.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { BenchDoc } from './corpus';
import { wasmHeapBytes } from './sqljs';

export const now = (): number => performance.now();

/** Linear-interpolated percentile of unsorted samples (p in 0..100). */
export function percentile(samples: readonly number[], p: number): number {
  if (!samples.length) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = ((sorted.length - 1) * p) / 100;
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo);
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

export interface MemorySnapshot {
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  rss: number;
  /** sql.js's WebAssembly memory, when sql.js is loaded. */
  wasm: number | null;
}

/** Memory after full garbage collections (the process runs with --expose-gc). */
export function memorySnapshot(): MemorySnapshot {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc)
    throw new Error('Run with node --expose-gc: memory figures need gc() before each reading.');
  gc();
  gc();
  const m = process.memoryUsage();
  return {
    heapUsed: m.heapUsed,
    external: m.external,
    arrayBuffers: m.arrayBuffers,
    rss: m.rss,
    wasm: wasmHeapBytes(),
  };
}

export interface MemoryDelta {
  heap: number;
  external: number;
  arrayBuffers: number;
  rss: number;
  wasm: number | null;
  wasmAfter: number | null;
}

export function memoryDelta(before: MemorySnapshot, after: MemorySnapshot): MemoryDelta {
  return {
    heap: after.heapUsed - before.heapUsed,
    external: after.external - before.external,
    arrayBuffers: after.arrayBuffers - before.arrayBuffers,
    rss: after.rss - before.rss,
    wasm: after.wasm !== null && before.wasm !== null ? after.wasm - before.wasm : null,
    wasmAfter: after.wasm,
  };
}

const started = Date.now();

/** Progress on stderr, so a long run shows it is alive. */
export function log(message: string): void {
  const s = Math.round((Date.now() - started) / 1000);
  process.stderr.write(`[bench +${s}s] ${message}\n`);
}

/** The first `count` documents of a corpus file (one JSON document a line). */
export async function readCorpus(file: string, count: number): Promise<BenchDoc[]> {
  const docs: BenchDoc[] = [];
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) {
    if (docs.length >= count) break;
    if (line) docs.push(JSON.parse(line) as BenchDoc);
  }
  lines.close();
  if (docs.length < count) throw new Error(`${file} has ${docs.length} documents, ${count} wanted`);
  return docs;
}

/** Arguments of a child process: one JSON object. */
export function childArgs<T>(): T {
  const raw = process.argv[2];
  if (!raw) throw new Error('This is a benchmark child process: run npm run bench.');
  return JSON.parse(raw) as T;
}
