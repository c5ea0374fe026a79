// Holds the library contract (renderer/db/contract.ts) true: every method is called on a real
// profile, and what it did to the user DB and the imports file must be exactly what its mark
// says. A writing method marked as a read would never be saved, so it fails here.
import { beforeAll, describe, expect, it } from 'vitest';
import { LIBRARY_CONTRACT, LIBRARY_METHODS, type LibraryApi } from '../../renderer/db/contract';
import { Library } from '../../renderer/db/library';
import { fixtureDbBytes, getSql, importedArticle } from '../helpers/fixture';

const ARTICLE = 'article:test-war';
const EVENT = 'event:1993-04-30-unsc-822';

async function open(user: Uint8Array | null, imports: Uint8Array | null): Promise<Library> {
  return Library.open(await getSql(), {
    content: await fixtureDbBytes(),
    contentPath: '/test/reader.db',
    user,
    imports,
  });
}

/** A profile with a row of every kind, so each write has something to change. */
async function sampleProfile() {
  const library = await open(null, null);
  const [added] = library.addImported([importedArticle('Saved page')]);
  const importedId = added!.article.id;
  const bookmark = library.addBookmark({ targetId: ARTICLE, tags: ['to-read'] });
  library.saveNote(ARTICLE, 'A note');
  const highlight = library.addHighlight({ targetId: ARTICLE, start: 0, end: 10, colour: 'green' });
  library.setProgress(ARTICLE, 0.4);
  library.setSetting('theme', 'dark');

  // A backup of another profile: restoring it replaces the notes and the imported article.
  const other = await open(null, null);
  other.addImported([importedArticle('Another page')]);
  other.saveNote(EVENT, 'Another note');
  const backup = other.createBackup();
  other.close();

  const profile = {
    user: library.exportUser(),
    imports: library.exportImports(),
    importedId,
    bookmarkId: bookmark.id,
    highlightId: highlight.id,
    backup,
  };
  library.close();
  return profile;
}

type Profile = Awaited<ReturnType<typeof sampleProfile>>;

/**
 * Arguments for each method, made against the sample profile; a setup step may change the
 * profile first (e.g. remove what the call puts back). Typed by the contract, so a method
 * added to it without a sample here fails to compile.
 */
const SAMPLES: { [K in keyof LibraryApi]: (l: Library, p: Profile) => Parameters<LibraryApi[K]> } =
  {
    stats: () => [],
    listItems: () => [],
    getArticle: (_l, p) => [p.importedId],
    getEvent: () => [EVENT],
    listEvents: () => [{}],
    listEventSummaries: () => [{}],
    warmSearch: () => [],
    listImported: () => [],
    addImported: () => [[importedArticle('A new page')]],
    updateImported: (_l, p) => [p.importedId, { title: 'A better title' }],
    removeImported: (_l, p) => [p.importedId],
    restoreImported: (l, p) => [l.removeImported(p.importedId)!],
    exportImports: () => [],
    getPlace: () => ['place:stepanakert'],
    listPlaces: () => [],
    search: () => ['reservoir war'],
    getSource: () => ['source:unsc-1993-04-30-res-822'],
    itemsCitingSource: () => ['source:unsc-1993-04-30-res-822'],
    listCorrections: () => [],
    listBookmarks: () => [],
    isBookmarked: () => [ARTICLE],
    setBookmarked: () => [EVENT, true],
    addBookmark: () => [{ targetId: EVENT, label: 'Resolution' }],
    removeBookmark: (_l, p) => [p.bookmarkId],
    restoreBookmark: (l, p) => [l.removeBookmark(p.bookmarkId)!],
    setBookmarkTags: (_l, p) => [p.bookmarkId, ['war', 'later']],
    browseItems: () => [],
    anchorText: (_l, p) => [p.importedId],
    listHighlights: () => [],
    addHighlight: () => [{ targetId: ARTICLE, start: 20, end: 30, colour: 'blue' }],
    updateHighlight: (_l, p) => [p.highlightId, { colour: 'pink', note: 'Why?' }],
    removeHighlight: (_l, p) => [p.highlightId],
    listInProgress: () => [],
    listProgress: () => [],
    resetProgress: () => [],
    getNote: () => [ARTICLE],
    saveNote: () => [EVENT, 'A new note'],
    listNotes: () => [],
    getProgress: () => [ARTICLE],
    setProgress: () => [EVENT, 0.5],
    getSetting: () => ['theme'],
    setSetting: () => ['theme', 'light'],
    exportUser: () => [],
    exportNotesMarkdown: () => [],
    exportBookmarksHtml: () => [],
    exportBookmarksJson: () => [],
    exportAnnotations: () => [],
    createBackup: () => [],
    previewRestore: (_l, p) => [p.backup, 'replace'],
    applyRestore: (_l, p) => [p.backup, 'replace'],
  };

const same = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((byte, i) => byte === b[i]);

describe('the library contract', () => {
  // Each call opens its own copy of the same saved profile, so no call sees another's change.
  let profile: Profile;
  beforeAll(async () => {
    profile = await sampleProfile();
  });

  it.each(LIBRARY_METHODS)('%s changes exactly the files its mark says', async (method) => {
    const library = await open(profile.user, profile.imports);
    const args = SAMPLES[method](library, profile);
    const before = { user: library.exportUser(), imports: library.exportImports() };

    const result: unknown = (library[method] as (...a: unknown[]) => unknown)(...args);

    const changed = {
      user: !same(before.user, library.exportUser()),
      imports: !same(before.imports, library.exportImports()),
    };
    const access = LIBRARY_CONTRACT[method];
    expect({ method, ...changed }).toEqual({
      method,
      user: access === 'user' || access === 'user+imports',
      imports: access === 'imports' || access === 'user+imports',
    });
    // A sample that fails quietly would prove nothing about its method.
    expect(result === null || (typeof result === 'object' && 'ok' in result && !result.ok)).toBe(
      false,
    );
    library.close();
  });
});
