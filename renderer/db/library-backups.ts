// Backing up and restoring a whole profile: the user DB and the imported articles together.
// A restore lands in both or in neither; the user DB's half is renderer/db/user/backup.ts.
import type { Database } from 'sql.js';
import { parseBackup, serializeBackup } from './export/backup';
import { planRestore, type RestoreMode, type RestorePlan } from './export/restore-plan';
import type { ImportStore } from './imports/store';
import {
  applyRestore as applyUserRestore,
  createBackup as createUserBackup,
  readUserContents,
  RestoreError,
  type RestoreResult,
} from './user/backup';

/** The two databases a backup covers. */
export interface Profile {
  userDb: Database;
  imports: ImportStore;
  /** Whether the content has an article, event or place with this id. */
  isContentItem(id: string): boolean;
}

/** A restore's answer: plain data for the page, or a message to show. */
export type RestoreAnswer<T> = ({ ok: true } & T) | { ok: false; message: string };

/** A restore plan without the rows themselves (an imported article's body can be large). */
export interface RestorePreview {
  mode: RestoreMode;
  counts: RestorePlan['counts'];
  summary: string[];
  noteConflicts: RestorePlan['noteConflicts'];
  settingConflicts: RestorePlan['settingConflicts'];
  unknownItems: RestorePlan['unknownItems'];
}

/** Everything the reader made, imported articles with their bodies included, as JSON. */
export function createProfileBackup(profile: Profile): string {
  return serializeBackup(
    createUserBackup(profile.userDb, { imported: profile.imports.listFull() }),
  );
}

/** What restoring `source` would change; nothing is changed. Never throws on a bad file. */
export function previewProfileRestore(
  profile: Profile,
  source: string | Uint8Array,
  mode: RestoreMode,
): RestoreAnswer<RestorePreview> {
  const parsed = parseBackup(source);
  if (!parsed.ok) return parsed;
  const plan = planRestore(
    readUserContents(profile.userDb, profile.imports.listFull()),
    parsed.backup,
    mode,
    { isContentItem: (id) => profile.isContentItem(id) },
  );
  return { ok: true, ...previewOf(plan) };
}

/**
 * Restores a backup: imported articles and user data land together or not at all. The
 * imports DB changes inside a transaction that is rolled back if the user DB's own
 * transaction fails.
 */
export function applyProfileRestore(
  profile: Profile,
  source: string | Uint8Array,
  mode: RestoreMode,
): RestoreAnswer<RestorePreview> {
  const parsed = parseBackup(source);
  if (!parsed.ok) return parsed;
  const { userDb, imports } = profile;
  const currentImported = imports.listFull();
  const plan = planRestore(readUserContents(userDb, currentImported), parsed.backup, mode);
  imports.db.run('BEGIN');
  let result: RestoreResult;
  try {
    for (const article of plan.changes.imported.remove) imports.remove(article.id);
    for (const record of plan.changes.imported.add) {
      // A backup written before anchorText was kept has only `text`; highlights on such an
      // article are found again by their quote, which the reader re-anchors.
      imports.restore({ ...record, anchorText: record.anchorText ?? record.text });
    }
    result = applyUserRestore(userDb, parsed.backup, mode, {
      currentImported,
      isContentItem: (id) => profile.isContentItem(id),
    });
    imports.db.run('COMMIT');
  } catch (error) {
    try {
      imports.db.run('ROLLBACK');
    } catch {
      // Already rolled back by SQLite; nothing is left to undo.
    }
    const message =
      error instanceof RestoreError
        ? error.message
        : `The backup could not be restored; nothing was changed (${error instanceof Error ? error.message : String(error)}).`;
    return { ok: false, message };
  }
  return { ok: true, ...previewOf(result.plan) };
}

function previewOf(plan: RestorePlan): RestorePreview {
  return {
    mode: plan.mode,
    counts: plan.counts,
    summary: plan.summary,
    noteConflicts: plan.noteConflicts,
    settingConflicts: plan.settingConflicts,
    unknownItems: plan.unknownItems,
  };
}
