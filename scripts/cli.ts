// npm run --silent cli -- <command>: the library from the command line, for power users
// and for checks. Builds resources/reader.db first when it is missing or stale.
import { runCli } from './cli/run';

process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text + '\n'),
  err: (text) => process.stderr.write(text + '\n'),
});
