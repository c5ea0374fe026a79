import { describe, expect, it } from 'vitest';
import {
  checkDate,
  quoteName,
  rangeProblem,
  searchOptions,
} from '../../renderer/features/search/search-filters';
import { addRecent, parseRecent, RECENT_MAX } from '../../renderer/features/search/recent-searches';

describe('search date filters', () => {
  it('accept a year, a month or a day, written loosely', () => {
    expect(checkDate('1994')).toEqual({ ok: true, value: '1994' });
    expect(checkDate(' 1994-5 ')).toEqual({ ok: true, value: '1994-05' });
    expect(checkDate('1994/05/12')).toEqual({ ok: true, value: '1994-05-12' });
    expect(checkDate('')).toEqual({ ok: true, value: undefined });
  });

  it('say what is wrong with something that is not a date', () => {
    for (const typed of ['19x4', '94', '1994-13', '2023-02-30', '1994-05-12-01']) {
      expect(checkDate(typed)).toEqual({ ok: false, problem: `“${typed}” is not a date` });
    }
  });

  it('notice a range that ends before it starts, comparing whole periods', () => {
    expect(rangeProblem('2024', '2023')).toMatch(/after/);
    expect(rangeProblem('2023-05', '2023')).toBeNull();
    expect(rangeProblem('2023', '2023-01-01')).toBeNull();
  });

  it('apply only the dates that read as dates, and every other filter', () => {
    expect(
      searchOptions({
        name: 'search',
        query: 'x',
        kind: 'event',
        from: '2023',
        to: 'soon',
        category: 'blockade',
        place: 'place:shusha',
      }),
    ).toEqual({
      kinds: ['event'],
      limit: 100,
      from: '2023',
      categories: ['blockade'],
      places: ['place:shusha'],
    });
    expect(searchOptions({ name: 'search', query: 'x', from: '2024', to: '2023' })).toEqual({
      limit: 5,
    });
  });
});

describe('search only the typed name', () => {
  it('puts that name in quotes and keeps the rest of the query', () => {
    expect(quoteName('shelling of khankendi 1992', 'Khankendi')).toBe(
      'shelling of "khankendi" 1992',
    );
    expect(quoteName('Şuşa', 'Shusha')).toBe('"Şuşa"');
  });
});

describe('recent searches', () => {
  it('put the newest first, once, whatever its case or spacing', () => {
    let list: string[] = [];
    for (const q of ['Lachin', 'Shusha', '  lachin  ', 'Hakari bridge']) list = addRecent(list, q);
    expect(list).toEqual(['Hakari bridge', 'lachin', 'Shusha']);
  });

  it(`keep the last ${RECENT_MAX} and skip empty or pasted-passage queries`, () => {
    let list: string[] = [];
    for (let i = 0; i < 15; i++) list = addRecent(list, `query ${i}`);
    list = addRecent(addRecent(list, '   '), 'x'.repeat(500));
    expect(list).toHaveLength(RECENT_MAX);
    expect(list[0]).toBe('query 14');
    expect(list.at(-1)).toBe('query 5');
  });

  it('read back what was stored and ignore anything else', () => {
    expect(parseRecent(JSON.stringify(['a', 'b']))).toEqual(['a', 'b']);
    expect(parseRecent(JSON.stringify(['a', 3, null, 'A', 'b']))).toEqual(['a', 'b']);
    expect(parseRecent('{not json')).toEqual([]);
    expect(parseRecent(JSON.stringify({ a: 1 }))).toEqual([]);
    expect(parseRecent(null)).toEqual([]);
  });
});
