// The shapes the library hands out. Shared by the worker, the screens (through the client),
// the CLI and the content build.

export type DatePrecision = 'day' | 'month' | 'year';

export type SourceKind = 'official' | 'international' | 'news' | 'research' | 'partisan';

export interface Source {
  id: string;
  publisher: string;
  title: string;
  date: string | null;
  url: string | null;
  kind: SourceKind;
  party: string | null;
}

export interface PlaceNames {
  en: string;
  hy: string[];
  az: string[];
  ru: string[];
}

export interface Place {
  id: string;
  kind: string;
  names: PlaceNames;
  lat: number;
  lon: number;
  outsideRegion: boolean;
  note: string | null;
}

export type CasualtyKind = 'killed' | 'wounded' | 'missing' | 'displaced' | 'detained';

export interface CasualtyFigure {
  what: CasualtyKind;
  group: string | null;
  low: number | null;
  best: number | null;
  high: number | null;
  by: string;
  sourceId: string | null;
}

export interface ItemRef {
  id: string;
  title: string;
}

/** A published item changed because it was wrong: what changed, why, on which sources, when. */
export interface Correction {
  id: string;
  /** When the correction was made (YYYY-MM-DD). */
  date: string;
  itemId: string;
  /** The corrected item's kind and title, where the library has it. */
  itemKind: 'article' | 'event' | 'place' | 'source';
  itemTitle: string;
  what: string;
  why: string;
  sources: Source[];
}

export interface EventItem {
  id: string;
  dateStart: string;
  dateEnd: string | null;
  datePrecision: DatePrecision;
  displayDate: string;
  title: string;
  summary: string;
  summaryHtml: string;
  category: string;
  place: Place | null;
  actors: string[];
  casualties: CasualtyFigure[];
  sources: Source[];
  relatedArticles: ItemRef[];
  tags: string[];
  updated: string;
  /** The last day the event was checked against its sources, when recorded. */
  reviewed: string | null;
  /** Corrections to this event, newest first. */
  corrections: Correction[];
}

/**
 * What the timeline, the map and the small timelines need of an event: no summary, figures,
 * sources or links, so thousands of them load and cross to the page quickly.
 */
export interface EventSummary {
  id: string;
  dateStart: string;
  dateEnd: string | null;
  datePrecision: DatePrecision;
  displayDate: string;
  title: string;
  category: string;
  place: Place | null;
  actors: string[];
  /** How many sources the event cites. */
  sourceCount: number;
}

export interface ArticleSummary {
  id: string;
  title: string;
  dek: string;
  topics: string[];
  readingMinutes: number;
  updated: string;
}

export interface Article extends ArticleSummary {
  bodyHtml: string;
  /** Set for an article the reader imported: where it came from. */
  imported?: ImportedSummary;
  words: number;
  sources: Source[];
  relatedEvents: ItemRef[];
  /** The last day the article was checked against its sources, when recorded. */
  reviewed?: string | null;
  /** Corrections to this article, newest first (none for imported articles). */
  corrections?: Correction[];
}

/** Which events to list; every field left out means "any". */
export interface EventRange {
  /** Inclusive ISO dates or their prefixes. */
  from?: string;
  to?: string;
  /** Only the events at this place id. */
  place?: string;
  /** Only the events this article id links. */
  article?: string;
}

export type ItemKind = 'article' | 'event' | 'imported';

/** An article the reader imported, as lists show it. */
export interface ImportedSummary {
  id: string;
  title: string;
  author: string | null;
  /** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
  published: string | null;
  /** The page's own address (http or https), when the file said. */
  sourceUrl: string | null;
  fileName: string | null;
  /** 'html', 'mhtml', 'markdown', 'text' or 'epub'. */
  format: string;
  words: number;
  importedAt: string;
  updatedAt: string;
}

/** An imported article with its body: sanitized HTML, and its plain text for search. */
export interface ImportedArticle extends ImportedSummary {
  contentHash: string;
  html: string;
  text: string;
  /** The body's text as the page's textContent gives it: highlights are offsets into it. */
  anchorText: string;
}

/** What the import pipeline hands the library for one file. */
export interface NewImportedArticle {
  title: string;
  author: string | null;
  published: string | null;
  sourceUrl: string | null;
  fileName: string;
  format: string;
  html: string;
  text: string;
  anchorText: string;
  words: number;
  contentHash: string;
}

/** One row of the library list: an article or an event. */
export interface LibraryItem {
  id: string;
  kind: ItemKind;
  title: string;
  subtitle: string;
  /** ISO date used for sorting: the event date, or the article's last update. */
  date: string;
}

/** A library row with what the filters need. */
export interface BrowseItem extends LibraryItem {
  topics: string[];
  category: string | null;
  /** The era (see PERIODS) of an event, or of the first event an article covers. */
  era: string | null;
  placeId: string | null;
  placeName: string | null;
}

/** What one search box finds: the bundled library and the user's own words. */
export type SearchKind = 'article' | 'event' | 'note' | 'highlight' | 'imported';

export const SEARCH_KINDS: readonly SearchKind[] = [
  'article',
  'event',
  'note',
  'highlight',
  'imported',
];

/** Narrowing a search; every field left out means "any". */
export interface SearchFilters {
  kinds?: SearchKind[];
  /** Inclusive ISO dates or their prefixes: '1994', '2023-09', '2023-09-19'. */
  from?: string;
  to?: string;
  /** Event categories (see CATEGORY_LABELS). */
  categories?: string[];
  /** Article topics. */
  topics?: string[];
  /** Place ids. */
  places?: string[];
}

export interface SearchOptions extends SearchFilters {
  /** Most hits returned per kind (default 50). */
  limit?: number;
}

/** A place name in the query and the other names it was searched under. */
export interface NameExpansion {
  /** The words as typed. */
  typed: string;
  placeId: string;
  placeName: string;
  /** Every other form searched, in gazetteer order. */
  alternatives: string[];
}

export interface SearchHit {
  /** Unique within the results: an item id, or 'note:<id>' / 'highlight:<id>'. */
  id: string;
  kind: SearchKind;
  /** The article or event this hit opens. */
  targetId: string;
  title: string;
  /**
   * An excerpt with the matched words wrapped in SNIPPET_OPEN / SNIPPET_CLOSE markers.
   * Markers rather than HTML, so the page never parses text from the database as markup.
   */
  snippet: string;
  score: number;
  /** ISO date of the event (or first linked event), null when there is none. */
  date: string | null;
  /**
   * When the hit matched another name of a place the query named, that name and the typed
   * one ("Khankendi" for "Stepanakert"); null when the words matched as typed.
   */
  matchedName: { typed: string; found: string } | null;
}

export interface SearchResults {
  query: string;
  /** Best first across kinds, at most `limit` of each kind. */
  hits: SearchHit[];
  /** Every match per kind under the filters (not capped by `limit`). */
  counts: Record<SearchKind, number>;
  total: number;
  /** Place names recognised in the query. */
  names: NameExpansion[];
  /** Another spelling that finds something, offered when nothing or little is found. */
  suggestion: string | null;
  /** When filters leave nothing, how many the same words find without them. */
  withoutFilters: number | null;
}

export const SNIPPET_OPEN = '\u0002';
export const SNIPPET_CLOSE = '\u0003';

export interface ContentMeta {
  schemaVersion: number;
  contentVersion: string;
  lastReviewed: string;
  /** The newest month the library's sources support (YYYY-MM), or '' when not recorded. */
  eventsThrough: string;
  contentHash: string;
  title: string;
}

export interface Stats {
  articles: number;
  events: number;
  places: number;
  sources: number;
  words: number;
  eventsByPeriod: { period: string; count: number }[];
  meta: ContentMeta;
}

export interface Bookmark {
  id: number;
  targetId: string;
  kind: ItemKind;
  title: string;
  /** '' for the whole item, else a position inside the article (JSON, see BookmarkPosition). */
  position: string;
  label: string;
  tags: string[];
  createdAt: string;
}

/** Where inside an article a bookmark points. */
export interface BookmarkPosition {
  fraction: number;
  heading: string | null;
}

export type HighlightColour = 'yellow' | 'green' | 'blue' | 'pink';

export interface Highlight {
  id: number;
  targetId: string;
  kind: ItemKind;
  title: string;
  colour: HighlightColour;
  note: string;
  quote: string;
  /** Where the quote is in the current text, or null when it is gone (detached). */
  range: { start: number; end: number } | null;
  createdAt: string;
  updatedAt: string;
}

export interface ProgressItem extends ReadingProgress {
  title: string;
  kind: ItemKind;
}

export interface Note {
  id: number;
  targetId: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}

export interface NoteWithTarget extends Note {
  kind: ItemKind;
  title: string;
}

export interface ReadingProgress {
  targetId: string;
  fraction: number;
  updatedAt: string;
}

/** How the user's data came up at start, so the screen can tell the user. */
export type UserDbStatus =
  | { state: 'new' }
  | { state: 'opened'; version: number }
  | { state: 'unreadable'; reason: string }
  | { state: 'newer'; found: number; supported: number };
