// The timeline's grouping: events under their era, eras in time order, boundaries exact.
import { describe, expect, it } from 'vitest';
import { eraOf, eraRank } from '../../renderer/components/timeline/eras';
import { groupByEra } from '../../renderer/features/timeline/groupByEra';

describe('timeline eras', () => {
  it('groups events in time order under their era, leaving out empty eras', () => {
    const events = [
      { id: 'a', dateStart: '1918-05-28' },
      { id: 'b', dateStart: '1988-02-20' },
      { id: 'c', dateStart: '1990' },
      { id: 'd', dateStart: '2020-09-27' },
      { id: 'e', dateStart: '2020-11' },
    ];
    expect(groupByEra(events).map((g) => [g.era, g.events.map((e) => e.id)])).toEqual([
      ['1918–1922', ['a']],
      ['1988–1990', ['b', 'c']],
      ['2020', ['d', 'e']],
    ]);
  });

  it('splits 1994 at the ceasefire: before 12 May in the war, from 12 May after it', () => {
    expect(eraOf('1994-05-11')?.id).toBe('1991–1994');
    expect(eraOf('1994-05-12')?.id).toBe('1994–2015');
    expect(eraOf('2026-01-01')?.id).toBe('2024–');
  });

  it('puts events before the first era first, under "Before 1918", and bad dates last', () => {
    const groups = groupByEra([
      { id: 'x', dateStart: '1900' },
      { id: 'w', dateStart: '1917-12-31' },
      { id: 'y', dateStart: '2023-09-19' },
      { id: 'z', dateStart: '' },
    ]);
    expect(groups.map((g) => [g.era, g.events.map((e) => e.id)])).toEqual([
      ['Before 1918', ['x', 'w']],
      ['2023', ['y']],
      ['Undated', ['z']],
    ]);
  });

  it('ranks eras by time and unknown ones last', () => {
    expect(eraRank('1918–1922')).toBeLessThan(eraRank('2023'));
    expect(eraRank('nope')).toBe(eraRank(null));
    expect(eraRank(null)).toBeGreaterThan(eraRank('2024–'));
  });
});
