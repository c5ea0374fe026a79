// npm run readme:stats: rewrites "The library in numbers" in README.md from the built library,
// exactly as `npm run --silent cli -- stats` prints it. A test keeps the two in step.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import initSqlJs from 'sql.js';
import { Library } from '../renderer/db/library';
import { formatStats } from './cli/format';
import { ensureContentDb } from './content/build';
import { CONTENT_DB, CONTENT_ROOT, REPO_ROOT } from './paths';

export const README = resolve(REPO_ROOT, 'README.md');
const BLOCK = /(<!-- corpus-stats:start -->\n)[\s\S]*?(<!-- corpus-stats:end -->)/;

export function statsBlock(statsText: string): string {
  return `Produced by \`npm run --silent cli -- stats\`:\n\n\`\`\`\n${statsText}\n\`\`\`\n`;
}

export function readmeStatsText(readme: string): string | null {
  const match = BLOCK.exec(readme);
  const inner = match?.[0].match(/```\n([\s\S]*?)\n```/);
  return inner?.[1] ?? null;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  await ensureContentDb(CONTENT_ROOT, CONTENT_DB);
  const library = Library.open(await initSqlJs(), {
    content: readFileSync(CONTENT_DB),
    contentPath: CONTENT_DB,
    user: null,
  });
  const text = formatStats(library.stats());
  const readme = readFileSync(README, 'utf8');
  if (!BLOCK.test(readme)) throw new Error('README.md has no corpus-stats block.');
  writeFileSync(README, readme.replace(BLOCK, `$1${statsBlock(text)}$2`));
  console.log(text);
}
