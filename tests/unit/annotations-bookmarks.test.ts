import { describe, expect, it } from 'vitest';
import type { Bookmark } from '../../renderer/db/types';
import {
  addTags,
  filterBookmarks,
  formatFraction,
  NO_FILTER,
  parsePosition,
  positionLabel,
  sortBookmarks,
  tagCounts,
  visibleBookmarks,
} from '../../renderer/features/bookmarks/bookmark-list';

let nextId = 1;
function bookmark(over: Partial<Bookmark>): Bookmark {
  return {
    id: nextId++,
    targetId: 'article:first-war',
    kind: 'article',
    title: 'The first war, 1988–1994',
    position: '',
    label: '',
    tags: [],
    createdAt: '2026-11-01T10:00:00.000Z',
    ...over,
  };
}

const war = bookmark({ createdAt: '2026-11-01T10:00:00.000Z', tags: ['exam', 'war'] });
const lachin = bookmark({
  targetId: 'article:lachin-corridor',
  title: 'The Lachin corridor and the blockade',
  createdAt: '2026-11-03T10:00:00.000Z',
  tags: ['exam'],
});
const offensive = bookmark({
  targetId: 'event:2023-09-19-offensive',
  kind: 'event',
  title: 'Azerbaijani offensive in Karabakh',
  createdAt: '2026-11-02T10:00:00.000Z',
});
const shushaPlace = bookmark({
  targetId: 'article:shusha',
  title: 'Şuşa / Shushi',
  position: JSON.stringify({ fraction: 0.42, heading: 'After 2020' }),
  label: 'Mosque restoration',
  createdAt: '2026-11-04T10:00:00.000Z',
});
const all = [war, lachin, offensive, shushaPlace];
const titles = (list: Bookmark[]) => list.map((b) => b.title);

describe('bookmark order', () => {
  it('lists the newest first, or the oldest first', () => {
    expect(titles(sortBookmarks(all, 'newest'))).toEqual([
      'Şuşa / Shushi',
      'The Lachin corridor and the blockade',
      'Azerbaijani offensive in Karabakh',
      'The first war, 1988–1994',
    ]);
    expect(titles(sortBookmarks(all, 'oldest'))).toEqual([
      'The first war, 1988–1994',
      'Azerbaijani offensive in Karabakh',
      'The Lachin corridor and the blockade',
      'Şuşa / Shushi',
    ]);
  });

  it('sorts by title alphabetically, ignoring accents', () => {
    expect(titles(sortBookmarks(all, 'title'))).toEqual([
      'Azerbaijani offensive in Karabakh',
      'Şuşa / Shushi',
      'The first war, 1988–1994',
      'The Lachin corridor and the blockade',
    ]);
  });

  it('puts several places in one article in reading order when sorted by title', () => {
    const late = bookmark({ position: JSON.stringify({ fraction: 0.8, heading: null }) });
    const early = bookmark({ position: JSON.stringify({ fraction: 0.1, heading: null }) });
    const whole = bookmark({});
    expect(sortBookmarks([late, whole, early], 'title').map((b) => b.id)).toEqual([
      whole.id,
      early.id,
      late.id,
    ]);
  });

  it('does not change the list it was given', () => {
    const copy = [...all];
    sortBookmarks(all, 'title');
    expect(all).toEqual(copy);
  });
});

describe('bookmark filters', () => {
  it('shows everything with no filter', () => {
    expect(filterBookmarks(all, NO_FILTER)).toHaveLength(4);
  });

  it('keeps only articles or only events', () => {
    expect(titles(filterBookmarks(all, { ...NO_FILTER, kind: 'event' }))).toEqual([
      'Azerbaijani offensive in Karabakh',
    ]);
    expect(filterBookmarks(all, { ...NO_FILTER, kind: 'article' })).toHaveLength(3);
  });

  it('keeps only bookmarks with the chosen tag', () => {
    expect(titles(filterBookmarks(all, { ...NO_FILTER, tag: 'war' }))).toEqual([
      'The first war, 1988–1994',
    ]);
    expect(filterBookmarks(all, { ...NO_FILTER, tag: 'exam' })).toHaveLength(2);
  });

  it('matches words of the title, the label and the heading, without case or accents', () => {
    expect(titles(filterBookmarks(all, { ...NO_FILTER, text: 'susa' }))).toEqual(['Şuşa / Shushi']);
    expect(titles(filterBookmarks(all, { ...NO_FILTER, text: 'MOSQUE' }))).toEqual([
      'Şuşa / Shushi',
    ]);
    expect(titles(filterBookmarks(all, { ...NO_FILTER, text: 'after 2020' }))).toEqual([
      'Şuşa / Shushi',
    ]);
    expect(titles(filterBookmarks(all, { ...NO_FILTER, text: 'blockade lachin' }))).toEqual([
      'The Lachin corridor and the blockade',
    ]);
    expect(filterBookmarks(all, { ...NO_FILTER, text: 'ceasefire' })).toEqual([]);
  });

  it('combines filters and order', () => {
    expect(
      titles(visibleBookmarks(all, { kind: 'article', tag: 'exam', text: 'the' }, 'oldest')),
    ).toEqual(['The first war, 1988–1994', 'The Lachin corridor and the blockade']);
  });
});

describe('tags', () => {
  it('lists every tag once, alphabetically, with its count', () => {
    expect(tagCounts(all)).toEqual([
      { tag: 'exam', count: 2 },
      { tag: 'war', count: 1 },
    ]);
  });

  it('adds typed tags the way the library stores them, without repeats', () => {
    expect(addTags(['exam'], 'Peace Talks')).toEqual(['exam', 'peace-talks']);
    expect(addTags(['exam'], ' exam , Minsk Group,,')).toEqual(['exam', 'minsk-group']);
    expect(addTags(['exam'], '   ')).toEqual(['exam']);
  });
});

describe('positions', () => {
  it('reads a position inside an article', () => {
    expect(parsePosition(shushaPlace.position)).toEqual({ fraction: 0.42, heading: 'After 2020' });
    expect(parsePosition('')).toBeNull();
  });

  it('treats a position it cannot read as the whole item', () => {
    expect(parsePosition('{not json')).toBeNull();
    expect(parsePosition('"text"')).toBeNull();
    expect(parsePosition(JSON.stringify({ heading: 'x' }))).toBeNull();
    expect(parsePosition(JSON.stringify({ fraction: 2, heading: '' }))).toEqual({
      fraction: 1,
      heading: null,
    });
  });

  it('says where a bookmark points: its label, its heading and how far in', () => {
    expect(positionLabel(shushaPlace)).toBe('Mosque restoration · After 2020 · 42%');
    expect(positionLabel({ ...shushaPlace, label: 'After 2020' })).toBe('After 2020 · 42%');
    expect(positionLabel({ ...shushaPlace, label: '' })).toBe('After 2020 · 42%');
    expect(
      positionLabel({ ...shushaPlace, label: '', position: JSON.stringify({ fraction: 0.5 }) }),
    ).toBe('At 50%');
    expect(positionLabel(war)).toBeNull();
  });

  it('never rounds a position to the very start or the very end', () => {
    expect(formatFraction(0)).toBe('0%');
    expect(formatFraction(0.002)).toBe('1%');
    expect(formatFraction(0.996)).toBe('99%');
    expect(formatFraction(1)).toBe('100%');
  });
});
