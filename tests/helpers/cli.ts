// Running the CLI in-process with its output captured, against the fixture library written to
// a temporary file.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../scripts/cli/run';
import { fixtureDbBytes, tempDir } from './fixture';

export async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n') });
  return { code, out, err };
}

/** The fixture content DB as a file, for `--db`. */
export async function fixtureDbFile(prefix = 'kr-cli-'): Promise<string> {
  const path = join(tempDir(prefix), 'reader.db');
  writeFileSync(path, await fixtureDbBytes());
  return path;
}
