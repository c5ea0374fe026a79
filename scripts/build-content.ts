// npm run build:content: validates resources/content and writes resources/reader.db.
// With --force it rebuilds even when the DB is up to date; with --check it only validates.
import { ContentValidationError } from './content/errors';
import { ensureContentDb, loadValidCorpus } from './content/build';
import { CONTENT_DB, CONTENT_ROOT } from './paths';
import { rmSync } from 'node:fs';

async function main(args: string[]): Promise<number> {
  try {
    if (args.includes('--check')) {
      loadValidCorpus(CONTENT_ROOT);
      console.log('Content is valid.');
      return 0;
    }
    if (args.includes('--force')) rmSync(CONTENT_DB, { force: true });
    const result = await ensureContentDb(CONTENT_ROOT, CONTENT_DB);
    console.log(
      result.built
        ? `Built ${result.path} (content ${result.hash.slice(0, 12)}).`
        : `${result.path} is up to date (content ${result.hash.slice(0, 12)}).`,
    );
    return 0;
  } catch (error) {
    if (error instanceof ContentValidationError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
