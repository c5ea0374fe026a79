// The timeline benchmark's content DB: the events asked for, where the app reads them, the
// same ones for the same seed.
import { describe, expect, it } from 'vitest';
import { Library } from '../../renderer/db/library';
import { buildTimelineDb, FIRST_YEAR, LAST_YEAR } from '../../bench/timeline-db';
import { fixtureDbBytes, getSql } from '../helpers/fixture';

async function open(total: number, seed: number) {
  const SQL = await getSql();
  const { bytes, info } = buildTimelineDb(SQL, await fixtureDbBytes(), total, seed);
  const library = Library.open(SQL, { content: bytes, contentPath: 'timeline.db', user: null });
  return { library, info };
}

describe('the timeline benchmark content DB', () => {
  it('holds exactly the number of events asked for, in time order, within 1900–2025', async () => {
    const { library, info } = await open(300, 7);
    const events = library.listEvents();
    expect(events).toHaveLength(300);
    expect(info.generated).toBe(300 - info.bundled);
    const generated = events.filter((e) => e.id.includes('-bench-'));
    expect(generated).toHaveLength(info.generated);
    for (const e of generated) {
      const year = Number(e.dateStart.slice(0, 4));
      expect(year).toBeGreaterThanOrEqual(FIRST_YEAR);
      expect(year).toBeLessThanOrEqual(LAST_YEAR);
      expect(e.displayDate).not.toBe('');
      if (e.dateEnd) expect(e.dateEnd > e.dateStart).toBe(true);
    }
    expect(new Set(generated.map((e) => e.datePrecision))).toEqual(
      new Set(['day', 'month', 'year']),
    );
    const dates = events.map((e) => e.dateStart);
    expect(dates).toEqual([...dates].sort());
    library.close();
  });

  it('gives the same events for the same seed and others for another seed', async () => {
    const titles = async (seed: number) => {
      const { library } = await open(120, seed);
      const list = library.listEvents().map((e) => `${e.dateStart} ${e.title} ${e.category}`);
      library.close();
      return list;
    };
    expect(await titles(11)).toEqual(await titles(11));
    expect(await titles(12)).not.toEqual(await titles(11));
  });

  it('indexes the generated events for search', async () => {
    const { library } = await open(200, 3);
    const event = library.listEvents().find((e) => e.id.includes('-bench-'))!;
    expect(library.getEvent(event.id)?.sources.length).toBeGreaterThan(0);
    const found = library.search(`"${event.title}"`, { limit: 200 });
    expect(found.hits.map((h) => h.id)).toContain(event.id);
    library.close();
  });
});
