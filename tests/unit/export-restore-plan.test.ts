import { describe, expect, it } from 'vitest';
import {
  buildBackup,
  type BackupContents,
  type BackupHighlight,
} from '../../renderer/db/export/backup';
import { planRestore } from '../../renderer/db/export/restore-plan';

const OLD = '2024-01-01T00:00:00.000Z';
const NEW = '2024-06-01T00:00:00.000Z';

const empty = (): BackupContents => ({
  bookmarks: [],
  notes: [],
  highlights: [],
  progress: [],
  settings: [],
  imported: [],
});

function hl(
  exact: string,
  start: number,
  extra: Partial<BackupHighlight & { id: number }> = {},
  prefix = 'p ',
  suffix = ' s',
): BackupHighlight {
  return {
    targetId: 'article:a',
    colour: 'yellow',
    note: '',
    anchor: {
      quote: { type: 'TextQuoteSelector', exact, prefix, suffix },
      position: { type: 'TextPositionSelector', start, end: start + exact.length },
    },
    createdAt: OLD,
    updatedAt: OLD,
    ...extra,
  };
}

const backupOf = (contents: Partial<BackupContents>) =>
  buildBackup({ ...empty(), ...contents }, { createdAt: NEW, userDbVersion: 2 });

describe('restore plan: merge', () => {
  it('treats a bookmark on the same item and position as one, joining tags', () => {
    const current = {
      ...empty(),
      bookmarks: [
        { id: 1, targetId: 'article:a', position: '', label: '', tags: ['x'], createdAt: NEW },
      ],
    };
    const plan = planRestore(
      current,
      backupOf({
        bookmarks: [
          { targetId: 'article:a', position: '', label: 'mine', tags: ['y'], createdAt: OLD },
          { targetId: 'article:a', position: '', label: 'again', tags: [], createdAt: OLD },
          {
            targetId: 'article:a',
            position: '{"fraction":0.5,"heading":null}',
            label: '',
            tags: [],
            createdAt: OLD,
          },
        ],
      }),
      'merge',
    );
    expect(plan.counts.bookmarks).toEqual({
      added: 1,
      updated: 1,
      removed: 0,
      unchanged: 0,
      skipped: 1,
    });
    expect(plan.changes.bookmarks.update[0]!.to).toMatchObject({
      label: 'mine',
      tags: ['x', 'y'],
      createdAt: OLD,
    });
  });

  it('keeps the newer note of an item and says which side won', () => {
    const current = {
      ...empty(),
      notes: [
        { id: 1, targetId: 'article:a', body: 'mine, older', createdAt: OLD, updatedAt: OLD },
        { id: 2, targetId: 'article:b', body: 'mine, newer', createdAt: OLD, updatedAt: NEW },
        { id: 3, targetId: 'article:c', body: 'same', createdAt: OLD, updatedAt: OLD },
      ],
    };
    const plan = planRestore(
      current,
      backupOf({
        notes: [
          { targetId: 'article:a', body: 'backup, newer', createdAt: OLD, updatedAt: NEW },
          { targetId: 'article:b', body: 'backup, older', createdAt: OLD, updatedAt: OLD },
          { targetId: 'article:c', body: 'same', createdAt: OLD, updatedAt: NEW },
          { targetId: 'article:d', body: 'new', createdAt: OLD, updatedAt: OLD },
        ],
      }),
      'merge',
    );
    expect(plan.counts.notes).toEqual({
      added: 1,
      updated: 1,
      removed: 0,
      unchanged: 2,
      skipped: 2,
    });
    expect(plan.changes.notes.update[0]!.to.body).toBe('backup, newer');
    expect(plan.noteConflicts).toEqual([
      { targetId: 'article:a', kept: 'backup' },
      { targetId: 'article:b', kept: 'yours' },
    ]);
    expect(plan.summary.join(' ')).toMatch(
      /2 notes differ .* newer one is kept \(1 from the backup, 1 yours\)/,
    );
  });

  it('matches highlights by exact text and offsets, or by exact text and context', () => {
    const current = {
      ...empty(),
      highlights: [hl('word', 10, { id: 1 }), hl('word', 50, { id: 2 }, 'other ', ' ctx')],
    };
    const plan = planRestore(
      current,
      backupOf({
        highlights: [
          hl('word', 10), // same offsets
          hl('word', 55, { note: 'moved', updatedAt: NEW }, 'other ', ' ctx'), // same context, newer
          hl('word', 90, {}, 'elsewhere ', ' else'), // a third place: new
          hl('word', 10), // repeated in the file
        ],
      }),
      'merge',
    );
    expect(plan.counts.highlights).toEqual({
      added: 1,
      updated: 1,
      removed: 0,
      unchanged: 1,
      skipped: 2,
    });
    expect(plan.changes.highlights.update[0]!.to).toMatchObject({
      note: 'moved',
      anchor: { position: { start: 50 } },
    });
  });

  it('keeps the more recent reading position, your settings, and imported articles by content hash', () => {
    const article = {
      id: 'imported:ab',
      title: 't',
      author: null,
      published: null,
      sourceUrl: null,
      fileName: null,
      format: 'html',
      contentHash: 'h1',
      html: '',
      text: '',
      words: 0,
      importedAt: OLD,
      updatedAt: OLD,
    };
    const current = {
      ...empty(),
      progress: [
        { targetId: 'article:a', fraction: 0.2, updatedAt: NEW },
        { targetId: 'article:b', fraction: 0.2, updatedAt: OLD },
      ],
      settings: [{ key: 'theme', value: 'dark' }],
      imported: [article],
    };
    const plan = planRestore(
      current,
      backupOf({
        progress: [
          { targetId: 'article:a', fraction: 0.9, updatedAt: OLD },
          { targetId: 'article:b', fraction: 0.9, updatedAt: NEW },
        ],
        settings: [
          { key: 'theme', value: 'light' },
          { key: 'font', value: 'serif' },
        ],
        imported: [
          { ...article, id: 'imported:other' },
          { ...article, contentHash: 'h2', id: 'imported:cd' },
        ],
      }),
      'merge',
    );
    expect(plan.changes.progress.update.map((u) => u.to)).toEqual([
      { targetId: 'article:b', fraction: 0.9, updatedAt: NEW },
    ]);
    expect(plan.counts.settings).toEqual({
      added: 1,
      updated: 0,
      removed: 0,
      unchanged: 1,
      skipped: 1,
    });
    expect(plan.settingConflicts).toEqual([{ key: 'theme', kept: 'yours' }]);
    expect(plan.changes.imported.add.map((a) => a.id)).toEqual(['imported:cd']);
  });
});

describe('restore plan: replace', () => {
  it('removes what the backup lacks, keeps equal rows and updates the rest', () => {
    const current = {
      ...empty(),
      notes: [
        { id: 1, targetId: 'article:a', body: 'same', createdAt: OLD, updatedAt: OLD },
        { id: 2, targetId: 'article:b', body: 'gone', createdAt: OLD, updatedAt: OLD },
        { id: 3, targetId: 'article:c', body: 'mine', createdAt: OLD, updatedAt: NEW },
      ],
      settings: [
        { key: 'theme', value: 'dark' },
        { key: 'only-here', value: '1' },
      ],
    };
    const plan = planRestore(
      current,
      backupOf({
        notes: [
          { targetId: 'article:a', body: 'same', createdAt: OLD, updatedAt: OLD },
          { targetId: 'article:c', body: 'backup', createdAt: OLD, updatedAt: OLD },
          { targetId: 'article:d', body: 'new', createdAt: OLD, updatedAt: OLD },
        ],
        settings: [{ key: 'theme', value: 'light' }],
      }),
      'replace',
    );
    expect(plan.counts.notes).toEqual({
      added: 1,
      updated: 1,
      removed: 1,
      unchanged: 1,
      skipped: 0,
    });
    expect(plan.changes.notes.update[0]!.to.body).toBe('backup');
    expect(plan.counts.settings).toEqual({
      added: 0,
      updated: 1,
      removed: 1,
      unchanged: 0,
      skipped: 0,
    });
    expect(plan.settingConflicts).toEqual([{ key: 'theme', kept: 'backup' }]);
    expect(plan.summary[0]).toMatch(/^Replace/);
    expect(plan.summary).toContain('Notes: 1 added, 1 updated, 1 removed, 1 unchanged.');
  });
});

describe('restore plan: items the library does not have', () => {
  const article = (id: string, contentHash: string) => ({
    id,
    title: id,
    author: null,
    published: null,
    sourceUrl: null,
    fileName: null,
    format: 'html',
    contentHash,
    html: '',
    text: '',
    words: 0,
    importedAt: OLD,
    updatedAt: OLD,
  });
  const content = new Set(['article:a', 'event:e']);
  const isContentItem = (id: string) => content.has(id);
  const backup = backupOf({
    bookmarks: [
      { targetId: 'event:gone', position: '', label: '', tags: [], createdAt: OLD },
      { targetId: 'article:a', position: '', label: '', tags: [], createdAt: OLD },
    ],
    notes: [{ targetId: 'event:gone', body: 'n', createdAt: OLD, updatedAt: OLD }],
    highlights: [
      hl('word', 3, { targetId: 'imported:mine' }),
      hl('x', 1, { targetId: 'imported:new' }),
    ],
    progress: [{ targetId: 'place:nowhere', fraction: 0.5, updatedAt: OLD }],
    imported: [article('imported:new', 'h-new')],
  });

  it('lists each missing item once, counting imported articles the restore brings', () => {
    const plan = planRestore(empty(), backup, 'merge', { isContentItem });
    expect(plan.unknownItems).toEqual(['event:gone', 'imported:mine', 'place:nowhere']);
    expect(plan.summary).toContain(
      '3 items in this backup are not in your library (they will be kept and shown as not in the library): event:gone, imported:mine, place:nowhere.',
    );
    // They are restored all the same.
    expect(plan.changes.bookmarks.add.map((b) => b.targetId)).toContain('event:gone');
    expect(plan.changes.notes.add.map((n) => n.targetId)).toEqual(['event:gone']);
  });

  it('counts an imported article of this profile as present when it stays, gone when replaced', () => {
    const current = { ...empty(), imported: [article('imported:mine', 'h-mine')] };
    expect(planRestore(current, backup, 'merge', { isContentItem }).unknownItems).toEqual([
      'event:gone',
      'place:nowhere',
    ]);
    expect(planRestore(current, backup, 'replace', { isContentItem }).unknownItems).toEqual([
      'event:gone',
      'imported:mine',
      'place:nowhere',
    ]);
  });

  it('says it in the singular for one item and lists ten before counting the rest', () => {
    const one = backupOf({
      notes: [{ targetId: 'event:gone', body: 'n', createdAt: OLD, updatedAt: OLD }],
    });
    expect(planRestore(empty(), one, 'merge', { isContentItem }).summary).toContain(
      '1 item in this backup is not in your library (it will be kept and shown as not in the library): event:gone.',
    );
    const many = backupOf({
      progress: Array.from({ length: 12 }, (_, i) => ({
        targetId: `event:gone-${String(i).padStart(2, '0')}`,
        fraction: 0.5,
        updatedAt: OLD,
      })),
    });
    const line = planRestore(empty(), many, 'merge', { isContentItem }).summary.at(-1);
    expect(line).toMatch(/^12 items in this backup are not in your library .*: event:gone-00, /);
    expect(line).toMatch(/event:gone-09 and 2 more\.$/);
  });
});
