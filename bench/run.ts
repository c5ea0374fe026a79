// npm run bench: the search benchmark. Generates the corpus and the query mix once, then runs
// every engine at every size in a process of its own, measures opening content DBs of growing
// size and saving user DBs of growing size, and writes docs/BENCHMARKS.md. The options are in
// bench/run/options.ts (npm run bench -- --help lists them); each step is a module in bench/run/.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { REPO_ROOT } from '../scripts/paths';
import { makeQueries, readBundledArticles, TextModel } from './corpus';
import { log, now } from './measure';
import { ensureNativeSqlite } from './native';
import { renderReport, type BenchReport } from './report';
import { spliceTimeline, timelineSection } from './report-timeline';
import { profileSection, spliceProfile } from './report-profile';
import { loadSqlJs } from './sqljs';
import { ARTICLES_DIR, buildContent } from './run/content';
import { writeCorpus } from './run/corpus-file';
import { measureEngines, type EngineInputs } from './run/engines';
import { codeVersion, machine, packageVersion } from './run/machine';
import { makeOpenTargets, measureOpens } from './run/open';
import { commandOf, parseOptions, USAGE, type Options } from './run/options';
import { measureSaves } from './run/save';
import { measureProfile, measureTimeline, sectionOnly } from './run/sections';

/** --render FILE: the document again from a run's saved figures, nothing measured. */
function renderSaved(options: Options, file: string): void {
  const saved = JSON.parse(readFileSync(file, 'utf8')) as BenchReport;
  const out =
    options.outGiven || saved.full
      ? options.out
      : join(os.tmpdir(), 'karabakh-bench', 'BENCHMARKS.md');
  writeReport(saved, out);
}

function writeReport(report: BenchReport, out: string): void {
  const previous = existsSync(out) ? readFileSync(out, 'utf8') : null;
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, renderReport(report, previous));
  log(`wrote ${relative(process.cwd(), out) || out}`);
}

/** The text model, the query mix and the corpus, written to files the engine cells read. */
function prepareCorpus(options: Options, work: string) {
  log('reading the bundled articles and building the text model');
  const model = new TextModel(readBundledArticles(ARTICLES_DIR));
  const queries = makeQueries(model, options.seed, options.perClass);
  const inputs: EngineInputs = {
    queriesFile: join(work, 'queries.json'),
    corpusFile: join(work, 'corpus.jsonl'),
  };
  writeFileSync(inputs.queriesFile, JSON.stringify(queries));
  log('generating the corpus');
  const corpus = writeCorpus(model, options, inputs.corpusFile);
  return { queries, corpus, inputs };
}

/** Every section measured, then the document and the figures written. */
async function fullRun(options: Options): Promise<void> {
  const startedAt = new Date();
  const loadAtStart = os.loadavg()[0] ?? 0;
  const t0 = now();
  const work = join(os.tmpdir(), `karabakh-bench-${process.pid}`);
  mkdirSync(work, { recursive: true });
  log(`work folder ${work}; sizes ${options.sizes.join(', ')}`);

  buildContent();
  const native = ensureNativeSqlite(REPO_ROOT);
  if (!native.ok) log(`native engines will not run: ${native.reason}`);
  const SQL = await loadSqlJs();
  const sqljsSqlite = String(new SQL.Database().exec('SELECT sqlite_version()')[0]?.values[0]?.[0]);

  const { queries, corpus, inputs } = prepareCorpus(options, work);
  const cells = await measureEngines(options, work, native, inputs);
  const timeline = await measureTimeline(options, work);
  const profile = await measureProfile(options, work);
  const { targets, failed } = await makeOpenTargets(options, work);
  const opens = [...failed, ...(await measureOpens(options, work, targets))];
  const saves = await measureSaves(options, work, targets);

  const report: BenchReport = {
    startedAt: startedAt.toISOString(),
    minutes: (now() - t0) / 60_000,
    command: commandOf(options),
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
    saveContentLabel: saves.contentLabel,
    save: saves.save,
    saveNote: saves.note,
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

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (options.render) return renderSaved(options, options.render);
  if (options.only === 'timeline')
    return sectionOnly(options, 'timeline', measureTimeline, timelineSection, spliceTimeline);
  if (options.only === 'profile')
    return sectionOnly(options, 'profile', measureProfile, profileSection, spliceProfile);
  return fullRun(options);
}

await main();
