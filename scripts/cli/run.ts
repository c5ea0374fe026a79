// The CLI's entry, separate from scripts/cli.ts so tests can run it: reads the command line,
// dispatches to the command and turns what went wrong into a message and an exit code.
import { ContentValidationError } from '../content/errors';
import { parseCommandLine, USAGE, UsageError, type CommandLine } from './args';
import { article } from './commands/article';
import type { LibraryCommand } from './commands/command';
import { corrections } from './commands/corrections';
import { events } from './commands/events';
import { runImport } from './commands/import';
import { runPack, type PackCommandOptions } from './commands/pack';
import { search } from './commands/search';
import { stats } from './commands/stats';
import { openLibrary } from './open-library';
import type { CliIo } from './output';

const LIBRARY_COMMANDS: Record<string, LibraryCommand> = {
  stats,
  search,
  events,
  article,
  corrections,
};

/** Commands that read a file rather than the library, dispatched by name. */
const FILE_COMMANDS = new Set(['import', 'pack']);

/** Runs one CLI command; returns the exit code. `options` carries the test-only pack keys. */
export async function runCli(
  argv: string[],
  io: CliIo,
  options: PackCommandOptions = {},
): Promise<number> {
  let parsed: CommandLine;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { command, positional, flags } = parsed;
  if (flags.help || command === 'help') {
    io.out(USAGE);
    return 0;
  }
  const libraryCommand = Object.hasOwn(LIBRARY_COMMANDS, command)
    ? LIBRARY_COMMANDS[command]
    : undefined;
  if (!libraryCommand && !FILE_COMMANDS.has(command)) {
    io.err(`${command ? `Unknown command "${command}".` : 'No command given.'}\n\n${USAGE}`);
    return 2;
  }
  try {
    if (command === 'pack') return await runPack(positional, flags, io, options);
    if (!libraryCommand) return await runImport(positional, flags, io);
    const library = await openLibrary(flags);
    try {
      return libraryCommand(library, positional, flags, io);
    } finally {
      library.close();
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof ContentValidationError) {
      io.err(error.message);
      return 1;
    }
    io.err(error instanceof Error ? error.message : String(error));
    return 1;
  }
}
