// The crash test's child: a stand-in for the app that keeps changing the user's notes and
// saving them through main's own save path until it is killed.
//
//   node --import tsx tests/crash/worker.ts <profileDir> <contentDbFile> <run>
//
// It opens user.db as the app does at start (main's loadUserDb, then Library.open), then
// adds notes, bookmarks and highlights, each tagged "change <id>", and hands every new
// snapshot to main's save queue, which writes it with saveUserDb (atomic write, hourly and
// daily backups). Output, one line each: `ready <changes found>` once open, then
// `saved <id> …` once the snapshot holding those changes is reported durable.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import initSqlJs from 'sql.js';
import { createSaveQueue } from '../../electron/main/save-queue';
import { createUserDbCheck } from '../../electron/main/user-db-check';
import { loadUserDb } from '../../electron/main/user-db-recovery';
import { saveUserDb } from '../../electron/main/user-db-file';
import { Library } from '../../renderer/db/library';

const CRASH_TARGET = 'article:test-war';
/** Backups every 200 ms instead of hourly, so the kills also land inside backups and pruning. */
const CRASH_BACKUP_EVERY_MS = 200;

const [profileDir, contentFile, run] = process.argv.slice(2);
if (!profileDir || !contentFile || !run) {
  process.stderr.write('usage: worker.ts <profileDir> <contentDbFile> <run>\n');
  process.exit(2);
}

const SQL = await initSqlJs();
const check = createUserDbCheck(async () => SQL);
const dbPath = join(profileDir, 'user.db');
const file = await loadUserDb(dbPath, check);
if (file.recovery) {
  // The app would recover; the test must not, or a torn file would go unnoticed.
  process.stderr.write(`user.db needed recovery at start: ${file.recovery.reason}\n`);
  process.exit(3);
}
const library = Library.open(SQL, {
  content: await readFile(contentFile),
  contentPath: contentFile,
  user: file.bytes,
});
if (library.userStatus.state === 'unreadable' || library.userStatus.state === 'newer') {
  process.stderr.write(`user.db did not open: ${JSON.stringify(library.userStatus)}\n`);
  process.exit(3);
}

const queue = createSaveQueue({
  write: (bytes) => saveUserDb(dbPath, bytes, { everyMs: CRASH_BACKUP_EVERY_MS }),
  delayMs: 5,
  retryDelayMs: 50,
  onError: (error) => process.stderr.write(`save failed: ${String(error)}\n`),
});

const text = library.anchorText(CRASH_TARGET) ?? '';
let n = 0;

function change(): string {
  n += 1;
  const id = `r${run}-${n}`;
  const label = `change ${id}`;
  switch (n % 3) {
    case 0:
      library.saveNote(`article:crash-${id}`, label);
      break;
    case 1:
      library.addBookmark({ targetId: CRASH_TARGET, position: id, label });
      break;
    default: {
      const start = (n * 37) % Math.max(1, text.length - 40);
      library.addHighlight({
        targetId: CRASH_TARGET,
        start,
        end: start + 12,
        colour: 'yellow',
        note: label,
      });
    }
  }
  return id;
}

let unreported: string[] = [];

/** One burst of 1–3 changes, then their snapshot goes to the queue, as the page sends it. */
function tick(): void {
  const burst = 1 + (n % 3);
  for (let i = 0; i < burst; i += 1) unreported.push(change());
  const ids = unreported;
  unreported = [];
  queue.schedule(library.exportUser()).then(
    () => process.stdout.write(`saved ${ids.join(' ')}\n`),
    () => {
      // Not durable: these changes stay unreported; a later snapshot carries them anyway.
    },
  );
  setTimeout(tick, n % 4);
}

process.stdout.write(`ready ${library.listNotes().length}\n`);
tick();
