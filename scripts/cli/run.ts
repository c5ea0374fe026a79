// The CLI's commands over the library, separate from the entry point so tests can run them.
import { readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import initSqlJs from 'sql.js';
import { Library } from '../../renderer/db/library';
import type {
  Article,
  Correction,
  EventItem,
  NameExpansion,
  SearchHit,
  Stats,
} from '../../renderer/db/types';
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../renderer/db/types';
import { ensureContentDb } from '../content/build';
import { ContentValidationError } from '../content/errors';
import { CONTENT_DB, CONTENT_ROOT } from '../paths';
import { importsDbPath } from '../../electron/main/paths';
import { readImportsDb, saveImportsDb } from '../../electron/main/imports-db-file';
import { createNodeEnv } from '../../renderer/import/env-node';
import { importFile, libraryRecord, MAX_IMPORT_BYTES } from '../../renderer/import/index';

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

Options:
  --db PATH        read this content DB instead of resources/reader.db (no rebuild)
  --profile DIR    the app's data folder (default: where the desktop app keeps it)
  --help           show this help`;

export class UsageError extends Error {
  override name = 'UsageError';
}

type Flags = Record<string, string | true>;

const FLAG_SPEC: Record<string, 'bool' | 'value'> = {
  json: 'bool',
  help: 'bool',
  type: 'value',
  limit: 'value',
  from: 'value',
  to: 'value',
  db: 'value',
  profile: 'value',
};

export function parseArgs(argv: string[]): { command: string; positional: string[]; flags: Flags } {
  const positional: string[] = [];
  const flags: Flags = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      const spec = FLAG_SPEC[name];
      if (!spec) throw new UsageError(`Unknown option --${name}.`);
      if (spec === 'bool') {
        if (inline !== undefined) throw new UsageError(`--${name} takes no value.`);
        flags[name] = true;
      } else {
        const value = inline ?? argv[++i];
        if (value === undefined || value.startsWith('--')) {
          throw new UsageError(`--${name} needs a value.`);
        }
        flags[name] = value;
      }
    } else {
      positional.push(arg);
    }
  }
  return { command: positional.shift() ?? '', positional, flags };
}

function dateFlag(flags: Flags, name: string): string | undefined {
  const value = flags[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) {
    throw new UsageError(`--${name} must be a date like 2023-09-19.`);
  }
  return value;
}

function plainSnippet(snippet: string, open = '[', close = ']'): string {
  return snippet.split(SNIPPET_OPEN).join(open).split(SNIPPET_CLOSE).join(close);
}

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Runs one CLI command; returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs(argv);
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { command, positional, flags } = parsed;
  if (flags.help || command === 'help') {
    io.out(USAGE);
    return 0;
  }
  const known = ['stats', 'search', 'events', 'article', 'corrections', 'import'];
  if (!known.includes(command)) {
    io.err(`${command ? `Unknown command "${command}".` : 'No command given.'}\n\n${USAGE}`);
    return 2;
  }
  try {
    if (command === 'import') return await runImport(positional, flags, io);
    const library = await openLibrary(flags);
    try {
      return run(library, command, positional, flags, io);
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

interface FileOutcome {
  file: string;
  status: 'imported' | 'duplicate' | 'failed';
  id?: string;
  title?: string;
  message?: string;
}

/** Imports files into the profile's imports.db; exit 0 when every file imported or was there. */
async function runImport(files: string[], flags: Flags, io: CliIo): Promise<number> {
  if (files.length === 0) throw new UsageError('import needs at least one file.');
  const profile = typeof flags.profile === 'string' ? flags.profile : defaultProfileDir();
  const dbPath = importsDbPath(profile);
  const library = await openLibrary({ ...flags }, await readImportsDb(dbPath));
  const outcomes: FileOutcome[] = [];
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
  if (flags.json) io.out(JSON.stringify({ profile, outcomes }, null, 2));
  else {
    for (const o of outcomes) {
      if (o.status === 'imported') io.out(`imported   ${o.file}  →  ${o.title} (${o.id})`);
      else if (o.status === 'duplicate') io.out(`already in ${o.file}  =  ${o.title} (${o.id})`);
      else io.out(`failed     ${o.file}: ${o.message}`);
    }
    const count = (s: FileOutcome['status']) => outcomes.filter((o) => o.status === s).length;
    io.out(
      `${count('imported')} imported, ${count('duplicate')} already there, ${count('failed')} failed (into ${dbPath}).`,
    );
  }
  return outcomes.some((o) => o.status === 'failed') ? 1 : 0;
}

async function openLibrary(flags: Flags, imports: Uint8Array | null = null): Promise<Library> {
  let path = CONTENT_DB;
  if (typeof flags.db === 'string') path = flags.db;
  else await ensureContentDb(CONTENT_ROOT, CONTENT_DB);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new Error(`Cannot read the library file ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const SQL = await initSqlJs();
  return Library.open(SQL, { content: bytes, contentPath: path, user: null, imports });
}

function run(
  library: Library,
  command: string,
  positional: string[],
  flags: Flags,
  io: CliIo,
): number {
  const json = flags.json === true;
  const print = (value: unknown, text: () => string) =>
    io.out(json ? JSON.stringify(value, null, 2) : text());

  switch (command) {
    case 'stats': {
      if (positional.length) throw new UsageError('stats takes no arguments.');
      const stats = library.stats();
      print(stats, () => formatStats(stats));
      return 0;
    }
    case 'search': {
      const query = positional.join(' ');
      if (!query.trim()) throw new UsageError('search needs a query.');
      const type = flags.type;
      if (type !== undefined && type !== 'article' && type !== 'event') {
        throw new UsageError('--type must be article or event.');
      }
      let limit = 20;
      if (flags.limit !== undefined) {
        limit = Number(flags.limit);
        if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
          throw new UsageError('--limit must be a whole number from 1 to 500.');
        }
      }
      const results = library.search(query, { kinds: [type ?? 'article', type ?? 'event'], limit });
      const hits = results.hits.slice(0, limit);
      print(
        { ...results, hits: hits.map((h) => ({ ...h, snippet: plainSnippet(h.snippet) })) },
        () => formatResults(results.names, hits, results.suggestion),
      );
      return 0;
    }
    case 'events': {
      if (positional.length)
        throw new UsageError('events takes no arguments, only --from and --to.');
      const from = dateFlag(flags, 'from');
      const to = dateFlag(flags, 'to');
      if (from && to && from > to) throw new UsageError('--from must not be after --to.');
      const events = library.listEvents({ from, to });
      print(events, () => events.map(formatEventLine).join('\n') || 'No events in that range.');
      return 0;
    }
    case 'corrections': {
      if (positional.length) throw new UsageError('corrections takes no arguments.');
      const corrections = library.listCorrections();
      print(corrections, () =>
        corrections.length
          ? corrections.map(formatCorrection).join('\n\n')
          : 'No corrections have been made to this library.',
      );
      return 0;
    }
    case 'article': {
      if (positional.length !== 1) throw new UsageError('article needs exactly one id.');
      const raw = positional[0]!;
      const id = raw.startsWith('article:') ? raw : `article:${raw}`;
      const article = library.getArticle(id);
      if (!article) {
        io.err(
          `No article with id ${id}. Try: npm run --silent cli -- search "<words>" --type article`,
        );
        return 1;
      }
      print(article, () => formatArticle(article));
      return 0;
    }
  }
  return 2;
}

export function formatCorrection(c: Correction): string {
  const sources = c.sources.map((s) => `${s.publisher}, ${s.title}${s.date ? ` (${s.date})` : ''}`);
  return [
    `${c.date}  ${c.itemTitle} (${c.itemId})`,
    `  What changed: ${c.what}`,
    `  Why: ${c.why}`,
    ...sources.map((s, i) => `  ${i === 0 ? 'Sources:' : '        '} ${s}`),
  ].join('\n');
}

export function formatStats(s: Stats): string {
  const lines = [
    `${s.meta.title}, content ${s.meta.contentVersion}, last reviewed ${s.meta.lastReviewed}`,
    `Articles: ${s.articles} (${s.words.toLocaleString('en')} words)`,
    `Events:   ${s.events}`,
    ...s.eventsByPeriod.map((p) => `  ${p.period.padEnd(10)} ${p.count}`),
    `Places:   ${s.places}`,
    `Sources:  ${s.sources}`,
  ];
  return lines.join('\n');
}

function formatResults(
  names: NameExpansion[],
  hits: SearchHit[],
  suggestion: string | null,
): string {
  const lines = names.map(
    (n) => `"${n.typed}" also searched as: ${n.alternatives.join(', ')} (${n.placeName})`,
  );
  if (!hits.length) {
    lines.push(suggestion ? `No results. Did you mean: ${suggestion}` : 'No results.');
    return lines.join('\n');
  }
  for (const h of hits) {
    const matched = h.matchedName ? ` [found as ${h.matchedName.found}]` : '';
    lines.push(
      `${h.kind.padEnd(7)} ${h.title}${matched}\n        ${h.id}\n        ${plainSnippet(h.snippet)}`,
    );
  }
  return lines.join('\n');
}

function formatEventLine(e: EventItem): string {
  return `${e.displayDate.padEnd(26)} ${e.title}  (${e.id})`;
}

function formatArticle(a: Article): string {
  const body = a.bodyHtml
    .replace(/<\/(p|h2|h3|li|blockquote)>/g, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const sources = a.sources.map(
    (s, i) => `  ${i + 1}. ${s.publisher}, "${s.title}"${s.date ? `, ${s.date}` : ''}`,
  );
  return [
    a.title,
    a.dek,
    `${a.readingMinutes} min read · updated ${a.updated}`,
    '',
    body,
    '',
    'Sources:',
    ...sources,
  ].join('\n');
}
