// npm run bench: the search benchmark. Generates the corpus and the query mix once, then runs
// every engine at every size in a process of its own, measures opening content DBs of growing
// size and saving user DBs of growing size, and writes docs/BENCHMARKS.md.
//
//   npm run bench                          full run (1k, 10k, 50k articles), writes the doc
//   npm run bench -- --quick               short run (1k articles, fewer queries)
//   npm run bench -- --sizes 1000,10000    chosen sizes
//   npm run bench -- --out FILE            where to write (partial runs go to a temp file)
//   npm run bench -- --render FILE         only rewrite the doc from a run's saved figures
//                                          (each run saves them to <tmp>/karabakh-bench-last.json)
//   npm run bench -- --only timeline       only the timeline with 5,000 events; with --out FILE
//                                          its section replaces the one in FILE (so
//                                          --out docs/BENCHMARKS.md keeps the search figures)
import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { CONTENT_DB, CONTENT_ROOT, REPO_ROOT } from '../scripts/paths';
import type { EngineCellArgs, EngineCellResult } from './cell-engine';
import type { MakeResult, OpenCellArgs, OpenResult } from './cell-open';
import type { SaveCellArgs, SavePoint } from './cell-save';
import type { TimelineCellArgs, TimelineResult } from './cell-timeline';
import { makeQueries, readBundledArticles, TextModel, type BenchQuery } from './corpus';
import { type EngineId } from './engines';
import { log, now } from './measure';
import { ensureNativeSqlite, type NativeStatus } from './native';
import {
  renderReport,
  type BenchReport,
  type CellOutcome,
  type CorpusStats,
  type OpenOutcome,
  CORPUS_HEADING,
} from './report';
import { spliceTimeline, timelineSection, type TimelineOutcome } from './report-timeline';
import type { ProfileCellArgs, ProfileResult } from './cell-profile';
import { profileSection, spliceProfile, type ProfileOutcome } from './report-profile';
import { loadSqlJs } from './sqljs';
import { wordsOf } from '../renderer/db/spelling';

const ARTICLES_DIR = join(CONTENT_ROOT, 'articles');
const DEFAULT_SIZES = [1_000, 10_000, 50_000];
const ENGINES: Exclude<EngineId, 'sqljs-bare'>[] = [
  'ours',
  'native-fts4',
  'native-fts5',
  'minisearch',
  'flexsearch',
];
const MB = 1_000_000;
const CELL_TIMEOUT_MS = 15 * 60_000;
const BIG_HEAP_MB = 16_384;
const TIMELINE_EVENTS = 5_000;

interface Options {
  sizes: number[];
  perClass: number;
  rounds: number;
  seed: number;
  contentSizes: number[];
  openProcesses: number;
  saveCheckpoints: number[];
  out: string;
  full: boolean;
  argv: string[];
  render: string | null;
  only: 'timeline' | 'profile' | null;
  timelineRounds: number;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const known = new Set([
    '--quick',
    '--sizes',
    '--out',
    '--rounds',
    '--seed',
    '--render',
    '--only',
  ]);
  for (const a of argv) {
    if (a.startsWith('--') && !known.has(a)) throw new Error(`Unknown option ${a}`);
  }
  const quick = argv.includes('--quick');
  const sizes =
    value('--sizes')
      ?.split(',')
      .map((s) => Number(s.replace(/_/g, '').trim()))
      .filter((n) => Number.isInteger(n) && n > 0) ?? (quick ? [1_000] : DEFAULT_SIZES);
  const render = value('--render') ?? null;
  const only = value('--only') ?? null;
  if (only !== null && only !== 'timeline' && only !== 'profile')
    throw new Error(`--only ${only}: only the timeline or the profile can be run alone.`);
  // A full run measures everything with the default settings; --out only says where to write.
  const full = !quick && !only && !value('--sizes') && !value('--rounds') && !value('--seed');
  const tmpOut = join(os.tmpdir(), 'karabakh-bench', 'BENCHMARKS.md');
  return {
    sizes,
    perClass: quick ? 10 : 40,
    rounds: Number(value('--rounds') ?? (quick ? 1 : 3)),
    seed: Number(value('--seed') ?? 20_251_124),
    contentSizes: quick ? [5 * MB] : [5 * MB, 50 * MB, 200 * MB],
    openProcesses: quick ? 2 : 5,
    saveCheckpoints: quick ? [100, 1_000] : [100, 1_000, 10_000, 50_000],
    out: value('--out') ?? (full ? join(REPO_ROOT, 'docs', 'BENCHMARKS.md') : tmpOut),
    full,
    argv,
    render,
    only: only as Options['only'],
    timelineRounds: quick ? 3 : 7,
  };
}

interface ChildOutcome {
  ok: boolean;
  reason: string | null;
  outOfMemory: boolean;
  ms: number;
}

/** Runs one benchmark process; its stderr is passed through and its tail kept for errors. */
function runChild(script: string, args: object, heapMb: number | null): Promise<ChildOutcome> {
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

/** Writes the corpus once (document k is the same at every size) and counts words per size. */
function writeCorpus(model: TextModel, options: Options, file: string): CorpusStats[] {
  const max = Math.max(...options.sizes);
  const out = openSync(file, 'w');
  const vocabulary = new Set<string>();
  const stats: CorpusStats[] = [];
  let words = 0;
  let chars = 0;
  let buffer: string[] = [];
  for (let k = 0; k < max; k++) {
    const d = model.document(options.seed, k);
    buffer.push(JSON.stringify(d));
    if (buffer.length >= 1_000) {
      writeSync(out, buffer.join('\n') + '\n');
      buffer = [];
    }
    const all = wordsOf(`${d.title} ${d.summary} ${d.body}`);
    words += d.words;
    chars += d.body.length;
    for (const w of all) vocabulary.add(w);
    if (options.sizes.includes(k + 1)) {
      stats.push({
        size: k + 1,
        words,
        meanWords: words / (k + 1),
        distinctTerms: vocabulary.size,
        bodyBytes: chars,
      });
    }
    if ((k + 1) % 5_000 === 0)
      log(`corpus: ${(k + 1).toLocaleString('en')}/${max.toLocaleString('en')} articles`);
  }
  writeSync(out, buffer.join('\n') + '\n');
  closeSync(out);
  return stats;
}

function machine(): BenchReport['machine'] {
  const cpus = os.cpus();
  const distro = (() => {
    try {
      return /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? '';
    } catch {
      return '';
    }
  })();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    ramBytes: os.totalmem(),
    node: process.version,
    os: `${distro ? `${distro}, ` : ''}${os.type()} ${os.release()} ${os.arch()}`,
    heapLimitBytes: getHeapStatistics().heap_size_limit,
  };
}

/** The commit measured, and whether the working tree differed from it (outside bench/ and docs/). */
function codeVersion(): string {
  const git = (...args: string[]) =>
    spawnSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).stdout ?? '';
  const commit = git('rev-parse', '--short', 'HEAD').trim();
  if (!commit) return 'not a git checkout';
  const changed = git('status', '--porcelain', '--untracked-files=no')
    .split('\n')
    .map((l) => l.slice(3))
    .filter((f) => f && !/^(bench|docs)\/|^package(-lock)?\.json$/.test(f));
  return changed.length
    ? `${commit} with uncommitted changes to ${changed.join(', ')}`
    : `${commit} (${git('log', '-1', '--format=%s').trim().slice(0, 80)})`;
}

function packageVersion(name: string): string {
  try {
    const pkg = JSON.parse(
      readFileSync(join(REPO_ROOT, 'node_modules', name, 'package.json'), 'utf8'),
    ) as { version: string };
    return pkg.version;
  } catch {
    return 'not installed';
  }
}

function writeReport(report: BenchReport, out: string): void {
  const previous = existsSync(out) ? readFileSync(out, 'utf8') : null;
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, renderReport(report, previous));
  log(`wrote ${relative(process.cwd(), out) || out}`);
}

/** What a section's cell measured, with the run, machine and code it was measured on. */
function cellOutcome<R>(
  options: Options,
  name: string,
  startedAt: string,
  loadAtStart: number,
  outcome: ChildOutcome,
  outFile: string,
) {
  const m = machine();
  return {
    command: `npm run bench${options.argv.length ? ` -- ${options.argv.join(' ')}` : ''}`,
    startedAt,
    code: codeVersion(),
    cpu: m.cpu,
    cores: m.cores,
    load: { start: loadAtStart, end: os.loadavg()[0] ?? 0 },
    result:
      outcome.ok && existsSync(outFile) ? (JSON.parse(readFileSync(outFile, 'utf8')) as R) : null,
    note: outcome.ok ? null : `the ${name} cell failed: ${outcome.reason}`,
  };
}

/** The timeline cell: a content DB of TIMELINE_EVENTS events, the web build, Chromium. */
async function measureTimeline(options: Options, work: string): Promise<TimelineOutcome> {
  const startedAt = new Date().toISOString();
  const loadAtStart = os.loadavg()[0] ?? 0;
  const outFile = join(work, 'timeline.json');
  log(`timeline with ${TIMELINE_EVENTS.toLocaleString('en')} events: starting`);
  const outcome = await runChild(
    'cell-timeline.ts',
    {
      bundledDb: CONTENT_DB,
      events: TIMELINE_EVENTS,
      seed: options.seed,
      rounds: options.timelineRounds,
      workDir: join(work, 'timeline'),
      outFile,
    } satisfies TimelineCellArgs,
    null,
  );
  return cellOutcome<TimelineResult>(options, 'timeline', startedAt, loadAtStart, outcome, outFile);
}

/**
 * --only timeline / --only profile: that section alone, spliced into the report at --out when
 * there is one (else written to a file of its own in the temp folder).
 */
async function sectionOnly<T extends { result: unknown; note: string | null }>(
  options: Options,
  name: string,
  measure: (options: Options, work: string) => Promise<T>,
  render: (outcome: T) => string,
  splice: (document: string, section: string, beforeHeading: string) => string,
): Promise<void> {
  const work = join(os.tmpdir(), `karabakh-bench-${process.pid}`);
  mkdirSync(work, { recursive: true });
  buildContent();
  const outcome = await measure(options, work);
  writeFileSync(join(os.tmpdir(), `karabakh-bench-${name}-last.json`), JSON.stringify(outcome));
  const out = options.argv.includes('--out')
    ? options.out
    : join(os.tmpdir(), 'karabakh-bench', `${name.toUpperCase()}.md`);
  const section = render(outcome);
  const previous = existsSync(out) ? readFileSync(out, 'utf8') : null;
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(
    out,
    previous ? splice(previous, section, CORPUS_HEADING) : `# Benchmark: ${name}\n\n${section}\n`,
  );
  rmSync(work, { recursive: true, force: true });
  log(`wrote ${relative(process.cwd(), out) || out}`);
  if (!outcome.result) throw new Error(outcome.note ?? `The ${name} was not measured.`);
}

/** The heavy profile: 10k bookmarks, 10k notes, 50k highlights, 2,000 imported articles. */
async function measureProfile(options: Options, work: string): Promise<ProfileOutcome> {
  const startedAt = new Date().toISOString();
  const loadAtStart = os.loadavg()[0] ?? 0;
  const outFile = join(work, 'profile.json');
  log('heavy profile: starting');
  const outcome = await runChild(
    'cell-profile.ts',
    {
      contentDb: CONTENT_DB,
      articlesDir: ARTICLES_DIR,
      seed: options.seed,
      bookmarks: 10_000,
      notes: 10_000,
      highlights: 50_000,
      imported: 2_000,
      importedWords: 1_000,
      queries: [
        'ceasefire',
        'Stepanakert',
        'corridor blockade',
        '"peace talks"',
        'refugees OR displaced',
        'minsk',
        'water',
        'tre',
      ],
      workDir: join(work, 'profile'),
      outFile,
    } satisfies ProfileCellArgs,
    BIG_HEAP_MB,
  );
  return cellOutcome<ProfileResult>(options, 'profile', startedAt, loadAtStart, outcome, outFile);
}

function buildContent(): void {
  log('building the bundled content DB (npm run build:content)');
  const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-content.ts'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0 || !existsSync(CONTENT_DB)) throw new Error('The content build failed.');
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.render) {
    const saved = JSON.parse(readFileSync(options.render, 'utf8')) as BenchReport;
    const out =
      options.argv.includes('--out') || saved.full
        ? options.out
        : join(os.tmpdir(), 'karabakh-bench', 'BENCHMARKS.md');
    writeReport(saved, out);
    return;
  }
  if (options.only === 'timeline')
    return sectionOnly(options, 'timeline', measureTimeline, timelineSection, spliceTimeline);
  if (options.only === 'profile')
    return sectionOnly(options, 'profile', measureProfile, profileSection, spliceProfile);
  const startedAt = new Date();
  const loadAtStart = os.loadavg()[0] ?? 0;
  const t0 = now();
  const work = join(os.tmpdir(), `karabakh-bench-${process.pid}`);
  mkdirSync(work, { recursive: true });
  log(`work folder ${work}; sizes ${options.sizes.join(', ')}`);

  buildContent();

  const native: NativeStatus = ensureNativeSqlite(REPO_ROOT);
  if (!native.ok) log(`native engines will not run: ${native.reason}`);
  const SQL = await loadSqlJs();
  const sqljsSqlite = String(new SQL.Database().exec('SELECT sqlite_version()')[0]?.values[0]?.[0]);

  log('reading the bundled articles and building the text model');
  const model = new TextModel(readBundledArticles(ARTICLES_DIR));
  const queries: BenchQuery[] = makeQueries(model, options.seed, options.perClass);
  const queriesFile = join(work, 'queries.json');
  writeFileSync(queriesFile, JSON.stringify(queries));
  const corpusFile = join(work, 'corpus.jsonl');
  log('generating the corpus');
  const corpus = writeCorpus(model, options, corpusFile);

  const cells: CellOutcome[] = [];
  for (const size of options.sizes) {
    for (const engine of ENGINES) {
      const label = `${engine} @ ${size.toLocaleString('en')}`;
      if (engine.startsWith('native') && !native.ok) {
        cells.push({
          engine,
          size,
          result: null,
          note: `not run: better-sqlite3 unavailable (${native.reason})`,
        });
        continue;
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
        cells.push({ engine, size, result: null, note: `not run to the end: ${outcome.reason}` });
        log(`${label}: ${outcome.reason}`);
        continue;
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
      cells.push({ engine, size, result, note });
      if (engine === 'ours' && result.bare) {
        cells.push({
          engine: 'sqljs-bare',
          size,
          result: { ...result, engine: 'sqljs-bare', timings: result.bare },
          note: null,
        });
      }
    }
  }

  const timeline = await measureTimeline(options, work);
  const profile = await measureProfile(options, work);

  const opens: OpenOutcome[] = [];
  const openTargets: {
    label: string;
    file: string;
    targetBytes: number | null;
    articles: number | null;
  }[] = [{ label: 'bundled', file: CONTENT_DB, targetBytes: null, articles: null }];
  for (const target of options.contentSizes) {
    const file = join(work, `content-${target / MB}mb.db`);
    const outFile = join(work, `make-${target}.json`);
    log(`content DB of ~${target / MB} MB: generating`);
    const made = await runChild(
      'cell-open.ts',
      {
        mode: 'make',
        articlesDir: ARTICLES_DIR,
        seed: options.seed,
        bundledDb: CONTENT_DB,
        targetBytes: target,
        file,
        outFile,
      } satisfies OpenCellArgs,
      null,
    );
    if (!made.ok) {
      opens.push({
        label: `~${target / MB} MB`,
        articles: null,
        result: null,
        note: `not made: ${made.reason}`,
      });
      continue;
    }
    const info = JSON.parse(readFileSync(outFile, 'utf8')) as MakeResult;
    openTargets.push({
      label: `~${target / MB} MB`,
      file,
      targetBytes: target,
      articles: info.articles,
    });
  }
  for (const target of openTargets) {
    const results: OpenResult[] = [];
    let failure: string | null = null;
    for (let p = 0; p < options.openProcesses; p++) {
      const outFile = join(work, `open-${p}.json`);
      log(`open ${target.label}: process ${p + 1}/${options.openProcesses}`);
      const outcome = await runChild(
        'cell-open.ts',
        {
          mode: 'open',
          file: target.file,
          queries: ['ceasefire', 'Stepanakert'],
          repeats: 4,
          outFile,
        } satisfies OpenCellArgs,
        null,
      );
      if (!outcome.ok) {
        failure = outcome.reason;
        break;
      }
      results.push(JSON.parse(readFileSync(outFile, 'utf8')) as OpenResult);
    }
    opens.push({
      label: target.label,
      articles: target.articles,
      result: results.length ? results : null,
      note: failure ? `failed: ${failure}` : null,
    });
  }

  let save: SavePoint[] | null = null;
  let saveNote: string | null = null;
  const saveDb =
    openTargets.find((t) => t.targetBytes === 50 * MB) ?? openTargets[openTargets.length - 1]!;
  {
    const outFile = join(work, 'save.json');
    log(`user DB saves on ${saveDb.label}: ${options.saveCheckpoints.join(', ')} annotations`);
    const outcome = await runChild(
      'cell-save.ts',
      {
        contentDb: saveDb.file,
        articlesDir: ARTICLES_DIR,
        seed: options.seed,
        checkpoints: options.saveCheckpoints,
        repeats: 5,
        workDir: join(work, 'user'),
        outFile,
      } satisfies SaveCellArgs,
      null,
    );
    if (existsSync(outFile)) save = JSON.parse(readFileSync(outFile, 'utf8')) as SavePoint[];
    if (!outcome.ok) saveNote = `stopped: ${outcome.reason}`;
  }

  const report: BenchReport = {
    startedAt: startedAt.toISOString(),
    minutes: (now() - t0) / 60_000,
    command: `npm run bench${options.argv.length ? ` -- ${options.argv.join(' ')}` : ''}`,
    full: options.full,
    code: codeVersion(),
    machine: machine(),
    load: { start: loadAtStart, end: os.loadavg()[0] ?? 0 },
    versions: {
      sqljs: packageVersion('sql.js'),
      sqljsSqlite,
      minisearch: packageVersion('minisearch'),
      flexsearch: packageVersion('flexsearch'),
      betterSqlite3: packageVersion('better-sqlite3'),
      native,
    },
    seed: options.seed,
    rounds: options.rounds,
    queries,
    corpus,
    cells,
    opens,
    saveContentLabel: saveDb.label,
    save,
    saveNote,
    timeline,
    profile,
  };
  const previous = existsSync(options.out) ? readFileSync(options.out, 'utf8') : null;
  mkdirSync(join(options.out, '..'), { recursive: true });
  writeFileSync(options.out, renderReport(report, previous));
  writeFileSync(join(os.tmpdir(), 'karabakh-bench-last.json'), JSON.stringify(report));
  rmSync(work, { recursive: true, force: true });
  log(
    `wrote ${relative(process.cwd(), options.out) || options.out} in ${report.minutes.toFixed(1)} min`,
  );
}

await main();
