// The crash test's section of docs/BENCHMARKS.md, written by `npm run test:crash -- --out`
// and carried over unchanged when `npm run bench` rewrites the rest of the file.
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
  if (!previous) return null;
  const start = previous.indexOf(CRASH_START);
  const end = previous.indexOf(CRASH_END);
  return start >= 0 && end > start ? previous.slice(start, end + CRASH_END.length) : null;
}

/**
 * The report with this section in place of its old one; a report without one gets it
 * before `beforeHeading` (the last section), or at the end.
 */
export function spliceCrash(document: string, section: string, beforeHeading: string): string {
  const kept = keptCrash(document);
  if (kept) return document.replace(kept, () => section);
  const at = document.indexOf(`\n${beforeHeading}\n`);
  if (at < 0) return `${document.trimEnd()}\n\n${section}\n`;
  return `${document.slice(0, at)}\n${section}\n${document.slice(at)}`;
}
