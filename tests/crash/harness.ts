// The crash test: a child process keeps changing and saving the user's notes through main's
// real save path; the parent kills it with SIGKILL at a random (seeded) moment, then opens
// user.db as the app does at start and checks that it is intact and holds every change the
// child reported durable. Then it starts the child again on the same profile.
//
// SIGKILL tests what a crashed or killed app leaves behind. The OS still writes out what the
// process handed it, so this does not stand in for a power cut; the fsyncs are for that.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { createUserDbCheck } from '../../electron/main/user-db-check';
import { loadUserDb } from '../../electron/main/user-db-recovery';
import { backupFolder, listBackups } from '../../electron/main/user-db-file';
import { Library } from '../../renderer/db/library';
import { mulberry32 } from '../../scripts/random';
import { fixtureDbBytes } from '../helpers/fixture';

const WORKER = resolve(import.meta.dirname, 'worker.ts');
/** A child that is not ready, or saves nothing, for this long has failed. */
const STALL_TIMEOUT_MS = 60_000;

export type CrashOptions = {
  kills: number;
  seed: number;
  /** Each run is killed after a random number of saves up to this (0: right after start). */
  maxSaves?: number;
  /** Keep the profile folder afterwards (its path is in the result). */
  keep?: boolean;
  log?: (line: string) => void;
};

export type CrashResult = {
  kills: number;
  seed: number;
  /** Changes the child reported durable, all of them found again after every kill. */
  changesVerified: number;
  /** Changes in user.db at the end, reported or not (the last ones before a kill). */
  changesInFile: number;
  /** Kills that landed before the child reported anything of that run. */
  killsBeforeFirstSave: number;
  tempFilesRemoved: number;
  backups: number;
  fileBytes: number;
  seconds: number;
  profileDir: string;
  failure: string | null;
};

type ChildRun = { reported: string[]; readyAt: number | null; exit: string };
/** Kill after this many saves reported, then this many milliseconds more. */
type KillPoint = { saves: number; delayMs: number };

/**
 * Starts the child, kills it at `at`, and gathers what it reported. Counting saves rather
 * than time lands the kills all over the save cycle however fast the disk's fsync is.
 */
function runChild(profileDir: string, contentFile: string, run: number, at: KillPoint) {
  return new Promise<ChildRun>((resolvePromise) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', WORKER, profileDir, contentFile, String(run)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const result: ChildRun = { reported: [], readyAt: null, exit: '' };
    let buffer = '';
    let stderr = '';
    const startedAt = Date.now();
    let saves = 0;
    let stalled = false;
    let aimed = false;
    const guard = setTimeout(() => {
      stalled = true;
      child.kill('SIGKILL');
    }, STALL_TIMEOUT_MS);
    const aim = () => {
      if (aimed || result.readyAt === null || saves < at.saves) return;
      aimed = true;
      clearTimeout(guard);
      setTimeout(() => child.kill('SIGKILL'), at.delayMs);
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const [word, ...ids] = line.split(' ');
        if (word === 'saved') {
          result.reported.push(...ids);
          saves += 1;
        }
        if (word === 'ready' && result.readyAt === null) result.readyAt = Date.now() - startedAt;
        aim();
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    // 'close', not 'exit': every line the child wrote before it died is read by then.
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      const stall = `${result.readyAt === null ? 'was never ready' : `reported ${saves} of ${at.saves} saves`} in ${STALL_TIMEOUT_MS / 1000} s`;
      result.exit =
        signal !== 'SIGKILL'
          ? `exited (${code ?? signal}): ${stderr.trim()}`
          : stalled
            ? `stalled: it ${stall}`
            : 'killed';
      resolvePromise(result);
    });
  });
}

const CHANGE = /change (r\d+-\d+)/;

/** The change ids in user.db, opened exactly as the app opens it at start. */
async function changesOnDisk(
  SQL: SqlJsStatic,
  dbPath: string,
  content: Uint8Array,
): Promise<Set<string>> {
  const file = await loadUserDb(
    dbPath,
    createUserDbCheck(async () => SQL),
  );
  if (file.recovery) throw new Error(`user.db was damaged: ${file.recovery.reason}`);
  if (file.bytes === null) return new Set();
  const db = new SQL.Database(file.bytes);
  try {
    const verdict = String(db.exec('PRAGMA integrity_check')[0]?.values[0]?.[0]);
    if (verdict !== 'ok') throw new Error(`integrity_check: ${verdict}`);
  } finally {
    db.close();
  }
  const library = Library.open(SQL, { content, contentPath: 'content.db', user: file.bytes });
  if (library.userStatus.state !== 'opened') {
    throw new Error(`user.db did not open: ${JSON.stringify(library.userStatus)}`);
  }
  const texts = [
    ...library.listNotes().map((n) => n.body),
    ...library.listBookmarks().map((b) => b.label),
    ...library.listHighlights().map((h) => h.note),
  ];
  const ids = new Set<string>();
  for (const text of texts) {
    const id = CHANGE.exec(text ?? '')?.[1];
    if (id) ids.add(id);
  }
  library.close();
  return ids;
}

async function countTemps(folder: string): Promise<number> {
  const names = await readdir(folder).catch(() => [] as string[]);
  return names.filter((name) => name.endsWith('.tmp')).length;
}

export async function runCrashTest(options: CrashOptions): Promise<CrashResult> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const random = mulberry32(options.seed);
  const maxSaves = options.maxSaves ?? 40;
  const root = await mkdtemp(join(tmpdir(), 'kr-crash-'));
  const profileDir = join(root, 'profile');
  const dbPath = join(profileDir, 'user.db');
  const contentFile = join(root, 'content.db');
  const content = await fixtureDbBytes();
  await writeFile(contentFile, content);
  const SQL = await initSqlJs();

  const durable = new Set<string>();
  let inFile = 0;
  let killsBeforeFirstSave = 0;
  let tempFilesRemoved = 0;
  let failure: string | null = null;

  for (let kill = 1; kill <= options.kills && failure === null; kill += 1) {
    // Anywhere from during start-up to well into a run, and at any point of a save.
    const at = { saves: Math.floor(random() * (maxSaves + 1)), delayMs: Math.floor(random() * 20) };
    const where = `seed ${options.seed}, kill ${kill} of ${options.kills} (after ${at.saves} saves + ${at.delayMs} ms)`;
    const child = await runChild(profileDir, contentFile, kill, at);
    if (child.exit !== 'killed') {
      failure = `${where}: the child ${child.exit}`;
      break;
    }
    if (child.reported.length === 0) killsBeforeFirstSave += 1;
    for (const id of child.reported) durable.add(id);

    tempFilesRemoved += (await countTemps(profileDir)) + (await countTemps(backupFolder(dbPath)));
    let found: Set<string>;
    try {
      found = await changesOnDisk(SQL, dbPath, content);
    } catch (error) {
      failure = `${where}: ${error instanceof Error ? error.message : String(error)}`;
      break;
    }
    const missing = [...durable].filter((id) => !found.has(id));
    if (missing.length > 0) {
      failure = `${where}: ${missing.length} change(s) reported saved are missing, e.g. ${missing.slice(0, 5).join(', ')}`;
      break;
    }
    inFile = found.size;
    log(
      `kill ${kill}/${options.kills}: ready in ${child.readyAt} ms, killed after ${at.saves} saves + ${at.delayMs} ms, ` +
        `${child.reported.length} reported this run, ${durable.size} verified, ${found.size} in the file`,
    );
  }

  const backups = (await listBackups(dbPath)).length;
  const fileBytes = await stat(dbPath).then(
    (s) => s.size,
    () => 0,
  );
  if (!options.keep) await rm(root, { recursive: true, force: true });
  return {
    kills: options.kills,
    seed: options.seed,
    changesVerified: durable.size,
    changesInFile: inFile,
    killsBeforeFirstSave,
    tempFilesRemoved,
    backups,
    fileBytes,
    seconds: (Date.now() - started) / 1000,
    profileDir,
    failure,
  };
}
