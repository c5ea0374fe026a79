// Running the CLI in-process with its output captured, against the fixture library written to
// a temporary file.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PackCommandOptions } from '../../scripts/cli/commands/pack';
import { runCli } from '../../scripts/cli/run';
import { fixtureDbBytes, tempDir } from './fixture';

export async function cli(...args: string[]) {
  return cliWith({}, ...args);
}

/** The CLI with extra pack keys trusted, as only tests may. */
export async function cliWith(options: PackCommandOptions, ...args: string[]) {
  let out = '';
  let err = '';
  const io = { out: (t: string) => (out += t + '\n'), err: (t: string) => (err += t + '\n') };
  const code = await runCli(args, io, options);
  return { code, out, err };
}

/** The fixture content DB as a file, for `--db`. */
export async function fixtureDbFile(prefix = 'kr-cli-'): Promise<string> {
  const path = join(tempDir(prefix), 'reader.db');
  writeFileSync(path, await fixtureDbBytes());
  return path;
}
