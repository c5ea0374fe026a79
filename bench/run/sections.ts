// The sections measured by one cell each (the timeline and the heavy profile), and a run of one
// of them alone, spliced into an existing report.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { CONTENT_DB } from '../../scripts/paths';
import type { ProfileCellArgs, ProfileResult } from '../cell-profile';
import type { TimelineCellArgs, TimelineResult } from '../cell-timeline';
import { log } from '../measure';
import { CORPUS_HEADING } from '../report';
import type { ProfileOutcome } from '../report-profile';
import type { TimelineOutcome } from '../report-timeline';
import { BIG_HEAP_MB, runChild, type ChildOutcome } from './child';
import { ARTICLES_DIR, buildContent } from './content';
import { codeVersion, machine } from './machine';
import { commandOf, type Options } from './options';

const TIMELINE_EVENTS = 5_000;

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
    command: commandOf(options),
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
export async function measureTimeline(options: Options, work: string): Promise<TimelineOutcome> {
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
export async function sectionOnly<T extends { result: unknown; note: string | null }>(
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
  const out = options.outGiven
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
export async function measureProfile(options: Options, work: string): Promise<ProfileOutcome> {
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
