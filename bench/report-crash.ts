// The crash test's section of docs/BENCHMARKS.md, written by `npm run test:crash -- --out`
// and carried over unchanged when `npm run bench` rewrites the rest of the file.
import { keptSection, spliceSection } from './sections';
import type { CrashResult } from '../tests/crash/harness';

export const CRASH_START = '<!-- crash:start -->';
export const CRASH_END = '<!-- crash:end -->';

export function crashSection(result: CrashResult, at: Date): string {
  const outcome =
    result.failure === null
      ? `Passed: after each of the ${result.kills} kills, user.db opened without repair, passed
\`PRAGMA integrity_check\`, and held every one of the changes reported saved before it.`
      : `**Failed**: ${result.failure}`;
  return `${CRASH_START}
## Crash test: killing the app while it saves

\`npm run test:crash\` (code in \`tests/crash/\`) starts a Node process that opens user.db as
the app does (main's \`loadUserDb\`, then \`Library.open\`), adds notes, bookmarks and
highlights through the library, and saves every snapshot through main's own save queue and
\`saveUserDb\` (atomic write, backups every 200 ms instead of hourly, so kills also land in
backups and their pruning). It prints each change's id once its save is reported durable.
The parent kills it with SIGKILL at a seeded random point (after 0–40 reported saves, then
0–19 ms more, so kills land at start-up and anywhere in a save), opens user.db again the
same way, and checks it; then it starts the child again on the same file. A SIGKILL leaves what the process handed the OS,
so this tests a crash of the app, not a power cut.

| | |
| --- | --- |
| Command | \`npm run test:crash -- --kills ${result.kills} --seed ${result.seed}\` |
| Date | ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${result.seconds.toFixed(0)} s |
| Kills | ${result.kills} (${result.killsBeforeFirstSave} before the run's first reported save) |
| Changes reported saved, all found after every later kill | ${result.changesVerified.toLocaleString('en-US')} |
| Changes in the file at the end | ${result.changesInFile.toLocaleString('en-US')} |
| Temp files of interrupted writes, removed at the next start | ${result.tempFilesRemoved} |
| Backups at the end | ${result.backups} |
| user.db at the end | ${(result.fileBytes / 1024).toFixed(0)} KiB |

${outcome}
${CRASH_END}`;
}

/** The section already in a report, markers included, or null. */
export function keptCrash(previous: string | null): string | null {
  return keptSection(previous, { start: CRASH_START, end: CRASH_END });
}

/** A report with this section in place of the one it had, or before `beforeHeading`. */
export function spliceCrash(document: string, section: string, beforeHeading: string): string {
  return spliceSection(document, section, { start: CRASH_START, end: CRASH_END }, beforeHeading);
}
