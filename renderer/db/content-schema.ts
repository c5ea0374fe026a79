// The content DB's tables. The content build creates them; the library checks the
// schema version before it reads anything.

import { SEARCH_TABLES } from './search-index';

export const CONTENT_SCHEMA_VERSION = 4;

export const CONTENT_TABLES = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sources (
  id TEXT PRIMARY KEY, publisher TEXT NOT NULL, title TEXT NOT NULL, date TEXT,
  url TEXT, kind TEXT NOT NULL, party TEXT
);
CREATE TABLE places (
  id TEXT PRIMARY KEY, kind TEXT NOT NULL, name_en TEXT NOT NULL, names_json TEXT NOT NULL,
  lat REAL NOT NULL, lon REAL NOT NULL, outside_region INTEGER NOT NULL, note TEXT
);
CREATE TABLE place_names (
  place_id TEXT NOT NULL REFERENCES places(id), name TEXT NOT NULL, lang TEXT NOT NULL,
  PRIMARY KEY (place_id, name, lang)
);
CREATE TABLE events (
  id TEXT PRIMARY KEY, date_start TEXT NOT NULL, date_end TEXT, date_precision TEXT NOT NULL,
  display_date TEXT NOT NULL, title TEXT NOT NULL, summary TEXT NOT NULL,
  summary_html TEXT NOT NULL, category TEXT NOT NULL, place_id TEXT REFERENCES places(id),
  actors_json TEXT NOT NULL, casualties_json TEXT NOT NULL, tags_json TEXT NOT NULL,
  updated TEXT NOT NULL, reviewed TEXT
);
CREATE INDEX events_by_date ON events (date_start);
CREATE TABLE articles (
  id TEXT PRIMARY KEY, title TEXT NOT NULL, dek TEXT NOT NULL, topics_json TEXT NOT NULL,
  body_html TEXT NOT NULL, body_text TEXT NOT NULL, anchor_text TEXT NOT NULL, words INTEGER NOT NULL,
  reading_minutes INTEGER NOT NULL, updated TEXT NOT NULL, reviewed TEXT
);
CREATE TABLE item_sources (
  item_id TEXT NOT NULL, source_id TEXT NOT NULL REFERENCES sources(id), position INTEGER NOT NULL,
  PRIMARY KEY (item_id, source_id)
);
CREATE INDEX item_sources_by_source ON item_sources (source_id);
CREATE TABLE article_events (
  article_id TEXT NOT NULL REFERENCES articles(id), event_id TEXT NOT NULL REFERENCES events(id),
  PRIMARY KEY (article_id, event_id)
);
CREATE INDEX article_events_by_event ON article_events (event_id);
CREATE TABLE corrections (
  id TEXT PRIMARY KEY, date TEXT NOT NULL, item_id TEXT NOT NULL, what TEXT NOT NULL,
  why TEXT NOT NULL
);
CREATE INDEX corrections_by_item ON corrections (item_id);
${SEARCH_TABLES}
`;
