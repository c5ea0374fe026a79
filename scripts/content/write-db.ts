// Writes a validated corpus into a fresh content DB. Rows go in sorted by id so the same
// input always gives the same bytes.
import type { Database, SqlJsStatic } from 'sql.js';
import { CONTENT_SCHEMA_VERSION, CONTENT_TABLES } from '../../renderer/db/content-schema';
import { formatDateRange } from '../../renderer/db/dates';
import { addSearchDocs, finishSearchIndex } from '../../renderer/db/search-index';
import type { RawCorpus } from './load';
import {
  anchorText,
  countWords,
  emphasisText,
  htmlToText,
  readingMinutes,
  renderInline,
  renderMarkdown,
} from './render';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function writeContentDb(SQL: SqlJsStatic, raw: RawCorpus, contentHash: string): Uint8Array {
  const db = new SQL.Database();
  try {
    db.run('PRAGMA page_size = 4096');
    db.run('PRAGMA journal_mode = OFF');
    db.run(CONTENT_TABLES);
    db.run('BEGIN');
    writeMeta(db, raw, contentHash);
    writeSources(db, raw);
    const placeNames = writePlaces(db, raw);
    writeEvents(db, raw, placeNames);
    writeArticles(db, raw);
    writeCorrections(db, raw);
    db.run('COMMIT');
    finishSearchIndex(db);
    db.run('VACUUM');
    return db.export();
  } finally {
    db.close();
  }
}

function writeMeta(db: Database, raw: RawCorpus, contentHash: string) {
  const corpus = raw.corpus!;
  const rows: [string, string][] = [
    ['schema_version', String(CONTENT_SCHEMA_VERSION)],
    ['content_version', corpus.content_version],
    ['last_reviewed', corpus.last_reviewed],
    ...(corpus.events_through
      ? [['events_through', corpus.events_through] as [string, string]]
      : []),
    ['title', corpus.title],
    ['content_hash', contentHash],
  ];
  for (const row of rows) db.run('INSERT INTO meta (key, value) VALUES (?, ?)', row);
}

function writeSources(db: Database, raw: RawCorpus) {
  for (const { value: s } of [...raw.sources].sort((a, b) => byId(a.value, b.value))) {
    db.run('INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?)', [
      s.id,
      s.publisher,
      s.title,
      s.date ?? null,
      s.url ?? null,
      s.kind,
      s.party ?? null,
    ]);
  }
}

function writePlaces(db: Database, raw: RawCorpus): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const { value: p } of [...raw.places].sort((a, b) => byId(a.value, b.value))) {
    db.run('INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
      p.id,
      p.kind,
      p.names.en,
      JSON.stringify(p.names),
      p.lat,
      p.lon,
      p.outside_region ? 1 : 0,
      p.note ?? null,
    ]);
    const all: [string, string][] = [
      [p.names.en, 'en'],
      ...p.names.hy.map((n): [string, string] => [n, 'hy']),
      ...p.names.az.map((n): [string, string] => [n, 'az']),
      ...p.names.ru.map((n): [string, string] => [n, 'ru']),
    ];
    for (const [name, lang] of all) {
      db.run('INSERT OR IGNORE INTO place_names VALUES (?, ?, ?)', [p.id, name, lang]);
    }
    names.set(p.id, [...new Set(all.map(([n]) => n))]);
  }
  return names;
}

function writeEvents(db: Database, raw: RawCorpus, placeNames: Map<string, string[]>) {
  const events = [...raw.events].map((e) => e.value).sort(byId);
  for (const e of events) {
    const display = e.display_date ?? formatDateRange(e.date_start, e.date_end ?? null);
    const casualties = e.casualties.map((c) => ({
      what: c.what,
      group: c.group ?? null,
      low: c.low ?? null,
      best: c.best ?? null,
      high: c.high ?? null,
      by: c.by,
      sourceId: c.source ?? null,
    }));
    db.run('INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', [
      e.id,
      e.date_start,
      e.date_end ?? null,
      e.date_precision,
      display,
      e.title,
      e.summary,
      renderInline(e.summary),
      e.category,
      e.place,
      JSON.stringify(e.actors),
      JSON.stringify(casualties),
      JSON.stringify(e.tags),
      e.updated,
      e.reviewed ?? null,
    ]);
    e.sources.forEach((s, i) =>
      db.run('INSERT OR IGNORE INTO item_sources VALUES (?, ?, ?)', [e.id, s, i]),
    );
    for (const a of e.related_articles) {
      db.run('INSERT OR IGNORE INTO article_events VALUES (?, ?)', [a, e.id]);
    }
    const extra = [display, e.category, ...e.actors, ...e.tags, ...(placeNames.get(e.place) ?? [])];
    addSearchDocs(db, [
      {
        itemId: e.id,
        kind: 'event',
        title: e.title,
        summary: e.summary,
        body: '',
        extra: extra.join(' · '),
        dateStart: e.date_start,
        dateEnd: e.date_end ?? e.date_start,
        category: e.category,
        topics: e.tags,
        places: e.place ? [e.place] : [],
      },
    ]);
  }
}

/** The public corrections log; each correction's sources go in item_sources like an item's. */
function writeCorrections(db: Database, raw: RawCorpus) {
  for (const { value: c } of [...raw.corrections].sort((a, b) => byId(a.value, b.value))) {
    db.run('INSERT INTO corrections VALUES (?, ?, ?, ?, ?)', [c.id, c.date, c.item, c.what, c.why]);
    c.sources.forEach((s, i) =>
      db.run('INSERT OR IGNORE INTO item_sources VALUES (?, ?, ?)', [c.id, s, i]),
    );
  }
}

function writeArticles(db: Database, raw: RawCorpus) {
  const articles = [...raw.articles].sort(byId);
  for (const a of articles) {
    const html = renderMarkdown(a.body);
    const text = htmlToText(html);
    const words = countWords(text);
    db.run('INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', [
      a.id,
      a.title,
      a.dek,
      JSON.stringify(a.topics),
      html,
      text,
      anchorText(html),
      words,
      readingMinutes(words),
      a.updated,
      a.reviewed ?? null,
    ]);
    a.sources.forEach((s, i) =>
      db.run('INSERT OR IGNORE INTO item_sources VALUES (?, ?, ?)', [a.id, s, i]),
    );
    for (const e of a.related_events) {
      db.run('INSERT OR IGNORE INTO article_events VALUES (?, ?)', [a.id, e]);
    }
    // An article covers the dates and places of the events it links, for the search filters.
    const covered = db.exec(
      `SELECT min(e.date_start), max(coalesce(e.date_end, e.date_start)),
              group_concat(DISTINCT e.place_id)
       FROM article_events ae JOIN events e ON e.id = ae.event_id WHERE ae.article_id = ?`,
      [a.id],
    )[0]?.values[0];
    const places = String(covered?.[2] ?? '')
      .split(',')
      .filter(Boolean)
      .sort();
    addSearchDocs(db, [
      {
        itemId: a.id,
        kind: 'article',
        title: a.title,
        summary: a.dek,
        headings: emphasisText(html),
        body: text,
        extra: a.topics.join(' '),
        dateStart: (covered?.[0] as string | null) ?? null,
        dateEnd: (covered?.[1] as string | null) ?? null,
        topics: a.topics,
        places,
      },
    ]);
  }
}
