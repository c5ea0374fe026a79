// The bundled content DB every cell starts from, built by the same script as `npm run build:content`.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { CONTENT_DB, CONTENT_ROOT, REPO_ROOT } from '../../scripts/paths';
import { log } from '../measure';

/** The bundled articles, which the generated text and the heavy profile are drawn from. */
export const ARTICLES_DIR = join(CONTENT_ROOT, 'articles');

export function buildContent(): void {
  log('building the bundled content DB (npm run build:content)');
  const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-content.ts'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0 || !existsSync(CONTENT_DB)) throw new Error('The content build failed.');
}
