// The CLI's command line: the usage text, and argv read with node:util's parseArgs into a command,
// its words and its options, with a message a person can act on for anything it does not know.
import { parseArgs } from 'node:util';

export const USAGE = `Usage: npm run --silent cli -- <command> [options]

Commands:
  stats [--json]                                 counts of articles, words, events, places, sources
  search "<query>" [--type article|event] [--limit N] [--json]
                                                 full-text search, best matches first
  events [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]
                                                 events in time order, every field
  article <id> [--json]                          one article (id like article:first-war)
  corrections [--json]                           the corrections log: what changed in published
                                                 items, why, on which sources, newest first
  import <files...> [--profile DIR] [--json]     add saved web pages (.html, .htm, .mhtml),
                                                 Markdown, text and EPUB files to your imported
                                                 articles; close the app first
  pack info <file.krpack> [--db PATH] [--json]   what a content pack holds (versions, sizes,
                                                 changes, signing key) and whether this app
                                                 would accept it
  pack verify <file.krpack> [--db PATH] [--json] exit 0 when this app would accept the pack,
                                                 else 1 with the reason; with --db, the library
                                                 in PATH counts as the one in use
  pack install <file.krpack> [--profile DIR] [--db PATH]
                                                 verify the pack and install its library into
                                                 the app's data folder, keeping the previous
                                                 one; --db names the bundled library
  pack rollback [--profile DIR]                  go back to the library that came with the app

Options:
  --db PATH        read this content DB instead of resources/reader.db (no rebuild)
  --profile DIR    the app's data folder (default: where the desktop app keeps it)
  --help           show this help`;

export class UsageError extends Error {
  override name = 'UsageError';
}

const OPTIONS = {
  json: { type: 'boolean' },
  help: { type: 'boolean' },
  type: { type: 'string' },
  limit: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  db: { type: 'string' },
  profile: { type: 'string' },
} as const;

type OptionName = keyof typeof OPTIONS;

export type Flags = Partial<Record<OptionName, string | true>>;

export interface CommandLine {
  command: string;
  positional: string[];
  flags: Flags;
}

function isOption(name: string): name is OptionName {
  return Object.hasOwn(OPTIONS, name);
}

/**
 * Reads argv. parseArgs runs unstrict and hands back its tokens so that each mistake gets the
 * CLI's own message, and so that a word with one leading dash stays a word: `search Shusha
 * -Stepanakert` leaves a place out, it does not set options S, t, e…
 */
export function parseCommandLine(argv: string[]): CommandLine {
  const { tokens } = parseArgs({
    args: argv,
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const positional: string[] = [];
  const flags: Flags = {};
  const dashWords = new Set<number>();
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positional.push(token.value);
    } else if (token.kind === 'option' && !token.rawName.startsWith('--')) {
      // One short-option token per letter, all with the word's index.
      if (!dashWords.has(token.index)) positional.push(argv[token.index]!);
      dashWords.add(token.index);
    } else if (token.kind === 'option') {
      const { name, value } = token;
      if (!isOption(name)) throw new UsageError(`Unknown option --${name}.`);
      if (OPTIONS[name].type === 'boolean') {
        if (value !== undefined) throw new UsageError(`--${name} takes no value.`);
        flags[name] = true;
      } else {
        if (value === undefined || value.startsWith('--')) {
          throw new UsageError(`--${name} needs a value.`);
        }
        flags[name] = value;
      }
    }
  }
  return { command: positional.shift() ?? '', positional, flags };
}

/** A --from or --to value: a date or the start of one (2023, 2023-09, 2023-09-19). */
export function dateFlag(flags: Flags, name: 'from' | 'to'): string | undefined {
  const value = flags[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) {
    throw new UsageError(`--${name} must be a date like 2023-09-19.`);
  }
  return value;
}
