// `import <files...>`: adds files to the profile's imports.db, as the app's import does, and
// says for each file what became of it.
import { readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import { readImportsDb, saveImportsDb } from '../../../electron/main/imports-db-file';
import { importsDbPath } from '../../../electron/main/paths';
import { createNodeEnv } from '../../../renderer/import/env-node';
import { importFile, libraryRecord, MAX_IMPORT_BYTES } from '../../../renderer/import/index';
import { UsageError, type Flags } from '../args';
import { formatImportOutcomes, type ImportOutcome } from '../format';
import { openLibrary } from '../open-library';
import { printer, type CliIo } from '../output';

/** Where the desktop app keeps its data (Electron's userData for "Karabakh Reader"). */
export function defaultProfileDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home = homedir(),
): string {
  const name = 'Karabakh Reader';
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), name);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', name);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), name);
}

/** Imports files into the profile's imports.db; exit 0 when every file imported or was there. */
export async function runImport(files: string[], flags: Flags, io: CliIo): Promise<number> {
  if (files.length === 0) throw new UsageError('import needs at least one file.');
  const profile = typeof flags.profile === 'string' ? flags.profile : defaultProfileDir();
  const dbPath = importsDbPath(profile);
  const library = await openLibrary({ ...flags }, await readImportsDb(dbPath));
  const outcomes: ImportOutcome[] = [];
  try {
    if (library.importsStatus.state === 'unreadable') {
      io.err(
        `${dbPath} could not be opened (${library.importsStatus.reason}); nothing was imported and the file was left as it is.`,
      );
      return 1;
    }
    const env = createNodeEnv();
    for (const [i, path] of files.entries()) {
      const file = basename(path);
      if (!flags.json) io.err(`Importing ${i + 1} of ${files.length}: ${file}`);
      let bytes: Uint8Array;
      try {
        const size = statSync(path).size;
        if (size > MAX_IMPORT_BYTES) {
          outcomes.push({
            file: path,
            status: 'failed',
            message: `${file} is ${Math.ceil(size / 1_048_576)} MB; files up to ${MAX_IMPORT_BYTES / 1_048_576} MB can be imported.`,
          });
          continue;
        }
        bytes = readFileSync(path);
      } catch (error) {
        outcomes.push({
          file: path,
          status: 'failed',
          message: `${file} could not be read: ${(error as Error).message}`,
        });
        continue;
      }
      const result = await importFile({ name: file, bytes }, env);
      if (!result.ok) {
        outcomes.push({ file: path, status: 'failed', message: result.message });
        continue;
      }
      const [added] = library.addImported([libraryRecord(result.document, env)]);
      outcomes.push({
        file: path,
        status: added!.status === 'added' ? 'imported' : 'duplicate',
        id: added!.article.id,
        title: added!.article.title,
      });
    }
    if (outcomes.some((o) => o.status === 'imported')) {
      await saveImportsDb(dbPath, library.exportImports());
    }
  } finally {
    library.close();
  }
  printer(io, flags.json === true)({ profile, outcomes }, () =>
    formatImportOutcomes(outcomes, dbPath),
  );
  return outcomes.some((o) => o.status === 'failed') ? 1 : 0;
}
