// The timeline's filters and the counts beside each choice.
import { describe, expect, it } from 'vitest';
import { facetChoices, filterEvents } from '../../renderer/features/timeline/filters';
import type { Place } from '../../renderer/db/types';

const place = (id: string): Place => ({
  id,
  kind: 'city',
  names: { en: id.toUpperCase(), hy: [], az: [], ru: [] },
  lat: 0,
  lon: 0,
  outsideRegion: false,
  note: null,
});

const events = [
  { id: 'a', category: 'military', actors: ['armenia'], place: place('shusha') },
  { id: 'b', category: 'military', actors: ['azerbaijan', 'armenia'], place: place('lachin') },
  { id: 'c', category: 'diplomacy', actors: ['russia'], place: null },
];

describe('timeline filters', () => {
  it('keeps events matching every chosen filter', () => {
    expect(filterEvents(events, {}).map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(filterEvents(events, { category: 'military' }).map((e) => e.id)).toEqual(['a', 'b']);
    expect(
      filterEvents(events, { category: 'military', actor: 'azerbaijan' }).map((e) => e.id),
    ).toEqual(['b']);
    expect(filterEvents(events, { place: 'lachin', actor: 'russia' })).toEqual([]);
  });

  it('counts what each choice would show given the other filters', () => {
    const facets = facetChoices(events, { category: 'military' }, (_f, v) => v);
    expect(facets.actor.choices).toEqual([
      { value: 'armenia', label: 'armenia', count: 2 },
      { value: 'azerbaijan', label: 'azerbaijan', count: 1 },
      { value: 'russia', label: 'russia', count: 0 },
    ]);
    expect(facets.actor.total).toBe(2);
    // The category's own counts ignore the category filter, so the other choice still shows 1.
    expect(facets.category.choices.map((c) => [c.value, c.count])).toEqual([
      ['diplomacy', 1],
      ['military', 2],
    ]);
    expect(facets.category.total).toBe(3);
  });
});
