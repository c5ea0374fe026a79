// Imported articles in the library: stored in their own file, opened like any article,
// searchable, bookmarkable and annotatable, edited, deleted with Undo, and never duplicated.
import { describe, expect, it } from 'vitest';
import { Library } from '../../renderer/db/library';
import type { NewImportedArticle } from '../../renderer/db/types';
import { libraryRecord } from '../../renderer/import/index';
import { fixtureDbBytes, getSql, openFixtureLibrary } from '../helpers/fixture';
import { env, fixtureFile, importOk } from '../helpers/import';

async function record(name: string): Promise<NewImportedArticle> {
  return libraryRecord(await importOk(fixtureFile(name)), env);
}

async function reopen(user: Uint8Array | null, imports: Uint8Array | null) {
  return Library.open(await getSql(), {
    content: await fixtureDbBytes(),
    contentPath: '/test/reader.db',
    user,
    imports,
  });
}

describe('imported articles in the library', () => {
  it('adds an article once, opens it, and names the duplicate', async () => {
    const library = await openFixtureLibrary();
    expect(library.importsStatus).toEqual({ state: 'new' });
    const news = await record('news-article.html');
    const [first] = library.addImported([news]);
    expect(first).toMatchObject({ status: 'added' });
    const id = first!.article.id;
    expect(id).toMatch(/^imported:[0-9a-f]{16}$/);
    const [again] = library.addImported([{ ...news, fileName: 'copy.html' }]);
    expect(again).toEqual({ status: 'duplicate', article: first!.article });
    expect(library.listImported().map((a) => a.id)).toEqual([id]);

    const article = library.getArticle(id)!;
    expect(article.title).toBe('Millbrook finishes new reservoir pipeline ahead of summer');
    expect(article.bodyHtml).toContain('six-kilometre pipeline');
    expect(article.imported).toMatchObject({ format: 'html', fileName: 'news-article.html' });
    expect(library.getArticle('imported:0000000000000000')).toBeNull();
  });

  it('finds imported articles in the search, and stops finding a deleted one', async () => {
    const library = await openFixtureLibrary();
    const [added] = library.addImported([await record('news-article.html')]);
    const id = added!.article.id;
    const found = library.search('reservoir pipeline');
    expect(found.hits.find((h) => h.kind === 'imported')).toMatchObject({ targetId: id });
    expect(found.counts.imported).toBe(1);

    const removed = library.removeImported(id)!;
    expect(library.search('reservoir pipeline').hits.some((h) => h.kind === 'imported')).toBe(
      false,
    );
    expect(library.restoreImported(removed)).toBe(true);
    expect(library.search('reservoir pipeline').counts.imported).toBe(1);
    // Undo twice does not make two copies.
    expect(library.restoreImported(removed)).toBe(false);
    expect(library.listImported()).toHaveLength(1);
  });

  it('bookmarks, notes and highlights work on imported articles and survive a reopen', async () => {
    const library = await openFixtureLibrary();
    const [added] = library.addImported([await record('news-article.html')]);
    const id = added!.article.id;
    library.setBookmarked(id, true);
    library.saveNote(id, 'Compare with the **2019** plan.');
    const text = library.anchorText(id)!;
    const start = text.indexOf('six-kilometre pipeline');
    expect(start).toBeGreaterThan(0);
    const highlight = library.addHighlight({
      targetId: id,
      start,
      end: start + 'six-kilometre pipeline'.length,
      colour: 'green',
    });
    expect(highlight).toMatchObject({ quote: 'six-kilometre pipeline', kind: 'imported' });
    expect(library.listBookmarks()[0]).toMatchObject({ targetId: id, kind: 'imported' });
    expect(library.listNotes()[0]).toMatchObject({ targetId: id, title: added!.article.title });
    expect(library.search('2019 plan').hits[0]).toMatchObject({ kind: 'note', targetId: id });

    const again = await reopen(library.exportUser(), library.exportImports());
    expect(again.importsStatus).toEqual({ state: 'opened', count: 1 });
    expect(again.listHighlights(id)[0]).toMatchObject({
      quote: 'six-kilometre pipeline',
      range: { start, end: start + 'six-kilometre pipeline'.length },
    });
    expect(again.getArticle(id)?.title).toBe(added!.article.title);
  });

  it('keeps the article text out of the user file, so saving notes stays small', async () => {
    const library = await openFixtureLibrary();
    const before = library.exportUser().length;
    library.addImported([
      await record('long-form.html'),
      await record('news-article.html'),
      await record('blog-post.html'),
    ]);
    expect(library.exportUser().length).toBe(before);
    expect(library.exportImports().length).toBeGreaterThan(20_000);
  });

  it('edits the title, author, date and source, and refuses what is not one', async () => {
    const library = await openFixtureLibrary();
    const [added] = library.addImported([await record('footbridge.md')]);
    const id = added!.article.id;
    const edited = library.updateImported(id, {
      title: '  The footbridge, again ',
      author: 'A. Reader',
      published: '2024-05',
      sourceUrl: 'https://example.org/footbridge',
    });
    expect(edited).toMatchObject({
      title: 'The footbridge, again',
      author: 'A. Reader',
      published: '2024-05',
      sourceUrl: 'https://example.org/footbridge',
    });
    expect(library.search('footbridge again').hits[0]).toMatchObject({ targetId: id });
    expect(() => library.updateImported(id, { title: '   ' })).toThrow(/title cannot be empty/);
    expect(() => library.updateImported(id, { published: '5 May' })).toThrow(/YYYY-MM-DD/);
    expect(() => library.updateImported(id, { sourceUrl: 'javascript:alert(1)' })).toThrow(/http/);
    expect(library.getArticle(id)?.title).toBe('The footbridge, again');
    expect(library.updateImported('imported:ffffffffffffffff', { title: 'x' })).toBeNull();
  });

  it('opens with an unreadable imports file without losing it: nothing may be written over it', async () => {
    const garbage = new TextEncoder().encode('this is not a database at all');
    const library = await reopen(null, garbage);
    expect(library.importsStatus).toMatchObject({ state: 'unreadable' });
    expect(library.canSaveImports).toBe(false);
    expect(library.listImported()).toEqual([]);
  });
});
