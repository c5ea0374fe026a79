import { describe, expect, it } from 'vitest';
import { bm25, toMatchExpression } from '../../renderer/db/search';
import { SNIPPET_CLOSE, SNIPPET_OPEN, type SearchResults } from '../../renderer/db/types';
import { mulberry32 } from '../../scripts/random';
import { openFixtureLibrary } from '../helpers/fixture';

describe('search query', () => {
  it('quotes whole words and lets the word being typed match as a prefix', () => {
    expect(toMatchExpression('lachin corr')).toBe('"lachin" corr*');
    expect(toMatchExpression('lachin corridor ')).toBe('"lachin" "corridor"');
    expect(toMatchExpression('Nagorno-Karabakh')).toBe('"nagorno karabakh"');
    expect(toMatchExpression('"line of contact" 1994')).toBe('"line of contact" 1994*');
  });

  it('understands OR, -exclusion and NOT, and nothing else', () => {
    expect(toMatchExpression('a OR b NOT c')).toBe('("a" OR "b") NOT "c"');
    expect(toMatchExpression('lachin -town')).toBe('("lachin") NOT "town"');
    expect(toMatchExpression('ceasefire -"line of contact" 1994 ')).toBe(
      '("ceasefire" "1994") NOT "line of contact"',
    );
    expect(toMatchExpression('war or peace')).toBe('"war" "or" peace*');
    expect(toMatchExpression('-town')).toBeNull();
    expect(toMatchExpression('OR OR lachin OR')).toBe('"lachin"');
  });

  it('turns stray punctuation and unbalanced quotes into plain words', () => {
    expect(toMatchExpression('*) NEAR/3 (")')).toBe('"near 3"');
    expect(toMatchExpression('"line of')).toBe('"line of"');
    expect(toMatchExpression('  !!! ... ')).toBeNull();
    expect(toMatchExpression('')).toBeNull();
  });
});

const ids = (r: SearchResults) => r.hits.map((h) => h.id);

describe('search', () => {
  it('finds an article by a word in its body, with the word marked in the snippet', async () => {
    const library = await openFixtureLibrary();
    const results = library.search('hardened');
    expect(ids(results)).toEqual(['article:test-war']);
    expect(results.hits[0]!.snippet).toContain(`${SNIPPET_OPEN}hardened${SNIPPET_CLOSE}`);
    expect(results.counts.article).toBe(1);
    expect(results.total).toBe(1);
  });

  it('ranks a title match above a passing mention', async () => {
    const library = await openFixtureLibrary();
    const { hits } = library.search('kalbajar');
    expect(hits[0]!.id).toBe('event:1993-04-02-kalbajar');
    expect(hits.map((h) => h.id)).toEqual(
      expect.arrayContaining(['article:test-war', 'event:1993-04-30-unsc-822']),
    );
    expect(hits[0]!.score).toBeGreaterThan(hits[hits.length - 1]!.score);
  });

  it('ignores case and diacritics', async () => {
    const library = await openFixtureLibrary();
    const plain = ids(library.search('resolution 822'));
    expect(plain).toContain('event:1993-04-30-unsc-822');
    expect(ids(library.search('RÉSOLUTION 822'))).toEqual(plain);
    expect(ids(library.search('Kəlbəcər'))).toContain('event:1993-04-02-kalbajar');
  });

  it('finds items by every name of a place and says which name matched', async () => {
    const library = await openFixtureLibrary();
    expect(ids(library.search('Karvachar'))).toContain('event:1993-04-02-kalbajar');
    expect(ids(library.search('Кельбаджар'))).toContain('event:1993-04-02-kalbajar');
    // The article says "Stepanakert / Xankəndi"; a search for Khankendi finds it through the
    // gazetteer, and the hit says the text has it under another name.
    const khankendi = library.search('Khankendi ');
    expect(ids(khankendi)).toContain('article:test-war');
    expect(khankendi.names).toEqual([
      expect.objectContaining({
        typed: 'Khankendi',
        placeId: 'place:stepanakert',
        placeName: 'Stepanakert',
        alternatives: expect.arrayContaining(['Stepanakert', 'Xankəndi', 'Степанакерт']),
      }),
    ]);
    const hit = khankendi.hits.find((h) => h.id === 'article:test-war')!;
    expect(['Stepanakert', 'Xankəndi']).toContain(hit.matchedName?.found);
    expect(hit.matchedName?.typed).toBe('Khankendi');
    // A name found as typed needs no explanation.
    const direct = library.search('Kalbajar ').hits.find((h) => h.id === 'article:test-war');
    expect(direct?.matchedName).toBeNull();
    // Quoting a name searches that form only.
    expect(library.search('"Khankendi"').total).toBe(0);
  });

  it('folds transliterations: kh/x, j/c, gh/ğ, y/i and doubled letters', async () => {
    const library = await openFixtureLibrary();
    expect(ids(library.search('Kelbecer '))).toContain('event:1993-04-02-kalbajar');
    expect(ids(library.search('hardenned '))).toEqual(['article:test-war']);
    expect(ids(library.search('ceasefyre '))).toContain('article:test-war');
    expect(ids(library.search('Xankendi '))).toContain('article:test-war');
  });

  it('leaves out what is excluded and takes either side of OR', async () => {
    const library = await openFixtureLibrary();
    const all = ids(library.search('kalbajar'));
    expect(all).toContain('event:1993-04-30-unsc-822');
    const without = ids(library.search('kalbajar -resolution'));
    expect(without).not.toContain('event:1993-04-30-unsc-822');
    expect(without).toContain('event:1993-04-02-kalbajar');
    expect(ids(library.search('hardened OR Karvachar')).sort()).toEqual([
      'article:test-war',
      'event:1993-04-02-kalbajar',
      'event:1993-04-30-unsc-822',
    ]);
    expect(ids(library.search('hardened'))).toEqual(['article:test-war']);
  });

  it('filters by kind, date range, category, topic and place, and limits per kind', async () => {
    const library = await openFixtureLibrary();
    const articlesOnly = library.search('kalbajar', { kinds: ['article'] });
    expect(articlesOnly.hits.map((h) => h.kind)).toEqual(['article']);
    // Counts stay per kind so the screen can offer the other kinds.
    expect(articlesOnly.counts.event).toBe(2);
    const limited = library.search('kalbajar', { limit: 1 });
    expect(limited.hits.map((h) => h.kind).sort()).toEqual(['article', 'event']);
    const april = ids(library.search('kalbajar', { from: '1993-04-10', to: '1993' }));
    expect(april).toEqual(
      expect.arrayContaining(['event:1993-04-30-unsc-822', 'article:test-war']),
    );
    expect(april).not.toContain('event:1993-04-02-kalbajar');
    expect(ids(library.search('kalbajar', { categories: ['diplomacy'] }))).toEqual([
      'event:1993-04-30-unsc-822',
    ]);
    expect(ids(library.search('kalbajar', { topics: ['first-war'] }))).toEqual([
      'article:test-war',
    ]);
    expect(ids(library.search('ceasefire OR trilateral', { places: ['place:moscow'] }))).toEqual(
      expect.arrayContaining(['event:2020-11-10-trilateral-statement', 'article:test-war']),
    );
    const none = library.search('kalbajar', { from: '2030' });
    expect(none.total).toBe(0);
    expect(none.withoutFilters).toBe(3);
  });

  it('suggests a spelling that finds something when nothing matches', async () => {
    const library = await openFixtureLibrary();
    const results = library.search('Resolutoin 822');
    expect(results.total).toBe(0);
    expect(results.suggestion).toBe('Resolution 822');
    expect(library.search('qqqqzzzz').suggestion).toBeNull();
  });

  it("searches the user's notes and highlights with the library", async () => {
    const library = await openFixtureLibrary();
    library.saveNote('event:1993-04-02-kalbajar', 'Ask the archive about the Omar pass convoy.');
    const first = library.search('omar pass');
    expect(first.hits.map((h) => [h.kind, h.targetId])).toEqual([
      ['note', 'event:1993-04-02-kalbajar'],
    ]);
    expect(first.hits[0]!.title).toBe('Armenian forces take Kalbajar');
    // A later edit is searchable at once; the old words are gone.
    library.saveNote('event:1993-04-02-kalbajar', 'Convoy details moved to my thesis file.');
    expect(library.search('omar').counts.note).toBe(0);
    expect(library.search('thesis').counts.note).toBe(1);
    // Notes take their item's date for the filters, and place names widen here too.
    expect(library.search('thesis', { from: '2000' }).total).toBe(0);
    library.saveNote('article:test-war', 'Compare with Stepanakert in 1992.');
    const notes = library.search('Khankendi', { kinds: ['note'] });
    expect(notes.hits.map((h) => h.targetId)).toEqual(['article:test-war']);
    // Asking only for the library leaves the user's words out.
    expect(library.search('thesis', { kinds: ['article', 'event'] }).total).toBe(0);
  });

  it('sees an edit made within the same millisecond as the last one', async () => {
    const library = await openFixtureLibrary(null, () => '2026-11-24T12:00:00.000Z');
    library.saveNote('article:test-war', 'first draft mentions the archive');
    expect(library.search('archive').counts.note).toBe(1);
    library.saveNote('article:test-war', 'second draft mentions the library');
    expect(library.search('archive').counts.note).toBe(0);
    expect(library.search('draft library').counts.note).toBe(1);
  });

  it('follows highlights as they are added, edited and removed', async () => {
    const library = await openFixtureLibrary();
    const text = library.anchorText('article:test-war')!;
    const start = text.indexOf('line of contact');
    const highlight = library.addHighlight({
      targetId: 'article:test-war',
      start,
      end: start + 'line of contact'.length,
      colour: 'yellow',
      note: 'check the map',
    });
    const found = library.search('"line of contact"', { kinds: ['highlight'] });
    expect(found.hits.map((h) => [h.id, h.targetId])).toEqual([
      [`highlight:${highlight.id}`, 'article:test-war'],
    ]);
    expect(library.search('map', { kinds: ['highlight'] }).total).toBe(1);
    library.updateHighlight(highlight.id, { note: 'see the atlas' });
    expect(library.search('map', { kinds: ['highlight'] }).total).toBe(0);
    expect(library.search('atlas', { kinds: ['highlight'] }).total).toBe(1);
    library.removeHighlight(highlight.id);
    expect(library.search('atlas').total).toBe(0);
    expect(library.search('"line of contact"').counts.highlight).toBe(0);
  });

  it('answers hostile and odd queries without an error', async () => {
    const library = await openFixtureLibrary();
    const odd = [
      '"',
      '"""',
      '(',
      ')',
      '*',
      '-',
      'OR',
      'AND AND',
      'NEAR/2',
      "'; DROP TABLE search_fts; --",
      'x'.repeat(10_000),
      'kalbajar '.repeat(2_000),
      '🙂🙂 Kalbajar 🏔',
      'Ստեփանակերտ Xankəndi Степанакерт',
      '\u0000\u0002\u0003',
      'ﷺ ‮ reversed',
      '%_%',
      '\\',
    ];
    for (const query of odd) {
      expect(() => library.search(query), query.slice(0, 40)).not.toThrow();
    }
    expect(ids(library.search('🙂🙂 Kalbajar 🏔'))).toContain('event:1993-04-02-kalbajar');
    expect(library.stats().articles).toBe(1);
  });

  it('returns normally for hundreds of random and hostile queries', async () => {
    const library = await openFixtureLibrary();
    library.saveNote('article:test-war', 'A note so the user index is searched too.');
    const random = mulberry32(20261124);
    const pieces = [
      'kalbajar',
      'Khankendi',
      'Şuşa',
      '"',
      '"line of',
      '(',
      ')',
      '*',
      '-',
      '--',
      'OR',
      'NOT',
      'AND',
      'NEAR',
      'NEAR/3',
      '^',
      ':',
      'title:',
      "'",
      ';',
      '\\',
      '%',
      '_',
      '🙂',
      '👨‍👩‍👧',
      'Ստեփանակերտ',
      'Степанакерт',
      'ﷺ',
      '‮',
      '\u0000',
      '\u0002',
      '\u0003',
      '\uFFFF',
      '\uD800',
      'x'.repeat(300),
      '1993',
      '-kalbajar',
      'OR OR',
      '""',
      '\t',
      '\n',
      'Ǆ',
      'İ',
      'ß',
      'ı',
    ];
    const alphabet = 'aeiouxkhjcgyşğəıçöüАБВԱԲԳ"()*-:^ ';
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    for (let i = 0; i < 400; i++) {
      let query = '';
      const parts = 1 + Math.floor(random() * 8);
      for (let p = 0; p < parts; p++) {
        if (random() < 0.6) query += pick(pieces);
        else for (let c = 1 + Math.floor(random() * 12); c > 0; c--) query += pick([...alphabet]);
        if (random() < 0.8) query += ' ';
      }
      const options =
        random() < 0.3
          ? { from: query.slice(0, 4), to: query.slice(-7), categories: [query], places: [query] }
          : {};
      const results = library.search(query, options);
      expect(results.hits.length, JSON.stringify(query)).toBeLessThanOrEqual(results.total);
      expect(
        results.hits.every((h) => h.id && h.targetId),
        JSON.stringify(query),
      ).toBe(true);
    }
    expect(library.stats().articles).toBe(1);
    expect(library.search('kalbajar').total).toBe(3);
  });
});

describe('bm25', () => {
  it('scores more hits in a shorter field higher', () => {
    const blob = (tf: number, len: number) => {
      // p=1 phrase, c=1 column, n=10 rows, avg length 10, this row's length, then x triples.
      const values = [1, 1, 10, 10, len, tf, 20, 3];
      const bytes = new Uint8Array(values.length * 4);
      const view = new DataView(bytes.buffer);
      values.forEach((v, i) => view.setUint32(i * 4, v, true));
      return bytes;
    };
    expect(bm25(blob(3, 10), [1])).toBeGreaterThan(bm25(blob(1, 10), [1]));
    expect(bm25(blob(1, 5), [1])).toBeGreaterThan(bm25(blob(1, 50), [1]));
    expect(bm25(blob(0, 10), [1])).toBe(0);
  });
});
