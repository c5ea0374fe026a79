// What `npm run bench` was asked to do, read from argv with node:util's parseArgs.
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../../scripts/paths';

export const USAGE = `npm run bench                          full run (1k, 10k, 50k articles), writes the doc
npm run bench -- --quick               short run (1k articles, fewer queries)
npm run bench -- --sizes 1000,10000    chosen sizes
npm run bench -- --rounds N --seed N   rounds per query and the seed of the corpus
npm run bench -- --out FILE            where to write (partial runs go to a temp file)
npm run bench -- --render FILE         only rewrite the doc from a run's saved figures
                                       (each run saves them to <tmp>/karabakh-bench-last.json)
npm run bench -- --only timeline       only the timeline with 5,000 events; with --out FILE
                                       its section replaces the one in FILE (so
                                       --out docs/BENCHMARKS.md keeps the search figures)
npm run bench -- --only profile        only the heavy profile, the same way`;

export const MB = 1_000_000;
const DEFAULT_SIZES = [1_000, 10_000, 50_000];

export interface Options {
  sizes: number[];
  perClass: number;
  rounds: number;
  seed: number;
  contentSizes: number[];
  openProcesses: number;
  saveCheckpoints: number[];
  out: string;
  /** Whether --out was given, rather than the default for the kind of run. */
  outGiven: boolean;
  full: boolean;
  argv: string[];
  render: string | null;
  only: 'timeline' | 'profile' | null;
  timelineRounds: number;
  help: boolean;
}

export function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
      sizes: { type: 'string' },
      out: { type: 'string' },
      rounds: { type: 'string' },
      seed: { type: 'string' },
      render: { type: 'string' },
      only: { type: 'string' },
    },
    strict: true,
  });
  const { quick, only = null } = values;
  const sizes =
    values.sizes
      ?.split(',')
      .map((s) => Number(s.replace(/_/g, '').trim()))
      .filter((n) => Number.isInteger(n) && n > 0) ?? (quick ? [1_000] : DEFAULT_SIZES);
  if (only !== null && only !== 'timeline' && only !== 'profile')
    throw new Error(`--only ${only}: only the timeline or the profile can be run alone.`);
  // A full run measures everything with the default settings; --out only says where to write.
  const full = !quick && !only && !values.sizes && !values.rounds && !values.seed;
  const tmpOut = join(os.tmpdir(), 'karabakh-bench', 'BENCHMARKS.md');
  return {
    sizes,
    perClass: quick ? 10 : 40,
    rounds: Number(values.rounds ?? (quick ? 1 : 3)),
    seed: Number(values.seed ?? 20_251_124),
    contentSizes: quick ? [5 * MB] : [5 * MB, 50 * MB, 200 * MB],
    openProcesses: quick ? 2 : 5,
    saveCheckpoints: quick ? [100, 1_000] : [100, 1_000, 10_000, 50_000],
    out: values.out ?? (full ? join(REPO_ROOT, 'docs', 'BENCHMARKS.md') : tmpOut),
    outGiven: values.out !== undefined,
    full,
    argv,
    render: values.render ?? null,
    only,
    timelineRounds: quick ? 3 : 7,
    help: values.help,
  };
}

/** The command that was run, as the report names it. */
export function commandOf(options: Options): string {
  return `npm run bench${options.argv.length ? ` -- ${options.argv.join(' ')}` : ''}`;
}
