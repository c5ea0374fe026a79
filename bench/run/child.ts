// Runs one benchmark cell in a Node process of its own, so one engine's memory and JIT state
// never colour another's figures, and says how it ended.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../../scripts/paths';
import { now } from '../measure';

const CELL_TIMEOUT_MS = 15 * 60_000;
/** The heap a cell is given when Node's default runs out. */
export const BIG_HEAP_MB = 16_384;

export interface ChildOutcome {
  ok: boolean;
  reason: string | null;
  outOfMemory: boolean;
  ms: number;
}

/** Runs one benchmark process; its stderr is passed through and its tail kept for errors. */
export function runChild(
  script: string,
  args: object,
  heapMb: number | null,
): Promise<ChildOutcome> {
  const flags = ['--expose-gc', ...(heapMb ? [`--max-old-space-size=${heapMb}`] : [])];
  const started = now();
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [...flags, '--import', 'tsx', join('bench', script), JSON.stringify(args)],
      { cwd: REPO_ROOT, stdio: ['ignore', 'inherit', 'pipe'] },
    );
    let tail = '';
    child.stderr.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      process.stderr.write(text.replace(/^npm warn Unknown user config.*\n/gm, ''));
      tail = (tail + text).slice(-4_000);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, CELL_TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = now() - started;
      const outOfMemory =
        /heap out of memory|Reached heap limit|Invalid (string|array) length|Array buffer allocation failed|Cannot allocate memory/i.test(
          tail,
        );
      if (code === 0) return resolve({ ok: true, reason: null, outOfMemory: false, ms });
      const last = tail
        .trim()
        .split('\n')
        .filter((l) => !l.startsWith('[bench'))
        .slice(-2)
        .join(' ')
        .slice(0, 300);
      const reason = timedOut
        ? `stopped after ${CELL_TIMEOUT_MS / 60_000} min`
        : outOfMemory
          ? `out of memory (${heapMb ? `${heapMb / 1024} GB` : 'default'} heap)`
          : `exit ${code ?? signal}: ${last}`;
      resolve({ ok: false, reason, outOfMemory, ms });
    });
  });
}
