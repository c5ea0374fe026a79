// Opening content DBs of growing size: each made once by a cell, then opened cold by several
// fresh processes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DB } from '../../scripts/paths';
import type { MakeResult, OpenCellArgs, OpenResult } from '../cell-open';
import { log } from '../measure';
import type { OpenOutcome } from '../report';
import { runChild } from './child';
import { ARTICLES_DIR } from './content';
import { MB, type Options } from './options';

/** A content DB to open: the bundled one or one made to a target size. */
export interface OpenTarget {
  label: string;
  file: string;
  targetBytes: number | null;
  articles: number | null;
}

/** Makes the content DBs of each target size; those that could not be made are reported. */
export async function makeOpenTargets(
  options: Options,
  work: string,
): Promise<{ targets: OpenTarget[]; failed: OpenOutcome[] }> {
  const failed: OpenOutcome[] = [];
  const targets: OpenTarget[] = [
    { label: 'bundled', file: CONTENT_DB, targetBytes: null, articles: null },
  ];
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
      failed.push({
        label: `~${target / MB} MB`,
        articles: null,
        result: null,
        note: `not made: ${made.reason}`,
      });
      continue;
    }
    const info = JSON.parse(readFileSync(outFile, 'utf8')) as MakeResult;
    targets.push({
      label: `~${target / MB} MB`,
      file,
      targetBytes: target,
      articles: info.articles,
    });
  }
  return { targets, failed };
}

/** Opens each target in `options.openProcesses` fresh processes, stopping at the first failure. */
export async function measureOpens(
  options: Options,
  work: string,
  targets: OpenTarget[],
): Promise<OpenOutcome[]> {
  const opens: OpenOutcome[] = [];
  for (const target of targets) {
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
  return opens;
}
