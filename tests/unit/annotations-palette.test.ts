import { describe, expect, it } from 'vitest';
import type { LibraryItem } from '../../renderer/db/types';
import {
  itemEntries,
  matchEntries,
  matchTier,
  MAX_RESULTS,
  SCREEN_ENTRIES,
} from '../../renderer/features/palette/palette-match';
import { foldText, matchesAllWords } from '../../renderer/components/text-fold';

const items: LibraryItem[] = [
  {
    id: 'article:lachin-corridor',
    kind: 'article',
    title: 'The Lachin corridor and the blockade',
    subtitle: 'The one road between Armenia and Karabakh.',
    date: '2026-11-01',
  },
  {
    id: 'article:russian-peacekeepers',
    kind: 'article',
    title: 'The Russian peacekeepers in Karabakh, 2020–2024',
    subtitle: '',
    date: '2026-11-01',
  },
  {
    id: 'event:1992-05-18-lachin-captured',
    kind: 'event',
    title: 'Armenian forces take Lachin',
    subtitle: '17–18 May 1992',
    date: '1992-05-17',
  },
  {
    id: 'event:2020-12-01-lachin-returned',
    kind: 'event',
    title: 'Lachin district returned to Azerbaijan',
    subtitle: '1 December 2020',
    date: '2020-12-01',
  },
  {
    id: 'event:2020-11-09-shusha',
    kind: 'event',
    title: 'Azerbaijan takes Şuşa',
    subtitle: '8 November 2020',
    date: '2020-11-08',
  },
];
const entries = [...SCREEN_ENTRIES, ...itemEntries(items)];
const labels = (query: string) => matchEntries(query, entries).map((e) => e.label);

describe('text folding', () => {
  it('ignores case, accents and punctuation', () => {
    expect(foldText('Şuşa')).toBe('susa');
    expect(foldText('Laçın')).toBe('lacin');
    expect(foldText('Ağdərə')).toBe('agdere');
    expect(foldText('Nagorno-Karabakh,  1988')).toBe('nagorno karabakh 1988');
    expect(foldText('İsmayıllı')).toBe('ismayilli');
  });

  it('matches when every word occurs somewhere', () => {
    expect(matchesAllWords('corridor LACHIN', 'The Lachin corridor')).toBe(true);
    expect(matchesAllWords('lachin war', 'The Lachin corridor')).toBe(false);
    expect(matchesAllWords('', 'anything')).toBe(true);
    expect(matchesAllWords('waal', 'Compare', 'with de Waal')).toBe(true);
  });
});

describe('command palette matching', () => {
  it('puts the Lachin corridor article first for "Lachin"', () => {
    expect(labels('Lachin')[0]).toBe('The Lachin corridor and the blockade');
    expect(labels('lachin')).toEqual([
      'The Lachin corridor and the blockade',
      'Lachin district returned to Azerbaijan',
      'Armenian forces take Lachin',
    ]);
  });

  it('finds screens by name', () => {
    expect(labels('book')).toEqual(['Bookmarks']);
    expect(matchEntries('settings', entries)[0]?.route).toEqual({ name: 'settings' });
    expect(matchEntries('notes', entries)[0]?.route).toEqual({ name: 'notes' });
  });

  it('ignores case and accents', () => {
    expect(labels('susa')).toEqual(['Azerbaijan takes Şuşa']);
    expect(labels('ŞUŞA')).toEqual(['Azerbaijan takes Şuşa']);
  });

  it('ranks the whole title above its start, above a word start, above the middle', () => {
    const entry = itemEntries([items[0]!])[0]!;
    expect(matchTier('the lachin corridor and the blockade', entry)).toBe(0);
    expect(matchTier('lachin corridor', entry)).toBe(1);
    expect(matchTier('corridor', entry)).toBe(2);
    expect(matchTier('orrid', entry)).toBe(3);
    expect(matchTier('blockade lach', entry)).toBe(4);
    expect(matchTier('ceasefire', entry)).toBeNull();
  });

  it('matches an event by words of its title and its date', () => {
    expect(labels('lachin 1992')).toEqual(['Armenian forces take Lachin']);
    expect(labels('may lach')).toEqual(['Armenian forces take Lachin']);
  });

  it('prefers a screen, then an article, then an event at equal quality', () => {
    expect(labels('karabakh')).toEqual(['The Russian peacekeepers in Karabakh, 2020–2024']);
    const mixed = [
      ...SCREEN_ENTRIES,
      ...itemEntries([
        { id: 'event:tz', kind: 'event', title: 'Time zone change', subtitle: '', date: '' },
        {
          id: 'article:talks',
          kind: 'article',
          title: 'Timeline of the talks, 1994–2020',
          subtitle: '',
          date: '',
        },
      ]),
    ];
    expect(matchEntries('time', mixed).map((e) => e.label)).toEqual([
      'Timeline',
      'Timeline of the talks, 1994–2020',
      'Time zone change',
    ]);
  });

  it('shows at most fifty results', () => {
    const many: LibraryItem[] = Array.from({ length: 120 }, (_, i) => ({
      id: `event:e${i}`,
      kind: 'event',
      title: `Ceasefire violation ${i}`,
      subtitle: '2016',
      date: '2016-01-01',
    }));
    expect(matchEntries('ceasefire', itemEntries(many))).toHaveLength(MAX_RESULTS);
    expect(matchEntries('', itemEntries(many))).toHaveLength(MAX_RESULTS);
  });

  it('lists the screens first when nothing is typed', () => {
    expect(labels('  ').slice(0, 8)).toEqual([
      'Library',
      'Timeline',
      'Map',
      'Bookmarks',
      'Notes',
      'Import',
      'Search',
      'Settings',
    ]);
  });
});
