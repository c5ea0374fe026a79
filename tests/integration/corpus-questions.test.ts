// The questions a reader must be able to answer from the app alone, with sources.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../../renderer/db/library';
import { openBundledLibrary } from '../helpers/fixture';
import type { EventItem } from '../../renderer/db/types';

let library: Library;

beforeAll(async () => {
  library = await openBundledLibrary();
});

function sourcedEvent(id: string): EventItem {
  const event = library.getEvent(id);
  expect(event, id).not.toBeNull();
  expect(event!.sources.length, `${id} has sources`).toBeGreaterThan(0);
  return event!;
}

function topIds(query: string, n = 3): string[] {
  return library
    .search(query)
    .hits.slice(0, n)
    .map((h) => h.id);
}

describe('what a reader can answer from the library', () => {
  it('when each war started and ended', () => {
    expect(sourcedEvent('event:1994-05-12-ceasefire').dateStart).toBe('1994-05-12');
    const april2016 = sourcedEvent('event:2016-04-02-four-day-war');
    expect([april2016.dateStart, april2016.dateEnd]).toEqual(['2016-04-02', '2016-04-05']);
    expect(sourcedEvent('event:2020-09-27-war-begins').dateStart).toBe('2020-09-27');
    expect(sourcedEvent('event:2020-11-10-trilateral-statement').dateStart).toBe('2020-11-10');
    expect(topIds('2020 war begins')).toContain('event:2020-09-27-war-begins');
    expect(topIds('four-day war')).toContain('article:april-2016-war');
    expect(library.getArticle('article:first-war')?.sources.length).toBeGreaterThan(0);
  });

  it('what the 1994 and 2020 agreements said', () => {
    expect(topIds('Bishkek Protocol')).toEqual(
      expect.arrayContaining([
        'event:1994-05-05-bishkek-protocol',
        'article:bishkek-ceasefire-1994',
      ]),
    );
    expect(topIds('trilateral statement')).toContain('event:2020-11-10-trilateral-statement');
    const statement = library.getArticle('article:november-2020-statement')!;
    expect(statement.sources.length).toBeGreaterThan(0);
    expect(statement.bodyHtml).toMatch(/peacekeep/i);
    expect(statement.bodyHtml).toMatch(/Lachin corridor/);
  });

  it('what happened on each day of 19–20 September 2023', () => {
    const days = library.listEvents({ from: '2023-09-19', to: '2023-09-20' });
    const starts = new Set(days.map((e) => e.dateStart));
    expect(starts).toEqual(new Set(['2023-09-19', '2023-09-20']));
    days.forEach((e) => expect(e.sources.length, e.id).toBeGreaterThan(0));
  });

  it('how many people left and when, with whose figure each is', () => {
    const exodus = sourcedEvent('event:2023-10-02-exodus-complete');
    expect(exodus.dateStart.startsWith('2023-09')).toBe(true);
    const displaced = exodus.casualties.filter((c) => c.what === 'displaced');
    expect(displaced.length).toBeGreaterThan(0);
    for (const figure of displaced) {
      expect(figure.by.length).toBeGreaterThan(0);
      expect(Math.max(figure.low ?? 0, figure.best ?? 0, figure.high ?? 0)).toBeGreaterThanOrEqual(
        100_000,
      );
    }
  });

  it('where the peace process stands as of the corpus date', () => {
    const meta = library.contentMeta;
    const recent = library.listEvents({ from: '2025-01-01', to: meta.lastReviewed });
    expect(recent.length).toBeGreaterThanOrEqual(5);
    recent.forEach((e) => expect(e.sources.length, e.id).toBeGreaterThan(0));
    expect(recent.map((e) => e.id)).toEqual(
      expect.arrayContaining([
        'event:2025-03-13-treaty-text-agreed',
        'event:2025-08-08-washington-summit',
      ]),
    );
    expect(topIds('peace agreement initialled', 5)).toContain(
      'article:peace-treaty-and-washington-2025',
    );
  });
});
