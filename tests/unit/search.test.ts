import { describe, expect, it } from 'vitest';
import { bm25, toMatchExpression } from '../../renderer/db/search';
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../renderer/db/types';
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

describe('search', () => {
  it('finds an article by a word in its body, with the word marked in the snippet', async () => {
    const library = await openFixtureLibrary();
    const hits = library.search('hardened');
    expect(hits.map((h) => h.id)).toEqual(['article:test-war']);
    expect(hits[0]!.snippet).toContain(`${SNIPPET_OPEN}hardened${SNIPPET_CLOSE}`);
  });

  it('ranks a title match above a passing mention', async () => {
    const library = await openFixtureLibrary();
    const hits = library.search('kalbajar');
    expect(hits[0]!.id).toBe('event:1993-04-02-kalbajar');
    expect(hits.map((h) => h.id)).toEqual(
      expect.arrayContaining(['article:test-war', 'event:1993-04-30-unsc-822']),
    );
    expect(hits[0]!.score).toBeGreaterThan(hits[hits.length - 1]!.score);
  });

  it('ignores case and diacritics', async () => {
    const library = await openFixtureLibrary();
    const plain = library.search('resolution 822').map((h) => h.id);
    expect(plain).toContain('event:1993-04-30-unsc-822');
    expect(library.search('RÉSOLUTION 822').map((h) => h.id)).toEqual(plain);
    expect(library.search('Kəlbəcər').map((h) => h.id)).toContain('event:1993-04-02-kalbajar');
  });

  it('finds events by the other names of their place', async () => {
    const library = await openFixtureLibrary();
    expect(library.search('Karvachar').map((h) => h.id)).toContain('event:1993-04-02-kalbajar');
    expect(library.search('Кельбаджар').map((h) => h.id)).toContain('event:1993-04-02-kalbajar');
  });

  it('leaves out what is excluded and takes either side of OR', async () => {
    const library = await openFixtureLibrary();
    const all = library.search('kalbajar').map((h) => h.id);
    expect(all).toContain('event:1993-04-30-unsc-822');
    const without = library.search('kalbajar -resolution').map((h) => h.id);
    expect(without).not.toContain('event:1993-04-30-unsc-822');
    expect(without).toContain('event:1993-04-02-kalbajar');
    expect(
      library
        .search('hardened OR Karvachar')
        .map((h) => h.id)
        .sort(),
    ).toEqual(['article:test-war', 'event:1993-04-02-kalbajar', 'event:1993-04-30-unsc-822']);
    // Karvachar is another name of Kalbajar, the place of both events; hardened is only in the article.
    expect(library.search('hardened').map((h) => h.id)).toEqual(['article:test-war']);
  });

  it('filters by kind and limits the count', async () => {
    const library = await openFixtureLibrary();
    expect(library.search('kalbajar', { kind: 'article' }).map((h) => h.kind)).toEqual(['article']);
    expect(library.search('kalbajar', { limit: 1 })).toHaveLength(1);
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
    expect(library.search('🙂🙂 Kalbajar 🏔').map((h) => h.id)).toContain(
      'event:1993-04-02-kalbajar',
    );
    expect(library.stats().articles).toBe(1);
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
