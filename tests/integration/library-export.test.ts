// Exports, backup and restore through the Library, as the worker runs them: real sql.js, the
// fixture corpus, and an article imported by the real pipeline.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { Library } from '../../renderer/db/library';
import { libraryRecord } from '../../renderer/import/index';
import { fixtureDbBytes, getSql, steppingClock } from '../helpers/fixture';
import { env, fixtureFile, importOk } from '../helpers/import';

const ARTICLE = 'article:test-war';
const EVENT = 'event:1993-04-30-unsc-822';

async function open(clock = steppingClock()): Promise<Library> {
  return Library.open(await getSql(), {
    content: await fixtureDbBytes(),
    contentPath: '/test/reader.db',
    user: null,
    clock,
  });
}

/** A profile with a bookmark, notes and highlights on a bundled and an imported article. */
async function profileWithData(clock = steppingClock()) {
  const library = await open(clock);
  const [added] = library.addImported([
    libraryRecord(await importOk(fixtureFile('news-article.html')), env),
  ]);
  const importedId = added!.article.id;
  library.setBookmarked(ARTICLE, true);
  library.addBookmark({ targetId: importedId, tags: ['water'] });
  library.saveNote(ARTICLE, 'Read the part on the **ceasefire** again.');
  library.saveNote(importedId, 'A local story, for contrast.');
  const text = library.anchorText(ARTICLE)!;
  const start = text.indexOf('line of contact');
  library.addHighlight({ targetId: ARTICLE, start, end: start + 15, colour: 'green' });
  const importedText = library.anchorText(importedId)!;
  const at = importedText.indexOf('reservoir');
  library.addHighlight({
    targetId: importedId,
    start: at,
    end: at + 'reservoir'.length,
    colour: 'yellow',
    note: 'The point of it',
  });
  return { library, importedId };
}

/** What a reader would see of a profile, without ids or times that differ between profiles. */
function visible(library: Library) {
  return {
    bookmarks: library
      .listBookmarks()
      .map((b) => [b.targetId, b.title, b.tags.join(',')])
      .sort(),
    notes: library
      .listNotes()
      .map((n) => [n.targetId, n.body])
      .sort(),
    highlights: library
      .listHighlights()
      .map((h) => [h.targetId, h.quote, h.colour, h.note, JSON.stringify(h.range)])
      .sort(),
    imported: library
      .listImported()
      .map((a) => [a.id, a.title])
      .sort(),
  };
}

describe('exports through the library', () => {
  it('writes notes and highlights as a Markdown zip, one file per item plus the index', async () => {
    const { library } = await profileWithData();
    const out = library.exportNotesMarkdown();
    expect(out.fileName).toMatch(/^karabakh-notes-\d{4}-\d{2}-\d{2}\.zip$/);
    expect(out.files).toBe(2);
    const files = unzipSync(out.bytes);
    const names = Object.keys(files).sort();
    expect(names).toEqual([
      'karabakh-reader-notes/README.md',
      'karabakh-reader-notes/millbrook-finishes-new-reservoir-pipeline-ahead-of-summer.md',
      'karabakh-reader-notes/the-war-in-the-mountains.md',
    ]);
    const war = strFromU8(files['karabakh-reader-notes/the-war-in-the-mountains.md']!);
    expect(war).toMatch(/^---\n/);
    expect(war).toContain('title: "The war in the mountains"');
    expect(war).toContain('Read the part on the **ceasefire** again.');
    expect(war).toContain('> line of contact');
    const imported = strFromU8(
      files['karabakh-reader-notes/millbrook-finishes-new-reservoir-pipeline-ahead-of-summer.md']!,
    );
    expect(imported).toContain('kind: "imported"');
    expect(imported).toContain('> reservoir');
    expect(imported).toContain('The point of it');
  });

  it('writes bookmarks for browsers and as JSON, with the titles', async () => {
    const { library, importedId } = await profileWithData();
    const html = library.exportBookmarksHtml();
    expect(html).toMatch(/^<!DOCTYPE NETSCAPE-Bookmark-file-1>/);
    expect(html).toContain('>The war in the mountains</A>');
    expect(html).toContain('Millbrook finishes new reservoir pipeline ahead of summer</A>');
    const json = JSON.parse(library.exportBookmarksJson()) as {
      bookmarks: { id: string; title: string; tags: string[] }[];
    };
    expect(json.bookmarks.map((b) => [b.id, b.tags]).sort()).toEqual([
      [ARTICLE, []],
      [importedId, ['water']],
    ]);
  });

  it('writes notes and highlights as Web Annotations with the quoted text', async () => {
    const { library } = await profileWithData();
    const doc = JSON.parse(library.exportAnnotations()) as {
      '@context': string;
      total: number;
      first: { items: { target: string | { selector: { type: string; exact?: string }[] } }[] };
    };
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.total).toBe(4);
    const quotes = doc.first.items.flatMap((a) =>
      typeof a.target === 'string'
        ? []
        : a.target.selector.filter((s) => s.type === 'TextQuoteSelector').map((s) => s.exact),
    );
    expect(quotes.sort()).toEqual(['line of contact', 'reservoir']);
  });
});

describe('backup and restore through the library', () => {
  it('restores everything into a fresh profile, imported articles and their highlights too', async () => {
    const { library } = await profileWithData();
    const backup = library.createBackup();

    const fresh = await open(steppingClock(Date.parse('2025-01-01')));
    const preview = fresh.previewRestore(backup, 'replace');
    expect(preview).toMatchObject({
      ok: true,
      counts: {
        bookmarks: { added: 2 },
        notes: { added: 2 },
        highlights: { added: 2 },
        imported: { added: 1 },
      },
    });
    expect(visible(fresh).notes).toEqual([]);

    const applied = fresh.applyRestore(backup, 'replace');
    expect(applied.ok).toBe(true);
    expect(visible(fresh)).toEqual(visible(library));
    expect(fresh.listHighlights().every((h) => h.range !== null)).toBe(true);

    // The two files the page saves after a restore open into the same profile.
    const reopened = Library.open(await getSql(), {
      content: await fixtureDbBytes(),
      contentPath: '/test/reader.db',
      user: fresh.exportUser(),
      imports: fresh.exportImports(),
    });
    expect(visible(reopened)).toEqual(visible(library));
    // Search indexes were rebuilt: restored notes and imported text are found.
    expect(reopened.search('contrast').total).toBeGreaterThan(0);
    expect(fresh.search('contrast').total).toBeGreaterThan(0);
    expect(fresh.search('Millbrook').total).toBeGreaterThan(0);
  });

  it('merges into a profile with overlapping data without duplicates, as the preview said', async () => {
    const { library } = await profileWithData();
    const backup = library.createBackup();
    const { library: other } = await profileWithData(steppingClock(Date.parse('2024-02-01')));
    other.setBookmarked(EVENT, true);
    const before = visible(other);

    const preview = other.previewRestore(backup, 'merge');
    if (!preview.ok) expect.fail(preview.message);
    const applied = other.applyRestore(backup, 'merge');
    if (!applied.ok) expect.fail(applied.message);
    expect(applied.counts).toEqual(preview.counts);
    expect(applied.summary).toEqual(preview.summary);
    expect(preview.counts.imported).toMatchObject({ added: 0, removed: 0 });
    expect(preview.counts.bookmarks).toMatchObject({ added: 0, removed: 0, unchanged: 3 });

    const after = visible(other);
    expect(after.bookmarks).toEqual(before.bookmarks);
    expect(after.notes).toEqual(before.notes);
    expect(after.highlights).toEqual(before.highlights);
    expect(after.imported).toEqual(before.imported);
  });

  it('lists the items a backup points at that the library lacks, and keeps their rows', async () => {
    const { library } = await profileWithData();
    const raw = JSON.parse(library.createBackup()) as Record<string, Record<string, unknown>[]>;
    raw.bookmarks!.push({
      targetId: 'event:2031-01-01-not-here',
      position: '',
      label: '',
      tags: [],
      createdAt: '2024-01-01T00:00:00.000Z',
    });
    raw.notes!.push({
      targetId: 'article:withdrawn',
      body: 'Kept all the same.',
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-01T00:00:00.000Z',
    });
    const text = JSON.stringify(raw);
    const line =
      '2 items in this backup are not in your library (they will be kept and shown as not in the library): article:withdrawn, event:2031-01-01-not-here.';
    const fresh = await open();
    for (const mode of ['merge', 'replace'] as const) {
      const preview = fresh.previewRestore(text, mode);
      if (!preview.ok) expect.fail(preview.message);
      expect(preview.unknownItems).toEqual(['article:withdrawn', 'event:2031-01-01-not-here']);
      expect(preview.summary).toContain(line);
    }
    const applied = fresh.applyRestore(text, 'merge');
    if (!applied.ok) expect.fail(applied.message);
    expect(applied.summary).toContain(line);
    expect(fresh.listBookmarks().map((b) => [b.targetId, b.title])).toContainEqual([
      'event:2031-01-01-not-here',
      'event:2031-01-01-not-here (no longer in the library)',
    ]);
    expect(fresh.getNote('article:withdrawn')?.body).toBe('Kept all the same.');
    // A backup whose items are all here says nothing of the kind.
    const own = library.previewRestore(library.createBackup(), 'merge');
    expect(own.ok && own.unknownItems).toEqual([]);
  });

  it('restores a backup that has no anchor text for an imported article', async () => {
    const { library } = await profileWithData();
    const raw = JSON.parse(library.createBackup()) as { imported: Record<string, unknown>[] };
    for (const article of raw.imported) delete article.anchorText;
    const fresh = await open();
    const applied = fresh.applyRestore(JSON.stringify(raw), 'replace');
    expect(applied.ok).toBe(true);
    expect(fresh.listImported()).toHaveLength(1);
    expect(fresh.listNotes()).toHaveLength(2);
  });

  it('gives a plain message for garbage, old and newer files, and changes nothing', async () => {
    const { library } = await profileWithData();
    const before = visible(library);
    const good = JSON.parse(library.createBackup()) as Record<string, unknown>;
    const cases: [string, RegExp][] = [
      ['', /^This file is empty\.$/],
      ['\u0000\u0001 not json at all', /not a Karabakh Reader backup\. Its text is not JSON/],
      ['{"hello":"world"}', /not a Karabakh Reader backup/],
      [JSON.stringify({ ...good, version: 0 }), /old form \(backup version 0\)/],
      [JSON.stringify({ ...good, version: 7 }), /newer version of Karabakh Reader/],
      [JSON.stringify({ ...good, notes: 'lots' }), /not read: The list of notes is not a list\./],
    ];
    for (const [text, message] of cases) {
      const preview = library.previewRestore(text, 'replace');
      expect(preview.ok ? '' : preview.message).toMatch(message);
      const applied = library.applyRestore(text, 'replace');
      expect(applied.ok ? '' : applied.message).toMatch(message);
    }
    expect(visible(library)).toEqual(before);
  });

  it('rolls everything back when an imported article in the backup cannot be stored', async () => {
    const { library } = await profileWithData();
    const raw = JSON.parse(library.createBackup()) as { imported: Record<string, unknown>[] };
    raw.imported[0]!.contentHash = 'not-a-hash';
    const fresh = await open();
    fresh.saveNote(EVENT, 'Mine, before the restore');
    const before = visible(fresh);
    const applied = fresh.applyRestore(JSON.stringify(raw), 'replace');
    expect(applied.ok ? '' : applied.message).toMatch(/nothing was changed/);
    expect(visible(fresh)).toEqual(before);
  });
});
