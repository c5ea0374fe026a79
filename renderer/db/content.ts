// Read-only queries over the bundled content DB: articles, events, places, sources.
import type { Database, SqlValue } from 'sql.js';
import { CONTENT_SCHEMA_VERSION } from './content-schema';
import { PERIODS } from './periods';
import { all, json, num, one, str, strOrNull, type Row } from './sql';
import type {
  Article,
  ArticleSummary,
  BrowseItem,
  CasualtyFigure,
  ContentMeta,
  Correction,
  DatePrecision,
  EventItem,
  EventRange,
  EventSummary,
  ItemKind,
  ItemRef,
  LibraryItem,
  Place,
  PlaceNames,
  Source,
  SourceKind,
  Stats,
} from './types';

export class ContentDbError extends Error {
  override name = 'ContentDbError';
}

export class ContentStore {
  readonly meta: ContentMeta;

  constructor(private readonly db: Database) {
    this.meta = readMeta(db);
  }

  stats(): Stats {
    const count = (table: string) => num(one(this.db, `SELECT count(*) AS n FROM ${table}`)?.n);
    const eventsByPeriod = PERIODS.map((p) => ({
      period: p.id,
      count: num(
        one(this.db, 'SELECT count(*) AS n FROM events WHERE date_start >= ? AND date_start <= ?', [
          p.from,
          p.to,
        ])?.n,
      ),
    }));
    return {
      articles: count('articles'),
      events: count('events'),
      places: count('places'),
      sources: count('sources'),
      words: num(one(this.db, 'SELECT coalesce(sum(words), 0) AS n FROM articles')?.n),
      eventsByPeriod,
      meta: this.meta,
    };
  }

  listItems(): LibraryItem[] {
    const articles = all(this.db, 'SELECT id, title, dek, updated FROM articles').map(
      (r): LibraryItem => ({
        id: str(r.id),
        kind: 'article',
        title: str(r.title),
        subtitle: str(r.dek),
        date: str(r.updated),
      }),
    );
    const events = all(this.db, 'SELECT id, title, display_date, date_start FROM events').map(
      (r): LibraryItem => ({
        id: str(r.id),
        kind: 'event',
        title: str(r.title),
        subtitle: str(r.display_date),
        date: str(r.date_start),
      }),
    );
    // Articles first (the explainers are the way in), then events in time order.
    return [
      ...articles.sort((a, b) => a.title.localeCompare(b.title)),
      ...events.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)),
    ];
  }

  /** Every item with the fields the library's filters and sorts use. */
  browseItems(): BrowseItem[] {
    const eraOf = (date: string | null) =>
      date ? (PERIODS.find((p) => date >= p.from && date <= p.to)?.id ?? null) : null;
    const articles = all(
      this.db,
      `SELECT a.id, a.title, a.dek, a.updated, a.topics_json,
              (SELECT min(e.date_start) FROM article_events ae JOIN events e ON e.id = ae.event_id
                WHERE ae.article_id = a.id) AS first_event
       FROM articles a`,
    ).map((r): BrowseItem => ({
      id: str(r.id),
      kind: 'article',
      title: str(r.title),
      subtitle: str(r.dek),
      date: str(r.updated),
      topics: json<string[]>(r.topics_json, []),
      category: null,
      era: eraOf(strOrNull(r.first_event)),
      placeId: null,
      placeName: null,
    }));
    const events = all(
      this.db,
      `SELECT e.id, e.title, e.display_date, e.date_start, e.category, e.tags_json, e.place_id,
              p.name_en AS place_name
       FROM events e LEFT JOIN places p ON p.id = e.place_id`,
    ).map((r): BrowseItem => ({
      id: str(r.id),
      kind: 'event',
      title: str(r.title),
      subtitle: str(r.display_date),
      date: str(r.date_start),
      topics: json<string[]>(r.tags_json, []),
      category: str(r.category),
      era: eraOf(str(r.date_start)),
      placeId: strOrNull(r.place_id),
      placeName: strOrNull(r.place_name),
    }));
    return [...articles, ...events].sort((a, b) => a.id.localeCompare(b.id));
  }

  /** The article text highlights are anchored in (a browser's textContent of the body). */
  anchorText(id: string): string | null {
    const row = one(this.db, 'SELECT anchor_text FROM articles WHERE id = ?', [id]);
    return row ? str(row.anchor_text) : null;
  }

  listArticles(): ArticleSummary[] {
    return all(
      this.db,
      'SELECT id, title, dek, topics_json, reading_minutes, updated FROM articles ORDER BY title',
    ).map(toArticleSummary);
  }

  getArticle(id: string): Article | null {
    const row = one(this.db, 'SELECT * FROM articles WHERE id = ?', [id]);
    if (!row) return null;
    return {
      ...toArticleSummary(row),
      bodyHtml: str(row.body_html),
      words: num(row.words),
      sources: this.sourcesOf(id),
      reviewed: strOrNull(row.reviewed),
      corrections: this.listCorrections(id),
      relatedEvents: all(
        this.db,
        `SELECT e.id, e.title FROM article_events ae JOIN events e ON e.id = ae.event_id
         WHERE ae.article_id = ? ORDER BY e.date_start, e.id`,
        [id],
      ).map(toRef),
    };
  }

  /**
   * Events in time order, optionally between two ISO dates (inclusive), at one place, or linked
   * from one article.
   */
  listEvents(range: EventRange = {}): EventItem[] {
    const { filter, params } = eventFilter(range);
    // Three queries for any number of events (not a few per event): the events with their
    // places, then every source and every related article of those events.
    const rows = all(
      this.db,
      `SELECT e.*, p.id AS p_id, p.kind AS p_kind, p.names_json AS p_names_json,
              p.name_en AS p_name_en, p.lat AS p_lat, p.lon AS p_lon,
              p.outside_region AS p_outside_region, p.note AS p_note
       FROM events e LEFT JOIN places p ON p.id = e.place_id
       ${filter} ORDER BY e.date_start, e.id`,
      params,
    );
    if (rows.length === 0) return [];
    const chosen = `SELECT e.id FROM events e ${filter}`;
    const sources = groupBy(
      all(
        this.db,
        `SELECT i.item_id AS owner, s.* FROM item_sources i JOIN sources s ON s.id = i.source_id
         WHERE i.item_id IN (${chosen}) ORDER BY i.item_id, i.position`,
        params,
      ),
      toSource,
    );
    const articles = groupBy(
      all(
        this.db,
        `SELECT ae.event_id AS owner, a.id, a.title
         FROM article_events ae JOIN articles a ON a.id = ae.article_id
         WHERE ae.event_id IN (${chosen}) ORDER BY ae.event_id, a.title`,
        params,
      ),
      toRef,
    );
    const corrections = new Map<string, Correction[]>();
    for (const c of this.listCorrections()) {
      corrections.set(c.itemId, [...(corrections.get(c.itemId) ?? []), c]);
    }
    // Places are shared by many events: one object each.
    const places = new Map<string, Place>();
    return rows.map((row) => {
      const id = str(row.id);
      const placeId = strOrNull(row.p_id);
      let place: Place | null = null;
      if (placeId) {
        place = places.get(placeId) ?? null;
        if (!place) {
          place = toPlace({
            id: row.p_id ?? null,
            kind: row.p_kind ?? null,
            names_json: row.p_names_json ?? null,
            name_en: row.p_name_en ?? null,
            lat: row.p_lat ?? null,
            lon: row.p_lon ?? null,
            outside_region: row.p_outside_region ?? null,
            note: row.p_note ?? null,
          });
          places.set(placeId, place);
        }
      }
      return toEvent(
        row,
        place,
        corrections.get(id) ?? [],
        sources.get(id) ?? [],
        articles.get(id) ?? [],
      );
    });
  }

  /** The same events as listEvents, each with only what lists, maps and strips show. */
  listEventSummaries(range: EventRange = {}): EventSummary[] {
    const { filter, params } = eventFilter(range);
    const places = this.placesById();
    return all(
      this.db,
      `SELECT e.id, e.date_start, e.date_end, e.date_precision, e.display_date, e.title,
              e.category, e.place_id, e.actors_json,
              (SELECT count(*) FROM item_sources i WHERE i.item_id = e.id) AS source_count
       FROM events e ${filter} ORDER BY e.date_start, e.id`,
      params,
    ).map((row) => {
      const placeId = strOrNull(row.place_id);
      return {
        id: str(row.id),
        dateStart: str(row.date_start),
        dateEnd: strOrNull(row.date_end),
        datePrecision: str(row.date_precision) as DatePrecision,
        displayDate: str(row.display_date),
        title: str(row.title),
        category: str(row.category),
        place: placeId ? (places.get(placeId) ?? null) : null,
        actors: json<string[]>(row.actors_json, []),
        sourceCount: num(row.source_count),
      };
    });
  }

  private places: Map<string, Place> | null = null;

  /** Every place by id, read once: the content DB never changes while it is open. */
  private placesById(): Map<string, Place> {
    this.places ??= new Map(
      all(this.db, 'SELECT * FROM places').map((row) => {
        const place = toPlace(row);
        return [place.id, place];
      }),
    );
    return this.places;
  }

  getEvent(id: string): EventItem | null {
    const row = one(this.db, 'SELECT * FROM events WHERE id = ?', [id]);
    if (!row) return null;
    const placeId = strOrNull(row.place_id);
    return toEvent(
      row,
      placeId ? this.getPlace(placeId) : null,
      this.listCorrections(id),
      this.sourcesOf(id),
      all(
        this.db,
        `SELECT a.id, a.title FROM article_events ae JOIN articles a ON a.id = ae.article_id
         WHERE ae.event_id = ? ORDER BY a.title`,
        [id],
      ).map(toRef),
    );
  }

  getPlace(id: string): Place | null {
    const row = one(this.db, 'SELECT * FROM places WHERE id = ?', [id]);
    return row ? toPlace(row) : null;
  }

  listPlaces(): Place[] {
    return all(this.db, 'SELECT id FROM places ORDER BY name_en')
      .map((r) => this.getPlace(str(r.id)))
      .filter((p): p is Place => p !== null);
  }

  getSource(id: string): Source | null {
    const row = one(this.db, 'SELECT * FROM sources WHERE id = ?', [id]);
    return row ? toSource(row) : null;
  }

  /** Every article and event that cites a source: one source row is shared by all of them. */
  itemsCitingSource(sourceId: string): LibraryItem[] {
    return all(
      this.db,
      `SELECT a.id, 'article' AS kind, a.title, a.dek AS subtitle, a.updated AS date
         FROM item_sources i JOIN articles a ON a.id = i.item_id WHERE i.source_id = ?1
       UNION ALL
       SELECT e.id, 'event' AS kind, e.title, e.display_date AS subtitle, e.date_start AS date
         FROM item_sources i JOIN events e ON e.id = i.item_id WHERE i.source_id = ?1
       ORDER BY kind, date, id`,
      [sourceId],
    ).map((r) => ({
      id: str(r.id),
      kind: str(r.kind) as ItemKind,
      title: str(r.title),
      subtitle: str(r.subtitle),
      date: str(r.date),
    }));
  }

  /** Title and kind of any item, for lists of bookmarks and notes. */
  describe(id: string): { kind: ItemKind; title: string } | null {
    const row = one(
      this.db,
      `SELECT 'article' AS kind, title FROM articles WHERE id = ?1
       UNION ALL SELECT 'event' AS kind, title FROM events WHERE id = ?1`,
      [id],
    );
    return row ? { kind: str(row.kind) as ItemKind, title: str(row.title) } : null;
  }

  /** The public corrections log, newest first; or the corrections to one item. */
  listCorrections(itemId?: string): Correction[] {
    return all(
      this.db,
      `SELECT c.*, coalesce(a.title, e.title, p.name_en, s.title, c.item_id) AS item_title,
              CASE WHEN a.id IS NOT NULL THEN 'article' WHEN e.id IS NOT NULL THEN 'event'
                   WHEN p.id IS NOT NULL THEN 'place' ELSE 'source' END AS item_kind
         FROM corrections c
         LEFT JOIN articles a ON a.id = c.item_id
         LEFT JOIN events e ON e.id = c.item_id
         LEFT JOIN places p ON p.id = c.item_id
         LEFT JOIN sources s ON s.id = c.item_id
        ${itemId ? 'WHERE c.item_id = ?' : ''}
        ORDER BY c.date DESC, c.id`,
      itemId ? [itemId] : [],
    ).map((r) => ({
      id: str(r.id),
      date: str(r.date),
      itemId: str(r.item_id),
      itemKind: str(r.item_kind) as Correction['itemKind'],
      itemTitle: str(r.item_title),
      what: str(r.what),
      why: str(r.why),
      sources: this.sourcesOf(str(r.id)),
    }));
  }

  private sourcesOf(itemId: string): Source[] {
    return all(
      this.db,
      `SELECT s.* FROM item_sources i JOIN sources s ON s.id = i.source_id
       WHERE i.item_id = ? ORDER BY i.position`,
      [itemId],
    ).map(toSource);
  }
}

function readMeta(db: Database): ContentMeta {
  let rows: Row[];
  try {
    rows = all(db, 'SELECT key, value FROM meta');
  } catch (error) {
    throw new ContentDbError(`it is not a Karabakh Reader content database (${describe(error)})`);
  }
  const meta = new Map(rows.map((r) => [str(r.key), str(r.value)]));
  const schemaVersion = Number(meta.get('schema_version'));
  if (!Number.isInteger(schemaVersion)) {
    throw new ContentDbError('it has no schema version');
  }
  if (schemaVersion !== CONTENT_SCHEMA_VERSION) {
    throw new ContentDbError(
      `its schema version is ${schemaVersion}, this app reads version ${CONTENT_SCHEMA_VERSION}`,
    );
  }
  return {
    schemaVersion,
    contentVersion: meta.get('content_version') ?? '',
    lastReviewed: meta.get('last_reviewed') ?? '',
    eventsThrough: meta.get('events_through') ?? '',
    contentHash: meta.get('content_hash') ?? '',
    title: meta.get('title') ?? '',
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function toArticleSummary(r: Row): ArticleSummary {
  return {
    id: str(r.id),
    title: str(r.title),
    dek: str(r.dek),
    topics: json<string[]>(r.topics_json, []),
    readingMinutes: num(r.reading_minutes),
    updated: str(r.updated),
  };
}

function toRef(r: Row): ItemRef {
  return { id: str(r.id), title: str(r.title) };
}

/** The WHERE clause (on events as `e`) and its parameters for a range of events. */
function eventFilter(range: EventRange): { filter: string; params: SqlValue[] } {
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (range.from) {
    where.push('coalesce(e.date_end, e.date_start) >= ?');
    params.push(range.from);
  }
  if (range.to) {
    // A date_start of "2023-09" sorts before "2023-09-30", so month and year events
    // that begin inside the range are kept.
    where.push('e.date_start <= ?');
    params.push(range.to);
  }
  if (range.place) {
    where.push('e.place_id = ?');
    params.push(range.place);
  }
  if (range.article) {
    where.push('e.id IN (SELECT event_id FROM article_events WHERE article_id = ?)');
    params.push(range.article);
  }
  return { filter: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

function toEvent(
  row: Row,
  place: Place | null,
  corrections: Correction[],
  sources: Source[],
  relatedArticles: ItemRef[],
): EventItem {
  return {
    id: str(row.id),
    dateStart: str(row.date_start),
    dateEnd: strOrNull(row.date_end),
    datePrecision: str(row.date_precision) as DatePrecision,
    displayDate: str(row.display_date),
    title: str(row.title),
    summary: str(row.summary),
    summaryHtml: str(row.summary_html),
    category: str(row.category),
    place,
    actors: json<string[]>(row.actors_json, []),
    casualties: json<CasualtyFigure[]>(row.casualties_json, []),
    sources,
    relatedArticles,
    tags: json<string[]>(row.tags_json, []),
    updated: str(row.updated),
    reviewed: strOrNull(row.reviewed),
    corrections,
  };
}

function toPlace(row: Row): Place {
  return {
    id: str(row.id),
    kind: str(row.kind),
    names: json<PlaceNames>(row.names_json, { en: str(row.name_en), hy: [], az: [], ru: [] }),
    lat: num(row.lat),
    lon: num(row.lon),
    outsideRegion: num(row.outside_region) === 1,
    note: strOrNull(row.note),
  };
}

/** Rows with an `owner` column, turned into lists per owner, in the rows' order. */
function groupBy<T>(rows: Row[], convert: (row: Row) => T): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const owner = str(row.owner);
    const list = groups.get(owner);
    if (list) list.push(convert(row));
    else groups.set(owner, [convert(row)]);
  }
  return groups;
}

function toSource(r: Row): Source {
  return {
    id: str(r.id),
    publisher: str(r.publisher),
    title: str(r.title),
    date: strOrNull(r.date),
    url: strOrNull(r.url),
    kind: str(r.kind) as SourceKind,
    party: strOrNull(r.party),
  };
}
