// A content DB with a given number of events, for the timeline benchmark: the bundled DB plus
// generated events spread over 1900–2025, written the way the content build writes events
// (the events row, its sources and related articles, its search document), then
// finishSearchIndex and VACUUM. Each generated event borrows its title and summary from a
// bundled one and draws its category, place, actors, tags and sources from the bundled
// values, so rows look and weigh like real ones.
import { createHash } from 'node:crypto';
import type { Database, SqlJsStatic } from 'sql.js';
import { formatDateRange, pad } from '../renderer/db/dates';
import { finishSearchIndex } from '../renderer/db/search-index';
import { renderInline } from '../scripts/content/render';
import { writeEventRows } from '../scripts/content/write-db';
import { mulberry32 } from '../scripts/random';

export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2025;

interface Template {
  title: string;
  summary: string;
  category: string;
  actors: string[];
  tags: string[];
}

interface Pools {
  templates: Template[];
  categories: string[];
  places: { id: string; names: string[] }[];
  actors: string[];
  tags: string[];
  sources: string[];
  articles: string[];
}

export interface TimelineDbInfo {
  /** Events in the DB: bundled plus generated. */
  events: number;
  bundled: number;
  generated: number;
  bytes: number;
}

const column = (db: Database, sql: string): string[] =>
  (db.exec(sql)[0]?.values ?? []).map((row) => String(row[0]));

function readPools(db: Database): Pools {
  const templates = (
    db.exec('SELECT title, summary, category, actors_json, tags_json FROM events ORDER BY id')[0]
      ?.values ?? []
  ).map(([title, summary, category, actors, tags]): Template => ({
    title: String(title),
    summary: String(summary),
    category: String(category),
    actors: JSON.parse(String(actors)) as string[],
    tags: JSON.parse(String(tags)) as string[],
  }));
  const names = new Map<string, string[]>();
  for (const [id, name] of db.exec(
    'SELECT place_id, name FROM place_names ORDER BY place_id, name',
  )[0]?.values ?? []) {
    const list = names.get(String(id)) ?? [];
    list.push(String(name));
    names.set(String(id), list);
  }
  return {
    templates,
    categories: [...new Set(templates.map((t) => t.category))].sort(),
    places: column(db, 'SELECT id FROM places ORDER BY id').map((id) => ({
      id,
      names: names.get(id) ?? [],
    })),
    actors: [...new Set(templates.flatMap((t) => t.actors))].sort(),
    tags: [...new Set(templates.flatMap((t) => t.tags))].sort(),
    sources: column(db, 'SELECT id FROM sources ORDER BY id'),
    articles: column(db, 'SELECT id FROM articles ORDER BY id'),
  };
}

/** A date of the given precision; months have 28 days here, so every day is valid. */
function dateOf(year: number, month: number, day: number, precision: string): string {
  if (precision === 'year') return String(year);
  if (precision === 'month') return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

export interface GeneratedEvent {
  id: string;
  dateStart: string;
  dateEnd: string | null;
  precision: 'day' | 'month' | 'year';
  title: string;
  summary: string;
  category: string;
  place: string | null;
  actors: string[];
  tags: string[];
  sources: string[];
  articles: string[];
}

/** The `count` generated events for a seed: the same list on every run. */
export function generateEvents(db: Database, count: number, seed: number): GeneratedEvent[] {
  const pools = readPools(db);
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const n = min + Math.floor(random() * (max - min + 1));
    return [...new Set(Array.from({ length: n }, () => pick(list)))];
  };
  const events: GeneratedEvent[] = [];
  for (let k = 0; k < count; k++) {
    const template = pick(pools.templates);
    const roll = random();
    const precision = roll < 0.78 ? 'day' : roll < 0.93 ? 'month' : 'year';
    const year = FIRST_YEAR + Math.floor(random() * (LAST_YEAR - FIRST_YEAR + 1));
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const dateStart = dateOf(year, month, day, precision);
    let dateEnd: string | null = null;
    if (random() < 0.2) {
      // A range: days to months later for a day, months for a month, years for a year,
      // never past the last year.
      const span = precision === 'year' ? 1 + Math.floor(random() * 4) : 1 + random() * 10;
      const endYear = Math.min(
        LAST_YEAR,
        precision === 'year' ? year + span : year + Math.floor((month + span) / 12),
      );
      const endMonth = endYear > year ? 1 + Math.floor(random() * 12) : Math.min(12, month + 1);
      const endDay = endYear > year || endMonth > month ? 1 + Math.floor(random() * 28) : 28;
      const end = dateOf(endYear, endMonth, endDay, precision);
      if (end > dateStart) dateEnd = end;
    }
    const category = random() < 0.5 ? template.category : pick(pools.categories);
    const actors = random() < 0.5 ? template.actors : some(pools.actors, 1, 4);
    events.push({
      id: `event:${dateStart}-bench-${String(k).padStart(5, '0')}`,
      dateStart,
      dateEnd,
      precision,
      title: template.title,
      summary: template.summary,
      category,
      place: random() < 0.85 ? pick(pools.places).id : null,
      actors,
      tags: random() < 0.7 ? template.tags : some(pools.tags, 1, 2),
      sources: some(pools.sources, 1, 3),
      articles: random() < 0.3 ? some(pools.articles, 1, 2) : [],
    });
  }
  return events;
}

function writeEvents(db: Database, events: GeneratedEvent[]): void {
  const placeNames = new Map(readPools(db).places.map((p) => [p.id, p.names]));
  const html = new Map<string, string>();
  db.run('BEGIN');
  writeEventRows(
    db,
    events.map((e) => {
      // Summaries repeat (one per bundled event), and rendering one builds a DOM.
      const summaryHtml = html.get(e.summary) ?? renderInline(e.summary);
      html.set(e.summary, summaryHtml);
      return {
        ...e,
        displayDate: formatDateRange(e.dateStart, e.dateEnd),
        summaryHtml,
        casualties: [],
        updated: '2026-01-01',
        reviewed: null,
      };
    }),
    placeNames,
  );
  db.run('COMMIT');
}

/**
 * The bundled DB with generated events added until it holds `total` events. Its content hash
 * is derived from the bundled one, so nothing mistakes it for the bundled library.
 */
export function buildTimelineDb(
  SQL: SqlJsStatic,
  bundled: Uint8Array,
  total: number,
  seed: number,
): { bytes: Uint8Array; info: TimelineDbInfo } {
  const db = new SQL.Database(bundled);
  try {
    db.run('PRAGMA journal_mode = OFF');
    const existing = Number(db.exec('SELECT count(*) FROM events')[0]?.values[0]?.[0] ?? 0);
    if (total < existing)
      throw new Error(`The bundled DB already has ${existing} events, more than ${total}.`);
    const events = generateEvents(db, total - existing, seed);
    writeEvents(db, events);
    finishSearchIndex(db);
    const hash = column(db, "SELECT value FROM meta WHERE key = 'content_hash'")[0] ?? '';
    db.run("UPDATE meta SET value = ? WHERE key = 'content_hash'", [
      createHash('sha256').update(`${hash} timeline bench ${total} ${seed}`).digest('hex'),
    ]);
    db.run('VACUUM');
    const bytes = db.export();
    return {
      bytes,
      info: {
        events: total,
        bundled: existing,
        generated: events.length,
        bytes: bytes.length,
      },
    };
  } finally {
    db.close();
  }
}
