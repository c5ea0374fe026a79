// Backing up the user DB and restoring a backup into it. Reading is plain SELECTs; a
// restore applies a RestorePlan inside one transaction, so either all of it lands or none.
import type { Database } from 'sql.js';
import { all } from '../sql';
import {
  buildBackup,
  type Backup,
  type BackupContents,
  type ImportedArticleRecord,
} from '../export/backup';
import { planRestore, type RestoreMode, type RestorePlan } from '../export/restore-plan';
import { userVersion } from './migrations';
import { toBookmark, toHighlight, toNote, toProgress, toSetting } from './rows';
import { systemClock, type Clock } from './store';

/** Everything in the user DB, with row ids; imported articles come from the caller. */
export function readUserContents(
  db: Database,
  imported: ImportedArticleRecord[] = [],
): BackupContents {
  return {
    bookmarks: all(db, 'SELECT * FROM bookmarks ORDER BY id').map(toBookmark),
    notes: all(db, 'SELECT * FROM notes ORDER BY id').map(toNote),
    highlights: all(db, 'SELECT * FROM highlights ORDER BY id').map(toHighlight),
    progress: all(db, 'SELECT * FROM reading_progress ORDER BY target_id').map(toProgress),
    settings: all(db, 'SELECT * FROM settings ORDER BY key').map(toSetting),
    imported,
  };
}

/** A backup of the user DB (and the imported articles the caller passes). */
export function createBackup(
  db: Database,
  options: { clock?: Clock; appVersion?: string; imported?: ImportedArticleRecord[] } = {},
): Backup {
  return buildBackup(readUserContents(db, options.imported ?? []), {
    createdAt: (options.clock ?? systemClock)(),
    userDbVersion: userVersion(db),
    ...(options.appVersion ? { appVersion: options.appVersion } : {}),
  });
}

export interface RestoreResult {
  /** What was done: worked out again inside the transaction, so it is exactly what happened. */
  plan: RestorePlan;
  appliedAt: string;
  /** Imported articles are not in the user DB: the caller stores and removes these. */
  imported: { add: ImportedArticleRecord[]; remove: ImportedArticleRecord[] };
}

export class RestoreError extends Error {
  override name = 'RestoreError';
}

/**
 * Restores a parsed backup in one transaction: the plan is made from the DB as it is at that
 * moment, then applied; on any error everything is rolled back and a RestoreError thrown.
 */
export function applyRestore(
  db: Database,
  incoming: Backup,
  mode: RestoreMode,
  options: {
    clock?: Clock;
    currentImported?: ImportedArticleRecord[];
    isContentItem?: (id: string) => boolean;
  } = {},
): RestoreResult {
  const appliedAt = (options.clock ?? systemClock)();
  db.run('BEGIN');
  let plan: RestorePlan;
  try {
    plan = planRestore(readUserContents(db, options.currentImported ?? []), incoming, mode, {
      ...(options.isContentItem ? { isContentItem: options.isContentItem } : {}),
    });
    applyPlan(db, plan);
    db.run('COMMIT');
  } catch (error) {
    try {
      db.run('ROLLBACK');
    } catch {
      // SQLite may already have rolled back on its own; nothing is left to undo.
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new RestoreError(`The backup could not be restored; nothing was changed (${reason}).`, {
      cause: error,
    });
  }
  return {
    plan,
    appliedAt,
    imported: { add: plan.changes.imported.add, remove: plan.changes.imported.remove },
  };
}

/** Removals first, then changes, then additions, so unique keys never collide. */
function applyPlan(db: Database, plan: RestorePlan): void {
  const { bookmarks, notes, highlights, progress, settings } = plan.changes;

  for (const b of bookmarks.remove) {
    db.run('DELETE FROM bookmarks WHERE target_id = ? AND position = ?', [b.targetId, b.position]);
  }
  for (const n of notes.remove) db.run('DELETE FROM notes WHERE id = ?', [rowId(n)]);
  for (const h of highlights.remove) db.run('DELETE FROM highlights WHERE id = ?', [rowId(h)]);
  for (const p of progress.remove) {
    db.run('DELETE FROM reading_progress WHERE target_id = ?', [p.targetId]);
  }
  for (const s of settings.remove) db.run('DELETE FROM settings WHERE key = ?', [s.key]);

  for (const { from, to } of bookmarks.update) {
    db.run(
      'UPDATE bookmarks SET label = ?, tags_json = ?, created_at = ? WHERE target_id = ? AND position = ?',
      [to.label, JSON.stringify(to.tags), to.createdAt, from.targetId, from.position],
    );
  }
  for (const { from, to } of notes.update) {
    db.run('UPDATE notes SET body = ?, created_at = ?, updated_at = ? WHERE id = ?', [
      to.body,
      to.createdAt,
      to.updatedAt,
      rowId(from),
    ]);
  }
  for (const { from, to } of highlights.update) {
    db.run(
      `UPDATE highlights SET colour = ?, note = ?, quote_exact = ?, quote_prefix = ?, quote_suffix = ?,
         position_start = ?, position_end = ?, created_at = ?, updated_at = ? WHERE id = ?`,
      [...highlightValues(to), rowId(from)],
    );
  }
  for (const { to } of progress.update) {
    db.run('UPDATE reading_progress SET fraction = ?, updated_at = ? WHERE target_id = ?', [
      to.fraction,
      to.updatedAt,
      to.targetId,
    ]);
  }
  for (const { to } of settings.update) {
    db.run('UPDATE settings SET value = ? WHERE key = ?', [to.value, to.key]);
  }

  for (const b of bookmarks.add) {
    db.run(
      'INSERT INTO bookmarks (target_id, position, label, tags_json, created_at) VALUES (?, ?, ?, ?, ?)',
      [b.targetId, b.position, b.label, JSON.stringify(b.tags), b.createdAt],
    );
  }
  for (const n of notes.add) {
    db.run('INSERT INTO notes (target_id, body, created_at, updated_at) VALUES (?, ?, ?, ?)', [
      n.targetId,
      n.body,
      n.createdAt,
      n.updatedAt,
    ]);
  }
  for (const h of highlights.add) {
    db.run(
      `INSERT INTO highlights (colour, note, quote_exact, quote_prefix, quote_suffix, position_start,
         position_end, created_at, updated_at, target_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [...highlightValues(h), h.targetId],
    );
  }
  for (const p of progress.add) {
    db.run('INSERT INTO reading_progress (target_id, fraction, updated_at) VALUES (?, ?, ?)', [
      p.targetId,
      p.fraction,
      p.updatedAt,
    ]);
  }
  for (const s of settings.add) {
    db.run('INSERT INTO settings (key, value) VALUES (?, ?)', [s.key, s.value]);
  }
}

function highlightValues(h: Backup['highlights'][number]) {
  return [
    h.colour,
    h.note,
    h.anchor.quote.exact,
    h.anchor.quote.prefix,
    h.anchor.quote.suffix,
    Math.trunc(h.anchor.position.start),
    Math.trunc(h.anchor.position.end),
    h.createdAt,
    h.updatedAt,
  ];
}

/** Rows to change or remove come from the DB, so they always carry their id. */
function rowId(row: { id?: number }): number {
  if (row.id === undefined) throw new Error('a row to change has no id');
  return row.id;
}
