import { geoArea, geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import type { Place } from '../../renderer/db/types';
import { clusterByDistance } from '../../renderer/features/map/cluster';
import { dayNumber, dayToIso } from '../../renderer/db/dates';
import { NKAO_APPROXIMATE_OUTLINE } from '../../renderer/components/map/nkao-outline';
import { parseNaming, placeLabel } from '../../renderer/components/map/place-names';

const stepanakert: Place = {
  id: 'place:stepanakert',
  kind: 'city',
  names: {
    en: 'Stepanakert',
    hy: ['Ստեփանակերտ', 'Stepanakert'],
    az: ['Xankəndi', 'Khankendi'],
    ru: ['Степанакерт'],
  },
  lat: 39.8153,
  lon: 46.7519,
  outsideRegion: false,
  note: null,
};

describe('map place names', () => {
  it('use the first Latin-script form of the chosen side, or both', () => {
    expect(placeLabel(stepanakert, 'en')).toBe('Stepanakert');
    expect(placeLabel(stepanakert, 'hy')).toBe('Stepanakert');
    expect(placeLabel(stepanakert, 'az')).toBe('Xankəndi');
    expect(placeLabel(stepanakert, 'both')).toBe('Stepanakert / Xankəndi');
  });

  it('write a shared name once when both sides use it', () => {
    const baku = {
      ...stepanakert,
      names: { en: 'Baku', hy: ['Բաքու', 'Baku'], az: ['Baku'], ru: [] },
    };
    expect(placeLabel(baku, 'both')).toBe('Baku');
  });

  it('fall back to English for an unknown saved naming', () => {
    expect(parseNaming(null)).toBe('en');
    expect(parseNaming('klingon')).toBe('en');
    expect(parseNaming('az')).toBe('az');
  });
});

describe('map clustering', () => {
  it('joins markers closer than the reach and keeps distant ones apart', () => {
    const points = [
      { item: 'a', x: 0, y: 0 },
      { item: 'b', x: 5, y: 5 },
      { item: 'c', x: 100, y: 100 },
    ];
    const clusters = clusterByDistance(points, 20, (s) => s);
    expect(clusters.map((c) => c.items)).toEqual([['a', 'b'], ['c']]);
    expect(clusters[0]).toMatchObject({ key: 'a', x: 2.5, y: 2.5 });
  });

  it('leaves no two clusters overlapping', () => {
    const points = Array.from({ length: 40 }, (_, i) => ({ item: i, x: i * 7, y: (i % 3) * 9 }));
    const clusters = clusterByDistance(points, 20, String);
    for (const a of clusters)
      for (const b of clusters)
        if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(20);
    expect(clusters.flatMap((c) => c.items).sort((x, y) => x - y)).toEqual(
      points.map((p) => p.item),
    );
  });
});

describe('map dates', () => {
  it('read partial dates as their first day and write days back as ISO dates', () => {
    expect(dayToIso(dayNumber('1994-05-12'))).toBe('1994-05-12');
    expect(dayToIso(dayNumber('1918-05'))).toBe('1918-05-01');
    expect(dayToIso(dayNumber('1923'))).toBe('1923-01-01');
  });
});

describe('the approximate NKAO outline', () => {
  const polygon = {
    type: 'Polygon' as const,
    coordinates: [
      [...NKAO_APPROXIMATE_OUTLINE, NKAO_APPROXIMATE_OUTLINE[0]!].map(([x, y]) => [x, y]),
    ],
  };

  it('holds the oblast’s towns and leaves out Aghdam, Fuzuli and Tartar', () => {
    const inside = {
      Stepanakert: [46.7519, 39.8153],
      Shusha: [46.7486, 39.7581],
      Askeran: [46.8314, 39.9333],
      Martakert: [46.81, 40.2136],
      Martuni: [47.1122, 39.795],
      Hadrut: [47.0311, 39.5206],
    };
    for (const [name, point] of Object.entries(inside))
      expect(geoContains(polygon, point as [number, number]), name).toBe(true);
    expect(geoContains(polygon, [46.9306, 39.9911]), 'Aghdam').toBe(false);
    expect(geoContains(polygon, [47.1431, 39.6008]), 'Fuzuli').toBe(false);
    expect(geoContains(polygon, [46.9322, 40.3422]), 'Tartar').toBe(false);
  });

  it('covers about the former oblast’s 4,400 km²', () => {
    const km2 = geoArea(polygon) * 6371 ** 2;
    expect(km2).toBeGreaterThan(3500);
    expect(km2).toBeLessThan(5500);
  });
});
