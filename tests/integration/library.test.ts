import { beforeAll, describe, expect, it } from 'vitest';
import { ContentDbError } from '../../renderer/db/content';
import { Library } from '../../renderer/db/library';
import { LATEST_USER_VERSION } from '../../renderer/db/user/migrations';
import { fixtureDbBytes, getSql, openBundledLibrary, openFixtureLibrary } from '../helpers/fixture';

describe('library', () => {
  it('lists articles and events and opens each with its sources and links', async () => {
    const library = await openFixtureLibrary();
    const items = library.listItems();
    expect(items.map((i) => i.id)).toEqual([
      'article:test-war',
      'event:1993-04-02-kalbajar',
      'event:1993-04-30-unsc-822',
      'event:2020-11-10-trilateral-statement',
    ]);
    const article = library.getArticle('article:test-war')!;
    expect(article.title).toBe('The war in the mountains');
    expect(article.sources.map((s) => s.publisher)).toEqual(['United Nations Security Council']);
    expect(article.relatedEvents.map((e) => e.id)).toHaveLength(3);
    expect(article.readingMinutes).toBe(1);

    const event = library.getEvent('event:1993-04-02-kalbajar')!;
    expect(event.displayDate).toBe('2–3 April 1993');
    expect(event.place?.names.az).toContain('Kəlbəcər');
    expect(event.casualties).toEqual([
      expect.objectContaining({
        what: 'displaced',
        low: 40000,
        high: 60000,
        by: 'Test figure owner',
      }),
    ]);
    expect(library.getEvent('event:2020-11-10-trilateral-statement')!.relatedArticles).toEqual([
      { id: 'article:test-war', title: 'The war in the mountains' },
    ]);
    expect(library.getArticle('article:missing')).toBeNull();
  });

  it('shows everything that cites one shared source', async () => {
    const library = await openFixtureLibrary();
    expect(library.getSource('source:unsc-1993-04-30-res-822')?.kind).toBe('international');
    expect(library.itemsCitingSource('source:unsc-1993-04-30-res-822').map((i) => i.id)).toEqual([
      'article:test-war',
      'event:1993-04-02-kalbajar',
      'event:1993-04-30-unsc-822',
    ]);
    expect(library.itemsCitingSource('source:nothing')).toEqual([]);
  });

  it('lists events between two dates', async () => {
    const library = await openFixtureLibrary();
    expect(library.listEvents({ from: '1993-04-03', to: '1993-12-31' }).map((e) => e.id)).toEqual([
      'event:1993-04-02-kalbajar',
      'event:1993-04-30-unsc-822',
    ]);
    expect(library.listEvents({ from: '2021-01-01' })).toEqual([]);
  });

  describe('over the whole bundled library', () => {
    // Building the bundled library takes tens of seconds on a busy machine: it is the setup,
    // not what is checked, so it runs under the hook's budget.
    let library: Library;
    beforeAll(async () => {
      library = await openBundledLibrary();
    });

    it('lists every bundled event exactly as opening it one by one gives it', () => {
      const listed = library.listEvents();
      expect(listed.length).toBeGreaterThan(200);
      expect(listed).toEqual(listed.map((e) => library.getEvent(e.id)));
      expect(listed.some((e) => e.sources.length > 1 && e.relatedArticles.length > 0)).toBe(true);
      // The light list for the timeline and the map carries the same facts.
      expect(library.listEventSummaries()).toEqual(
        listed.map((e) => ({
          id: e.id,
          dateStart: e.dateStart,
          dateEnd: e.dateEnd,
          datePrecision: e.datePrecision,
          displayDate: e.displayDate,
          title: e.title,
          category: e.category,
          place: e.place,
          actors: e.actors,
          sourceCount: e.sources.length,
        })),
      );
      const place = listed.find((e) => e.place)!.place!;
      expect(library.listEvents({ place: place.id })).toEqual(
        listed.filter((e) => e.place?.id === place.id),
      );
    });
  });

  it('lists the events at a place and those an article links, in time order', async () => {
    const library = await openFixtureLibrary();
    expect(library.listEvents({ place: 'place:kalbajar' }).map((e) => e.id)).toEqual([
      'event:1993-04-02-kalbajar',
      'event:1993-04-30-unsc-822',
    ]);
    expect(
      library.listEvents({ place: 'place:moscow', from: '2020-01-01' }).map((e) => e.id),
    ).toEqual(['event:2020-11-10-trilateral-statement']);
    expect(library.listEvents({ article: 'article:test-war' }).map((e) => e.id)).toEqual([
      'event:1993-04-02-kalbajar',
      'event:1993-04-30-unsc-822',
      'event:2020-11-10-trilateral-statement',
    ]);
    expect(library.listEvents({ place: 'place:nowhere' })).toEqual([]);
    expect(library.listEventSummaries({ place: 'place:kalbajar' }).map((e) => e.id)).toEqual([
      'event:1993-04-02-kalbajar',
      'event:1993-04-30-unsc-822',
    ]);
    expect(library.listEvents({ article: "article:x' OR 1=1 --" })).toEqual([]);
  });

  it('keeps bookmarks, notes and reading progress across a save and reopen', async () => {
    const library = await openFixtureLibrary(null, () => '2026-01-02T03:04:05.000Z');
    expect(library.userStatus).toEqual({ state: 'new' });
    library.setBookmarked('article:test-war', true);
    library.saveNote('event:1993-04-30-unsc-822', 'Check the **text** of 822.');
    library.setProgress('article:test-war', 0.4);
    const saved = library.exportUser();
    library.close();

    const reopened = await openFixtureLibrary(saved);
    expect(reopened.userStatus).toEqual({ state: 'opened', version: LATEST_USER_VERSION });
    expect(reopened.listBookmarks()).toEqual([
      expect.objectContaining({
        targetId: 'article:test-war',
        title: 'The war in the mountains',
        kind: 'article',
      }),
    ]);
    expect(reopened.isBookmarked('article:test-war')).toBe(true);
    expect(reopened.listNotes()).toEqual([
      expect.objectContaining({
        targetId: 'event:1993-04-30-unsc-822',
        body: 'Check the **text** of 822.',
        kind: 'event',
      }),
    ]);
    expect(reopened.getProgress('article:test-war')?.fraction).toBe(0.4);
  });

  it('removes a bookmark and an emptied note', async () => {
    const library = await openFixtureLibrary();
    library.setBookmarked('event:1993-04-30-unsc-822', true);
    expect(library.setBookmarked('event:1993-04-30-unsc-822', false)).toBe(false);
    library.saveNote('article:test-war', 'draft');
    expect(library.saveNote('article:test-war', '   ')).toBeNull();
    expect(library.listBookmarks()).toEqual([]);
    expect(library.listNotes()).toEqual([]);
  });

  it('refuses a bookmark on something that is not an item id', async () => {
    const library = await openFixtureLibrary();
    expect(() => library.setBookmarked("'; DROP TABLE bookmarks; --", true)).toThrow(
      /not an item id/,
    );
    expect(library.listBookmarks()).toEqual([]);
  });

  it('starts fresh and says why when the user DB is unreadable', async () => {
    const garbage = new TextEncoder().encode('this is not a database at all, just text');
    const library = await openFixtureLibrary(garbage);
    expect(library.userStatus.state).toBe('unreadable');
    expect(library.canSave).toBe(true);
    library.setBookmarked('article:test-war', true);
    expect(library.isBookmarked('article:test-war')).toBe(true);
  });

  it('refuses to take over a user DB from a newer version, and will not save over it', async () => {
    const SQL = await getSql();
    const future = new SQL.Database();
    future.run(`PRAGMA user_version = ${LATEST_USER_VERSION + 5}`);
    const library = await openFixtureLibrary(future.export());
    expect(library.userStatus).toEqual({
      state: 'newer',
      found: LATEST_USER_VERSION + 5,
      supported: LATEST_USER_VERSION,
    });
    expect(library.canSave).toBe(false);
  });

  it('names the file when the content DB cannot be opened', async () => {
    const SQL = await getSql();
    const open = (content: Uint8Array) =>
      Library.open(SQL, { content, contentPath: '/opt/kr/resources/reader.db', user: null });
    expect(() => open(new TextEncoder().encode('garbage bytes, not sqlite'))).toThrow(
      ContentDbError,
    );
    expect(() => open(new TextEncoder().encode('garbage bytes, not sqlite'))).toThrow(
      /The library file \/opt\/kr\/resources\/reader\.db could not be opened/,
    );
    expect(() => open(new SQL.Database().export())).toThrow(
      /not a Karabakh Reader content database/,
    );
  });

  it('keeps the content DB read-only', async () => {
    const SQL = await getSql();
    const library = Library.open(SQL, {
      content: await fixtureDbBytes(),
      contentPath: 'x',
      user: null,
    });
    const before = library.stats().articles;
    expect(before).toBe(1);
    // The search path is the only raw SQL the content DB sees; writes are refused by the engine.
    const db = new SQL.Database(await fixtureDbBytes());
    db.run('PRAGMA query_only = ON');
    expect(() => db.run('DELETE FROM articles')).toThrow(/readonly|read-only|query_only/i);
  });
});
