// What restoring a backup will do, worked out before anything changes, so the screen can
// show it and the user DB can apply exactly that.
//
// replace: the profile becomes the backup. Rows only in the profile are removed; the
//   backup's settings win.
// merge: the backup's rows are added where the profile lacks them, without duplicates:
//   - a bookmark is the same if it has the same item and position (tags are joined, a
//     missing label is filled in, the earlier date is kept);
//   - an item has one note: the newer (by updatedAt) is kept; when the texts differ the
//     plan says which side won;
//   - a highlight is the same if it has the same item and exact text and either the same
//     offsets or the same text around it; the newer colour and note are kept;
//   - reading progress keeps the more recent one;
//   - settings: the profile's win; the backup's fill in only what the profile lacks;
//   - imported articles are the same if their contentHash is.
// Counts per kind satisfy: before = unchanged + updated + removed, and
// after = unchanged + updated + added. `skipped` counts rows of the backup left out
// because the profile already has them (or a newer version of them), or because the file
// repeats them.
import type {
  Backup,
  BackupBookmark,
  BackupContents,
  BackupHighlight,
  BackupNote,
  BackupProgress,
  BackupSetting,
  ImportedArticleRecord,
} from './backup';

export type RestoreMode = 'replace' | 'merge';

export const RESTORE_KINDS = [
  'bookmarks',
  'notes',
  'highlights',
  'progress',
  'settings',
  'imported',
] as const;
export type RestoreKind = (typeof RESTORE_KINDS)[number];

export interface RestoreCounts {
  added: number;
  updated: number;
  removed: number;
  unchanged: number;
  skipped: number;
}

/** The rows to add, change (from the profile's row to the new one) and remove. */
export interface KindChanges<T> {
  add: T[];
  update: { from: T; to: T }[];
  remove: T[];
}

type RowOf = {
  bookmarks: BackupContents['bookmarks'][number];
  notes: BackupContents['notes'][number];
  highlights: BackupContents['highlights'][number];
  progress: BackupProgress;
  settings: BackupSetting;
  imported: ImportedArticleRecord;
};

export interface RestorePlan {
  mode: RestoreMode;
  counts: Record<RestoreKind, RestoreCounts>;
  changes: { [K in RestoreKind]: KindChanges<RowOf[K]> };
  /** Items whose note differs between the profile and the backup, and which one is kept. */
  noteConflicts: { targetId: string; kept: 'yours' | 'backup' }[];
  /** Settings both sides have with different values, and which one is kept. */
  settingConflicts: { key: string; kept: 'yours' | 'backup' }[];
  /**
   * Items the backup's bookmarks, notes, highlights and reading positions point at that the
   * library will not have after the restore. Their rows are restored all the same (the app
   * shows them as no longer in the library); the preview says so. Empty when the caller
   * gave no way to tell.
   */
  unknownItems: string[];
  /** Short sentences for the preview. */
  summary: string[];
}

interface Rules<T> {
  /** Rows in different buckets are never the same; within one, `same` decides. */
  bucket(row: T): string;
  same(a: T, b: T): boolean;
  /** Every field that a restore would write is equal. */
  equal(a: T, b: T): boolean;
  /** Merge: the row the profile should end up with, or null to keep the profile's row. */
  merge(current: T, incoming: T): T | null;
}

function planKind<T>(
  current: T[],
  incoming: T[],
  mode: RestoreMode,
  rules: Rules<T>,
): { changes: KindChanges<T>; counts: RestoreCounts } {
  const changes: KindChanges<T> = { add: [], update: [], remove: [] };
  const counts: RestoreCounts = { added: 0, updated: 0, removed: 0, unchanged: 0, skipped: 0 };
  const byBucket = new Map<string, { row: T; matched: boolean }[]>();
  for (const row of current) {
    const key = rules.bucket(row);
    const list = byBucket.get(key) ?? [];
    list.push({ row, matched: false });
    byBucket.set(key, list);
  }
  const accepted = new Map<string, T[]>();
  for (const row of incoming) {
    const key = rules.bucket(row);
    const earlier = accepted.get(key) ?? [];
    if (earlier.some((other) => rules.same(other, row))) {
      counts.skipped++;
      continue;
    }
    earlier.push(row);
    accepted.set(key, earlier);
    const match = byBucket.get(key)?.find((c) => !c.matched && rules.same(c.row, row));
    if (!match) {
      changes.add.push(row);
      continue;
    }
    match.matched = true;
    const next = mode === 'replace' ? row : rules.merge(match.row, row);
    if (next === null || rules.equal(match.row, next)) {
      if (mode === 'replace') counts.unchanged++;
      else counts.skipped++;
    } else {
      changes.update.push({ from: match.row, to: next });
    }
  }
  for (const list of byBucket.values()) {
    for (const entry of list) {
      if (entry.matched) continue;
      if (mode === 'replace') changes.remove.push(entry.row);
      else counts.unchanged++;
    }
  }
  // In a merge every matched row the backup did not change stays as it is.
  if (mode === 'merge') {
    const matched = [...byBucket.values()].flat().filter((e) => e.matched).length;
    counts.unchanged += matched - changes.update.length;
  }
  counts.added = changes.add.length;
  counts.updated = changes.update.length;
  counts.removed = changes.remove.length;
  return { changes, counts };
}

const earlier = (a: string, b: string) => (a < b ? a : b);
const sameList = (a: string[], b: string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

const bookmarkRules: Rules<BackupBookmark> = {
  bucket: (b) => `${b.targetId}\u0000${b.position}`,
  same: () => true,
  equal: (a, b) => a.label === b.label && sameList(a.tags, b.tags) && a.createdAt === b.createdAt,
  merge: (current, incoming) => ({
    ...current,
    label: current.label || incoming.label,
    tags: [...new Set([...current.tags, ...incoming.tags])].slice(0, 20),
    createdAt: earlier(current.createdAt, incoming.createdAt),
  }),
};

function noteRules(conflicts: RestorePlan['noteConflicts']): Rules<BackupNote> {
  return {
    bucket: (n) => n.targetId,
    same: () => true,
    equal: (a, b) =>
      a.body === b.body && a.createdAt === b.createdAt && a.updatedAt === b.updatedAt,
    merge: (current, incoming) => {
      if (current.body === incoming.body) return null;
      const backupNewer = incoming.updatedAt > current.updatedAt;
      conflicts.push({ targetId: current.targetId, kept: backupNewer ? 'backup' : 'yours' });
      return backupNewer
        ? { ...current, body: incoming.body, updatedAt: incoming.updatedAt }
        : null;
    },
  };
}

const highlightRules: Rules<BackupHighlight> = {
  bucket: (h) => `${h.targetId}\u0000${h.anchor.quote.exact}`,
  same: (a, b) =>
    (a.anchor.position.start === b.anchor.position.start &&
      a.anchor.position.end === b.anchor.position.end) ||
    (a.anchor.quote.prefix === b.anchor.quote.prefix &&
      a.anchor.quote.suffix === b.anchor.quote.suffix),
  equal: (a, b) =>
    a.colour === b.colour &&
    a.note === b.note &&
    a.createdAt === b.createdAt &&
    a.updatedAt === b.updatedAt &&
    a.anchor.quote.prefix === b.anchor.quote.prefix &&
    a.anchor.quote.suffix === b.anchor.quote.suffix &&
    a.anchor.position.start === b.anchor.position.start &&
    a.anchor.position.end === b.anchor.position.end,
  merge: (current, incoming) => {
    if (incoming.updatedAt <= current.updatedAt) return null;
    if (current.colour === incoming.colour && current.note === incoming.note) return null;
    return {
      ...current,
      colour: incoming.colour,
      note: incoming.note,
      updatedAt: incoming.updatedAt,
    };
  },
};

const progressRules: Rules<BackupProgress> = {
  bucket: (p) => p.targetId,
  same: () => true,
  equal: (a, b) => a.fraction === b.fraction && a.updatedAt === b.updatedAt,
  merge: (current, incoming) => (incoming.updatedAt > current.updatedAt ? incoming : null),
};

const settingRules: Rules<BackupSetting> = {
  bucket: (s) => s.key,
  same: () => true,
  equal: (a, b) => a.value === b.value,
  merge: () => null,
};

const importedRules: Rules<ImportedArticleRecord> = {
  bucket: (a) => a.contentHash,
  same: () => true,
  equal: () => true,
  merge: () => null,
};

export interface PlanOptions {
  /** Whether the library's content has this item (imported articles are worked out here). */
  isContentItem?: (id: string) => boolean;
}

/** Works out a restore of `incoming` over `current` without changing anything. */
export function planRestore(
  current: BackupContents,
  incoming: Backup,
  mode: RestoreMode,
  options: PlanOptions = {},
): RestorePlan {
  const noteConflicts: RestorePlan['noteConflicts'] = [];
  const settingConflicts: RestorePlan['settingConflicts'] = [];
  const bookmarks = planKind(current.bookmarks, incoming.bookmarks, mode, bookmarkRules);
  const notes = planKind(current.notes, incoming.notes, mode, noteRules(noteConflicts));
  const highlights = planKind(current.highlights, incoming.highlights, mode, highlightRules);
  const progress = planKind(current.progress, incoming.progress, mode, progressRules);
  const settings = planKind(current.settings, incoming.settings, mode, settingRules);
  const currentSettings = new Map(current.settings.map((s) => [s.key, s.value]));
  const seenKeys = new Set<string>();
  for (const { key, value } of incoming.settings) {
    if (seenKeys.has(key)) continue;
    seenKeys.add(key);
    const mine = currentSettings.get(key);
    if (mine !== undefined && mine !== value) {
      settingConflicts.push({ key, kept: mode === 'replace' ? 'backup' : 'yours' });
    }
  }
  const imported = planKind(current.imported, incoming.imported, mode, importedRules);
  const plan: RestorePlan = {
    mode,
    counts: {
      bookmarks: bookmarks.counts,
      notes: notes.counts,
      highlights: highlights.counts,
      progress: progress.counts,
      settings: settings.counts,
      imported: imported.counts,
    },
    changes: {
      bookmarks: bookmarks.changes,
      notes: notes.changes,
      highlights: highlights.changes,
      progress: progress.changes,
      settings: settings.changes,
      imported: imported.changes,
    },
    noteConflicts,
    settingConflicts,
    unknownItems: options.isContentItem
      ? unknownItems(current, incoming, imported.changes, options.isContentItem)
      : [],
    summary: [],
  };
  plan.summary = summarize(plan);
  return plan;
}

function unknownItems(
  current: BackupContents,
  incoming: Backup,
  imported: KindChanges<ImportedArticleRecord>,
  isContentItem: (id: string) => boolean,
): string[] {
  // The imported articles the profile will hold: its own, less those removed, and the added.
  const removed = new Set(imported.remove.map((a) => a.id));
  const importedAfter = new Set([
    ...current.imported.filter((a) => !removed.has(a.id)).map((a) => a.id),
    ...imported.add.map((a) => a.id),
  ]);
  const targets = new Set(
    [...incoming.bookmarks, ...incoming.notes, ...incoming.highlights, ...incoming.progress].map(
      (row) => row.targetId,
    ),
  );
  return [...targets]
    .filter((id) => (id.startsWith('imported:') ? !importedAfter.has(id) : !isContentItem(id)))
    .sort();
}

/** How many items are listed by id before the rest are counted. */
const LISTED_ITEMS = 10;

/** What one item of each list in a backup is called, and what several are called. */
export const RESTORE_KIND_NAMES: Record<RestoreKind, [one: string, many: string]> = {
  bookmarks: ['bookmark', 'bookmarks'],
  notes: ['note', 'notes'],
  highlights: ['highlight', 'highlights'],
  progress: ['reading position', 'reading positions'],
  settings: ['setting', 'settings'],
  imported: ['imported article', 'imported articles'],
};

function summarize(plan: RestorePlan): string[] {
  const lines: string[] = [
    plan.mode === 'replace'
      ? 'Replace: this profile will hold exactly what the backup holds.'
      : 'Merge: the backup is added to this profile without duplicates.',
  ];
  for (const kind of RESTORE_KINDS) {
    const c = plan.counts[kind];
    const [, many] = RESTORE_KIND_NAMES[kind];
    const parts = [
      c.added && `${c.added} added`,
      c.updated && `${c.updated} updated`,
      c.removed && `${c.removed} removed`,
      c.unchanged && `${c.unchanged} unchanged`,
      c.skipped && `${c.skipped} already here`,
    ].filter(Boolean);
    if (parts.length) lines.push(`${capitalize(many)}: ${parts.join(', ')}.`);
  }
  const fromBackup = plan.noteConflicts.filter((c) => c.kept === 'backup').length;
  const yours = plan.noteConflicts.length - fromBackup;
  if (plan.noteConflicts.length) {
    lines.push(
      `${plural(plan.noteConflicts.length, 'note differs', 'notes differ')} between this profile and the backup; ` +
        `the newer one is kept (${fromBackup} from the backup, ${yours} yours).`,
    );
  }
  if (plan.settingConflicts.length) {
    lines.push(
      plan.mode === 'replace'
        ? `${plural(plan.settingConflicts.length, 'setting takes', 'settings take')} the backup's value.`
        : `${plural(plan.settingConflicts.length, 'setting differs', 'settings differ')} from the backup; yours are kept.`,
    );
  }
  const unknown = plan.unknownItems;
  if (unknown.length) {
    const listed = unknown.slice(0, LISTED_ITEMS).join(', ');
    const more = unknown.length > LISTED_ITEMS ? ` and ${unknown.length - LISTED_ITEMS} more` : '';
    lines.push(
      unknown.length === 1
        ? `1 item in this backup is not in your library (it will be kept and shown as not in the library): ${listed}.`
        : `${unknown.length} items in this backup are not in your library (they will be kept and shown as not in the library): ${listed}${more}.`,
    );
  }
  if (plan.changes.imported.add.length || plan.changes.imported.remove.length) {
    lines.push('Imported articles are stored separately and restored with the rest.');
  }
  return lines;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
