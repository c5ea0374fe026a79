// Saving user DBs of growing size, on the ~50 MB content DB (or the largest one made).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SaveCellArgs, SavePoint } from '../cell-save';
import { log } from '../measure';
import { runChild } from './child';
import { ARTICLES_DIR } from './content';
import type { OpenTarget } from './open';
import { MB, type Options } from './options';

export interface SaveOutcome {
  contentLabel: string;
  save: SavePoint[] | null;
  note: string | null;
}

export async function measureSaves(
  options: Options,
  work: string,
  targets: OpenTarget[],
): Promise<SaveOutcome> {
  const saveDb = targets.find((t) => t.targetBytes === 50 * MB) ?? targets[targets.length - 1]!;
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
  return {
    contentLabel: saveDb.label,
    save: existsSync(outFile) ? (JSON.parse(readFileSync(outFile, 'utf8')) as SavePoint[]) : null,
    note: outcome.ok ? null : `stopped: ${outcome.reason}`,
  };
}
