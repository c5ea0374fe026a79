import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../renderer/db/library';
import { migrate } from '../../renderer/db/user/migrations';
import { migration0001 } from '../../renderer/db/user/migrations/0001-initial';
import { buildContentDb } from '../../scripts/content/build';
import { copyFixtureContent, FIXTURE_RULES, getSql, openFixtureLibrary } from '../helpers/fixture';

describe('bookmarks', () => {
  it('bookmarks a position inside an article beside the whole article, with tags', async () => {
    const library = await openFixtureLibrary();
    library.addBookmark({ targetId: 'article:test-war' });
    const inside = library.addBookmark({
      targetId: 'article:test-war',
      position: JSON.stringify({ fraction: 0.5, heading: 'Afterwards' }),
      label: 'Afterwards',
      tags: ['To Read', 'ceasefire', 'ceasefire'],
    });
    expect(inside.tags).toEqual(['to-read', 'ceasefire']);
    expect(library.listBookmarks().map((b) => [b.targetId, b.label])).toEqual([
      ['article:test-war', 'Afterwards'],
      ['article:test-war', ''],
    ]);
    expect(library.setBookmarkTags(inside.id, ['done'])).toEqual(['done']);
  });

  it('removes a bookmark and restores it exactly on undo', async () => {
    const library = await openFixtureLibrary();
    const b = library.addBookmark({ targetId: 'event:1993-04-30-unsc-822', tags: ['un'] });
    const removed = library.removeBookmark(b.id)!;
    expect(library.listBookmarks()).toEqual([]);
    library.restoreBookmark(removed);
    expect(library.listBookmarks()).toEqual([b]);
  });
});

describe('highlights', () => {
  it('keeps a highlight with its note and colour across a save and reopen', async () => {
    const library = await openFixtureLibrary();
    const text = library.anchorText('article:test-war')!;
    const start = text.indexOf('line of contact');
    const h = library.addHighlight({
      targetId: 'article:test-war',
      start,
      end: start + 'line of contact'.length,
      colour: 'green',
      note: 'Check **when** this started.',
    });
    expect(h).toMatchObject({ quote: 'line of contact', colour: 'green', range: { start } });
    const reopened = await openFixtureLibrary(library.exportUser());
    expect(reopened.listHighlights()).toEqual([
      expect.objectContaining({
        quote: 'line of contact',
        note: 'Check **when** this started.',
        title: 'The war in the mountains',
      }),
    ]);
    expect(reopened.updateHighlight(h.id, { colour: 'pink' })).toBe(true);
    expect(reopened.listHighlights('article:test-war')[0]!.colour).toBe('pink');
    expect(() => reopened.updateHighlight(h.id, { colour: 'plaid' as 'pink' })).toThrow(
      /not a highlight colour/,
    );
  });

  it('re-attaches highlights after the article changes, and shows a removed passage as detached', async () => {
    const SQL = await getSql();
    const root = copyFixtureContent();
    const v1 = await buildContentDb(root, FIXTURE_RULES);
    const first = Library.open(SQL, { content: v1.bytes, contentPath: 'v1', user: null });
    const text = first.anchorText('article:test-war')!;
    const kept = text.indexOf('line of contact');
    const gone = text.indexOf('the mountains west');
    first.addHighlight({
      targetId: 'article:test-war',
      start: kept,
      end: kept + 15,
      colour: 'yellow',
    });
    first.addHighlight({
      targetId: 'article:test-war',
      start: gone,
      end: gone + 18,
      colour: 'blue',
    });
    const userBytes = first.exportUser();

    const file = join(root, 'articles/test-war.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('## Kalbajar', 'A new opening paragraph, added in a later release.\n\n## Kalbajar')
        .replace(', in the mountains west of Stepanakert / Xankəndi', ''),
    );
    const v2 = await buildContentDb(root, FIXTURE_RULES);
    const second = Library.open(SQL, { content: v2.bytes, contentPath: 'v2', user: userBytes });
    const newText = second.anchorText('article:test-war')!;
    const highlights = second.listHighlights('article:test-war');
    const attached = highlights.find((h) => h.quote === 'line of contact');
    const detached = highlights.find((h) => h.quote === 'the mountains west');
    expect(newText.slice(attached!.range!.start, attached!.range!.end)).toBe('line of contact');
    expect(attached!.range!.start).toBeGreaterThan(kept);
    expect(detached).toMatchObject({ quote: 'the mountains west', range: null, colour: 'blue' });
  });

  it('refuses a highlight on something that is not an article', async () => {
    const library = await openFixtureLibrary();
    expect(() =>
      library.addHighlight({
        targetId: 'event:1993-04-30-unsc-822',
        start: 0,
        end: 3,
        colour: 'yellow',
      }),
    ).toThrow(/not an article/);
  });
});

describe('reading progress', () => {
  it('lists articles in progress, most recent first, and resets', async () => {
    let tick = 0;
    const library = await openFixtureLibrary(null, () => `2026-01-01T00:00:0${tick++}.000Z`);
    library.setProgress('article:test-war', 0.3);
    library.setProgress('event:1993-04-30-unsc-822', 1);
    expect(library.listInProgress()).toEqual([
      expect.objectContaining({
        targetId: 'article:test-war',
        fraction: 0.3,
        title: 'The war in the mountains',
      }),
    ]);
    library.resetProgress();
    expect(library.listProgress()).toEqual([]);
  });
});

describe('migration 2', () => {
  it('keeps version-1 bookmarks and adds tags and highlights', async () => {
    const SQL = await getSql();
    const db = new SQL.Database();
    migrate(db, [migration0001]);
    db.run(
      "INSERT INTO bookmarks (target_id, created_at) VALUES ('article:test-war', '2025-01-01')",
    );
    const library = await openFixtureLibrary(db.export());
    expect(library.userStatus).toEqual({ state: 'opened', version: 2 });
    expect(library.listBookmarks()).toEqual([
      expect.objectContaining({ targetId: 'article:test-war', tags: [], createdAt: '2025-01-01' }),
    ]);
    expect(library.listHighlights()).toEqual([]);
  });
});
