// The library's browsing logic: faceted filters with counts, sort orders, labels, and the same
// answers on 100,000 rows in well under a second.
import { describe, expect, it } from 'vitest';
import type { BrowseItem } from '../../renderer/db/types';
import {
  cleanFilters,
  countLabel,
  facetCounts,
  facetOptions,
  filterItems,
  sortItems,
  timeKey,
} from '../../renderer/features/library/browse';
import { slugLabel } from '../../renderer/components/labels';

function event(id: string, date: string, extra: Partial<BrowseItem> = {}): BrowseItem {
  return {
    id: `event:${id}`,
    kind: 'event',
    title: id,
    subtitle: date,
    date,
    topics: [],
    category: 'political',
    era: null,
    placeId: null,
    placeName: null,
    ...extra,
  };
}

function article(id: string, extra: Partial<BrowseItem> = {}): BrowseItem {
  return {
    id: `article:${id}`,
    kind: 'article',
    title: id,
    subtitle: 'dek',
    date: '2026-11-01',
    topics: [],
    category: null,
    era: null,
    placeId: null,
    placeName: null,
    ...extra,
  };
}

const ITEMS: BrowseItem[] = [
  article('Lachin corridor', { topics: ['blockade', 'lachin-corridor'], era: '2020' }),
  article('First war', { topics: ['first-war'], era: '1988–1990' }),
  article('Glossary', { topics: ['glossary'] }),
  event('Ceasefire signed', '1994-05-12', {
    category: 'ceasefire',
    era: '1994–2015',
    topics: ['first-war'],
    placeId: 'place:bishkek',
    placeName: 'Bishkek',
  }),
  event('Corridor closed', '2022-12-12', {
    category: 'blockade',
    era: '2021–2022',
    topics: ['blockade', 'lachin-corridor'],
    placeId: 'place:lachin',
    placeName: 'Lachin',
  }),
  event('Checkpoint set up', '2023-04-23', {
    category: 'blockade',
    era: '2023',
    topics: ['blockade'],
    placeId: 'place:lachin',
    placeName: 'Lachin',
  }),
  event('Council session', '2023-08-16', {
    category: 'diplomacy',
    era: '2023',
    topics: ['un-security-council'],
    placeId: 'place:new-york',
    placeName: 'New York',
  }),
];

const titles = (items: BrowseItem[]) => items.map((i) => i.title);

describe('filtering', () => {
  it('keeps everything when no filter is set', () => {
    expect(filterItems(ITEMS, {})).toHaveLength(ITEMS.length);
  });

  it('combines filters: only items matching every chosen facet are kept', () => {
    expect(titles(filterItems(ITEMS, { kind: 'event', topic: 'blockade' }))).toEqual([
      'Corridor closed',
      'Checkpoint set up',
    ]);
    expect(titles(filterItems(ITEMS, { topic: 'blockade', era: '2023' }))).toEqual([
      'Checkpoint set up',
    ]);
    expect(titles(filterItems(ITEMS, { place: 'place:lachin', category: 'diplomacy' }))).toEqual(
      [],
    );
  });

  it('matches an article by the era of the events it covers', () => {
    expect(titles(filterItems(ITEMS, { era: '1988–1990' }))).toEqual(['First war']);
  });
});

describe('counts', () => {
  it('counts each option over the other active filters, not its own', () => {
    const { counts, totals } = facetCounts(ITEMS, { kind: 'event', topic: 'blockade' });
    // Kind is counted with only the topic filter applied.
    expect(counts.kind.get('article')).toBe(1);
    expect(counts.kind.get('event')).toBe(2);
    expect(totals.kind).toBe(3);
    // Topic is counted over events only.
    expect(counts.topic.get('blockade')).toBe(2);
    expect(counts.topic.get('first-war')).toBe(1);
    expect(counts.topic.get('glossary')).toBe(0);
    expect(totals.topic).toBe(4);
    // Other facets are counted over items passing both filters.
    expect(counts.era.get('2023')).toBe(1);
    expect(counts.era.get('2021–2022')).toBe(1);
    expect(counts.era.get('1994–2015')).toBe(0);
    expect(totals.era).toBe(2);
  });

  it('an option count equals the size of the list that choosing it gives', () => {
    const filters = { topic: 'blockade' } as const;
    const { options } = facetOptions(ITEMS, filters);
    for (const option of options.place) {
      expect(option.count).toBe(filterItems(ITEMS, { ...filters, place: option.value }).length);
    }
    for (const option of options.kind) {
      expect(option.count).toBe(filterItems(ITEMS, { ...filters, kind: option.value }).length);
    }
  });

  it('labels options readably and orders eras by time, the rest A–Z', () => {
    const { options } = facetOptions(ITEMS, {});
    expect(options.kind.map((o) => o.label)).toEqual(['Articles', 'Events']);
    expect(options.era.map((o) => o.value)).toEqual([
      '1988–1990',
      '1994–2015',
      '2020',
      '2021–2022',
      '2023',
    ]);
    expect(options.place.map((o) => o.label)).toEqual(['Bishkek', 'Lachin', 'New York']);
    expect(options.topic.find((o) => o.value === 'un-security-council')?.label).toBe(
      'UN security council',
    );
  });
});

describe('sorting', () => {
  it('by date puts events in date order and each article at the start of its era', () => {
    expect(titles(sortItems(ITEMS, 'date'))).toEqual([
      'First war',
      'Ceasefire signed',
      'Lachin corridor',
      'Corridor closed',
      'Checkpoint set up',
      'Council session',
      'Glossary',
    ]);
    expect(titles(sortItems(ITEMS, 'date-desc'))[0]).toBe('Glossary');
    expect(titles(sortItems(ITEMS, 'date-desc'))[1]).toBe('Council session');
  });

  it('by title is alphabetical, ignoring case and accents', () => {
    const items = [article('éclair'), article('Zebra'), article('apple'), article('Ebony')];
    expect(titles(sortItems(items, 'title'))).toEqual(['apple', 'Ebony', 'éclair', 'Zebra']);
  });

  it('by recently read puts read items first, newest first, then the unread in time order', () => {
    const readAt = new Map([
      ['event:Council session', '2026-11-20T10:00:00Z'],
      ['article:Glossary', '2026-11-24T09:00:00Z'],
    ]);
    expect(titles(sortItems(ITEMS, 'read', readAt))).toEqual([
      'Glossary',
      'Council session',
      'First war',
      'Ceasefire signed',
      'Lachin corridor',
      'Corridor closed',
      'Checkpoint set up',
    ]);
  });

  it('does not change the list it is given', () => {
    const before = titles(ITEMS);
    sortItems(ITEMS, 'title');
    expect(titles(ITEMS)).toEqual(before);
  });

  it('places an article with no events at its update date', () => {
    expect(timeKey(article('x', { date: '2026-01-02' }))).toBe('2026-01-02');
    expect(timeKey(article('x', { era: '2020' }))).toBe('2020');
  });
});

describe('100,000 items', () => {
  const ERAS = ['1918–1922', '1988–1990', '2020', '2023'];
  const big: BrowseItem[] = Array.from({ length: 100_000 }, (_, i) => {
    const year = 1918 + (i % 100);
    const date = `${year}-${String((i % 12) + 1).padStart(2, '0')}-01`;
    const common = {
      topics: [`topic-${i % 7}`, ...(i % 3 === 0 ? ['shared'] : [])],
      era: ERAS[i % 4]!,
      title: `Item ${String((i * 7919) % 100_000).padStart(6, '0')}`,
    };
    return i % 10 === 0
      ? article(`a${i}`, common)
      : event(`e${i}`, date, {
          ...common,
          category: `cat-${i % 5}`,
          placeId: `place:${i % 50}`,
          placeName: `Place ${i % 50}`,
        });
  });

  it('filters, counts and sorts correctly, fast enough for a keystroke', () => {
    const started = performance.now();
    const filters = { kind: 'event', topic: 'shared', era: '2020' };
    const shown = sortItems(filterItems(big, filters), 'title');
    const { options, totals } = facetOptions(big, filters);
    const elapsed = performance.now() - started;

    const expected = big.filter(
      (i) => i.kind === 'event' && i.topics.includes('shared') && i.era === '2020',
    );
    expect(shown).toHaveLength(expected.length);
    expect(shown.length).toBeGreaterThan(1000);
    expect(shown.findIndex((item, k) => k > 0 && shown[k - 1]!.title > item.title)).toBe(-1);

    // Choosing "Articles" instead would show every shared-topic 2020 article.
    const articles = big.filter(
      (i) => i.kind === 'article' && i.topics.includes('shared') && i.era === '2020',
    ).length;
    expect(options.kind.find((o) => o.value === 'article')?.count).toBe(articles);
    expect(totals.kind).toBe(expected.length + articles);
    expect(options.era.find((o) => o.value === '2020')?.count).toBe(expected.length);
    // Places i % 50 that are multiples of 10 fall on articles, which have no place: 45 remain.
    expect(options.place).toHaveLength(45);
    expect(options.place.reduce((sum, o) => sum + o.count, 0)).toBe(expected.length);

    // Generous, so a slow CI machine passes, yet it catches an accidental quadratic pass.
    expect(elapsed).toBeLessThan(3000);
  });

  it('sorts all of them by date', () => {
    const sorted = sortItems(big, 'date');
    expect(sorted).toHaveLength(100_000);
    const outOfOrder = sorted.findIndex(
      (item, k) => k > 0 && timeKey(sorted[k - 1]!) > timeKey(item),
    );
    expect(outOfOrder).toBe(-1);
  });
});

describe('labels and stored state', () => {
  it('turns slugs into readable labels', () => {
    expect(slugLabel('violence-against-civilians')).toBe('Violence against civilians');
    expect(slugLabel('eu-mission')).toBe('EU mission');
    expect(slugLabel('1918-1921')).toBe('1918–1921');
    expect(slugLabel('nagorno-karabakh-republic')).toBe('Nagorno-Karabakh republic');
    expect(slugLabel('armenia-turkey-normalisation')).toBe('Armenia Turkey normalisation');
  });

  it('announces the count with the right noun and thousands separators', () => {
    expect(countLabel(1)).toBe('1 item');
    expect(countLabel(302)).toBe('302 items');
    expect(countLabel(100_000)).toBe('100,000 items');
  });

  it('keeps only known facets with text values from stored state', () => {
    expect(cleanFilters({ kind: 'event', era: 5, bogus: 'x', topic: '' })).toEqual({
      kind: 'event',
    });
    expect(cleanFilters(null)).toEqual({});
  });
});
