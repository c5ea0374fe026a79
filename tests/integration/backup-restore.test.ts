import type { Database } from 'sql.js';
import { describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup, type Backup } from '../../renderer/db/export/backup';
import type { Library } from '../../renderer/db/library';
import {
  applyRestore,
  createBackup,
  readUserContents,
  RestoreError,
} from '../../renderer/db/user/backup';
import { getSql, openFixtureLibrary, steppingClock } from '../helpers/fixture';

const ARTICLE = 'article:test-war';
const EVENT = 'event:1993-04-30-unsc-822';

async function profileWithData(clock = steppingClock()): Promise<Library> {
  const library = await openFixtureLibrary(null, clock);
  library.addBookmark({ targetId: ARTICLE, tags: ['to-read', 'war'] });
  library.addBookmark({
    targetId: ARTICLE,
    position: JSON.stringify({ fraction: 0.5, heading: 'Afterwards' }),
    label: 'Afterwards',
  });
  library.setBookmarked(EVENT, true);
  library.saveNote(ARTICLE, '# My note\n\nWith "quotes" and: colons');
  library.saveNote(EVENT, 'On the resolution');
  const text = library.anchorText(ARTICLE)!;
  const start = text.indexOf('line of contact');
  library.addHighlight({
    targetId: ARTICLE,
    start,
    end: start + 15,
    colour: 'green',
    note: 'Why?',
  });
  library.addHighlight({ targetId: ARTICLE, start: 0, end: 10, colour: 'pink' });
  library.setProgress(ARTICLE, 0.4);
  library.setSetting('theme', 'dark');
  return library;
}

async function dbOf(library: Library): Promise<Database> {
  const SQL = await getSql();
  return new SQL.Database(library.exportUser());
}

/** The rows of a profile compared by content: ids and order left out. */
function contentOf(db: Database) {
  const { bookmarks, notes, highlights, progress, settings } = readUserContents(db);
  const strip = <T extends { id?: number }>(rows: T[]) =>
    rows
      .map(({ id: _id, ...rest }) => rest)
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return {
    bookmarks: strip(bookmarks),
    notes: strip(notes),
    highlights: strip(highlights),
    progress,
    settings,
  };
}

function counts(db: Database) {
  const c = readUserContents(db);
  return {
    bookmarks: c.bookmarks.length,
    notes: c.notes.length,
    highlights: c.highlights.length,
    progress: c.progress.length,
    settings: c.settings.length,
  };
}

async function roundTrip(library: Library): Promise<Backup> {
  const source = await dbOf(library);
  const text = serializeBackup(createBackup(source, { appVersion: '0.1.0' }));
  const parsed = parseBackup(new TextEncoder().encode(text));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.backup;
}

describe('backup and restore', () => {
  it('restores every bookmark, note, highlight, position and setting into a fresh profile', async () => {
    const original = await profileWithData();
    const backup = await roundTrip(original);
    expect(backup).toMatchObject({
      format: 'karabakh-reader-backup',
      version: 1,
      userDbVersion: 2,
    });

    const fresh = await dbOf(await openFixtureLibrary());
    const result = applyRestore(fresh, backup, 'replace');
    expect(result.plan.counts.bookmarks.added).toBe(3);
    expect(result.plan.counts.highlights.added).toBe(2);
    expect(contentOf(fresh)).toEqual(contentOf(await dbOf(original)));

    // The restored profile opens and reads like the original through the library.
    const reopened = await openFixtureLibrary(fresh.export());
    expect(reopened.getNote(ARTICLE)!.body).toBe('# My note\n\nWith "quotes" and: colons');
    expect(reopened.listHighlights(ARTICLE).map((h) => [h.quote, h.colour, h.note])).toEqual(
      original.listHighlights(ARTICLE).map((h) => [h.quote, h.colour, h.note]),
    );
    expect(reopened.listBookmarks().map((b) => [b.targetId, b.label, b.tags])).toEqual(
      original.listBookmarks().map((b) => [b.targetId, b.label, b.tags]),
    );
    expect(reopened.getProgress(ARTICLE)!.fraction).toBe(0.4);
    expect(reopened.getSetting('theme')).toBe('dark');
  });

  it('replaces a profile that already has other data, so it equals the backup', async () => {
    const backup = await roundTrip(await profileWithData());
    const other = await openFixtureLibrary(null, steppingClock(Date.parse('2025-01-01')));
    other.saveNote(ARTICLE, 'Something else');
    other.setSetting('font', 'serif');
    other.addBookmark({ targetId: 'event:1993-04-30-unsc-822', label: 'mine' });
    const db = await dbOf(other);
    const result = applyRestore(db, backup, 'replace');
    expect(result.plan.counts.notes).toMatchObject({ updated: 1, added: 1 });
    expect(result.plan.counts.settings).toMatchObject({ added: 1, removed: 1 });
    const expected = await dbOf(await openFixtureLibrary());
    applyRestore(expected, backup, 'replace');
    expect(contentOf(db)).toEqual(contentOf(expected));
  });

  it('merges overlapping data without duplicates, and the plan counts what happened', async () => {
    const backup = await roundTrip(await profileWithData());
    // The same profile, changed after the backup: a newer note, one more bookmark.
    const later = await profileWithData();
    later.saveNote(EVENT, 'Rewritten later');
    later.addBookmark({
      targetId: 'event:1993-04-30-unsc-822',
      position: '{"x":1}',
      tags: ['new'],
    });
    later.setSetting('theme', 'light');
    const db = await dbOf(later);
    const before = counts(db);

    const result = applyRestore(db, backup, 'merge');
    const after = counts(db);
    for (const kind of ['bookmarks', 'notes', 'highlights', 'progress', 'settings'] as const) {
      const c = result.plan.counts[kind];
      expect(before[kind], kind).toBe(c.unchanged + c.updated + c.removed);
      expect(after[kind], kind).toBe(c.unchanged + c.updated + c.added);
    }
    expect(after).toEqual(before);
    expect(result.plan.counts.highlights.skipped).toBe(2);
    const reopened = await openFixtureLibrary(db.export());
    expect(reopened.getNote(EVENT)!.body).toBe('Rewritten later');
    expect(reopened.getSetting('theme')).toBe('light');
    expect(result.plan.noteConflicts).toEqual([{ targetId: EVENT, kept: 'yours' }]);

    // Merging the same backup again changes nothing.
    const again = applyRestore(db, backup, 'merge');
    for (const c of Object.values(again.plan.counts))
      expect(c.added + c.updated + c.removed).toBe(0);
  });

  it('adds a backup into a different profile and keeps both sides', async () => {
    const backup = await roundTrip(await profileWithData());
    const other = await openFixtureLibrary(null, steppingClock(Date.parse('2025-01-01')));
    other.saveNote('article:someone-else', 'Theirs');
    other.setProgress(ARTICLE, 0.9);
    const db = await dbOf(other);
    const result = applyRestore(db, backup, 'merge');
    expect(result.plan.counts.notes).toMatchObject({ added: 2, unchanged: 1 });
    // Their reading position is more recent than the backup's.
    expect(result.plan.counts.progress).toMatchObject({ skipped: 1, unchanged: 1 });
    expect(counts(db)).toMatchObject({ notes: 3, bookmarks: 3, highlights: 2, progress: 1 });
  });

  it('leaves the profile as it was when one row cannot be written', async () => {
    const db = await dbOf(await profileWithData());
    const before = contentOf(db);
    const backup = await roundTrip(await openFixtureLibrary());
    const broken: Backup = {
      ...backup,
      notes: [{ targetId: 'article:new', body: 'fine', createdAt: 't', updatedAt: 't' }],
      // The table refuses a position outside 0..1; the schema check was skipped on purpose.
      progress: [{ targetId: 'article:x', fraction: 7, updatedAt: 't' }],
    };
    expect(() => applyRestore(db, broken, 'replace')).toThrow(RestoreError);
    expect(() => applyRestore(db, broken, 'replace')).toThrow(/nothing was changed/);
    expect(contentOf(db)).toEqual(before);
    // And the DB is usable afterwards: no transaction was left open.
    db.run('BEGIN');
    db.run('COMMIT');
  });

  it('hands imported articles to the caller rather than storing them', async () => {
    const record = {
      id: 'imported:ab12',
      title: 'A story',
      author: null,
      published: null,
      sourceUrl: 'https://news.example/story',
      fileName: 'story.html',
      format: 'html',
      contentHash: 'ab12',
      html: '<p>Text</p>',
      text: 'Text',
      words: 1,
      importedAt: 't',
      updatedAt: 't',
    };
    const source = await dbOf(await openFixtureLibrary());
    const backup = createBackup(source, { imported: [record] });
    const target = await dbOf(await openFixtureLibrary());
    expect(applyRestore(target, backup, 'merge').imported.add).toEqual([record]);
    expect(
      applyRestore(target, backup, 'merge', { currentImported: [{ ...record, id: 'imported:cd' }] })
        .imported.add,
    ).toEqual([]);
  });
});
