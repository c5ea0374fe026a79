// The library: the content DB (read-only) and the user DB (read-write) behind one API.
// The same class runs in the app's Web Worker, in the CLI and in tests.
import type { Database, SqlJsStatic } from 'sql.js';
import type { ContentStore } from './content';
import { searchIndexes } from './search';
import { UserSearchIndex } from './user-search';
import type { AddOutcome, ImportedEdit, ImportStore } from './imports/store';
import { openUser } from './user/open-user';
import { AnchorCache } from './anchor-cache';
import { describeRange } from './anchoring';
import { systemClock, UserInputError, UserStore, type Clock } from './user/store';
import type { RestoreMode } from './export/restore-plan';
import {
  exportAnnotations,
  exportBookmarksHtml,
  exportBookmarksJson,
  exportNotesMarkdown,
  type ExportSources,
} from './library-exports';
import {
  applyProfileRestore,
  createProfileBackup,
  previewProfileRestore,
  type Profile,
  type RestoreAnswer,
  type RestorePreview,
} from './library-backups';
import { openContent, openImports, type ImportsStatus } from './library-open';
import type {
  Article,
  Bookmark,
  BrowseItem,
  Correction,
  Highlight,
  HighlightColour,
  ItemKind,
  ContentMeta,
  EventItem,
  EventRange,
  EventSummary,
  ImportedArticle,
  ImportedSummary,
  NewImportedArticle,
  LibraryItem,
  Note,
  NoteWithTarget,
  Place,
  ProgressItem,
  ReadingProgress,
  SearchOptions,
  SearchResults,
  Source,
  Stats,
  UserDbStatus,
} from './types';

export interface OpenInput {
  content: Uint8Array;
  /** Shown in errors, so the user knows which file failed. */
  contentPath: string;
  /** null on first start. */
  user: Uint8Array | null;
  /** The shell already checked `user` with openUser's own check (see UserDbFile.verified). */
  userVerified?: boolean;
  /** The imported articles' file; null when nothing was ever imported. */
  imports?: Uint8Array | null;
  clock?: Clock;
}

export type { ImportsStatus } from './library-open';
export type { RestoreAnswer, RestorePreview } from './library-backups';

export class Library {
  private readonly userIndex: UserSearchIndex;
  private readonly anchors = new AnchorCache();

  private constructor(
    SQL: SqlJsStatic,
    private readonly contentDb: Database,
    private readonly content: ContentStore,
    private readonly userDb: Database,
    private readonly user: UserStore,
    readonly userStatus: UserDbStatus,
    private readonly imports: ImportStore,
    readonly importsStatus: ImportsStatus,
  ) {
    this.userIndex = new UserSearchIndex(SQL, userDb, contentDb, (id) => this.importedFacts(id));
  }

  static open(SQL: SqlJsStatic, input: OpenInput): Library {
    const clock = input.clock ?? systemClock;
    const { db: contentDb, store } = openContent(SQL, input.content, input.contentPath);
    const { db: userDb, status } = openUser(SQL, input.user, {
      verified: input.userVerified === true,
    });
    const { store: imports, status: importsStatus } = openImports(
      SQL,
      input.imports ?? null,
      clock,
    );
    return new Library(
      SQL,
      contentDb,
      store,
      userDb,
      new UserStore(userDb, clock),
      status,
      imports,
      importsStatus,
    );
  }

  /** False when the imports file could not be read: it must not be overwritten. */
  get canSaveImports(): boolean {
    return this.importsStatus.state !== 'unreadable';
  }

  /** False when the user file on disk is newer than this app: it must not be overwritten. */
  get canSave(): boolean {
    return this.userStatus.state !== 'newer';
  }

  get contentMeta(): ContentMeta {
    return this.content.meta;
  }

  stats(): Stats {
    return this.content.stats();
  }

  /** Articles and events, then the reader's imported articles, newest import first. */
  listItems(): LibraryItem[] {
    return [...this.content.listItems(), ...this.importedItems()];
  }

  private importedItems(): BrowseItem[] {
    return this.imports.list().map((a) => ({
      id: a.id,
      kind: 'imported',
      title: a.title,
      subtitle: ['Imported', a.author, a.published].filter(Boolean).join(' · '),
      date: a.importedAt.slice(0, 10),
      topics: [],
      category: null,
      era: null,
      placeId: null,
      placeName: null,
    }));
  }

  getArticle(id: string): Article | null {
    if (id.startsWith('imported:')) return this.importedAsArticle(id);
    return this.content.getArticle(id);
  }

  // Imported articles --------------------------------------------------------------------

  listImported(): ImportedSummary[] {
    return this.imports.list();
  }

  /** Adds what the import pipeline made of each file; a file already imported is named. */
  addImported(articles: NewImportedArticle[]): AddOutcome[] {
    return articles.map((article) => this.imports.add(article));
  }

  updateImported(id: string, edit: ImportedEdit): ImportedSummary | null {
    return this.imports.update(id, edit);
  }

  /** Deletes an imported article (its notes and highlights stay, for Undo). */
  removeImported(id: string): ImportedArticle | null {
    return this.imports.remove(id);
  }

  restoreImported(article: ImportedArticle): boolean {
    return this.imports.restore(article);
  }

  /** The imports file as bytes, for the shell to write to disk. */
  exportImports(): Uint8Array {
    return this.imports.export();
  }

  private importedAsArticle(id: string): Article | null {
    const found = this.imports.get(id);
    if (!found) return null;
    const { html, text: _text, anchorText: _anchor, contentHash: _hash, ...summary } = found;
    const byline = [summary.author, summary.published].filter(Boolean).join(', ');
    return {
      id: summary.id,
      title: summary.title,
      dek: byline ? `Imported · ${byline}` : 'Imported',
      topics: [],
      readingMinutes: Math.max(1, Math.round(summary.words / 230)),
      updated: summary.updatedAt.slice(0, 10),
      bodyHtml: html,
      words: summary.words,
      sources: [],
      relatedEvents: [],
      imported: summary,
    };
  }

  private importedFacts(id: string): { title: string } | null {
    const title = id.startsWith('imported:') ? this.imports.titleOf(id) : null;
    return title === null ? null : { title };
  }

  getEvent(id: string): EventItem | null {
    return this.content.getEvent(id);
  }

  listEvents(range: EventRange = {}): EventItem[] {
    return this.content.listEvents(range);
  }

  listEventSummaries(range: EventRange = {}): EventSummary[] {
    return this.content.listEventSummaries(range);
  }

  getPlace(id: string): Place | null {
    return this.content.getPlace(id);
  }

  listPlaces(): Place[] {
    return this.content.listPlaces();
  }

  getSource(id: string): Source | null {
    return this.content.getSource(id);
  }

  itemsCitingSource(sourceId: string): LibraryItem[] {
    return this.content.itemsCitingSource(sourceId);
  }

  /** The public corrections log, newest first. */
  listCorrections(): Correction[] {
    return this.content.listCorrections();
  }

  /**
   * Builds the notes-and-highlights search index now (the page calls this in idle time after
   * start), so the first search does not wait for it on a large profile.
   */
  warmSearch(): void {
    this.userIndex.current();
  }

  /**
   * One search over the bundled library and the user's notes and highlights; the counts cover
   * every kind, whichever kinds the hits are asked for.
   */
  search(query: string, options: SearchOptions = {}): SearchResults {
    return searchIndexes(
      [this.contentDb, this.userIndex.current(), this.imports.db],
      query,
      options,
    );
  }

  listBookmarks(): Bookmark[] {
    return this.user.listBookmarks().map((b) => ({ ...b, ...this.describe(b.targetId) }));
  }

  addBookmark(input: {
    targetId: string;
    position?: string;
    label?: string;
    tags?: string[];
  }): Bookmark {
    const b = this.user.addBookmark(input);
    return { ...b, ...this.describe(b.targetId) };
  }

  removeBookmark(id: number): Bookmark | null {
    const b = this.user.removeBookmark(id);
    return b ? { ...b, ...this.describe(b.targetId) } : null;
  }

  restoreBookmark(bookmark: Bookmark): void {
    this.user.restoreBookmark(bookmark);
  }

  setBookmarkTags(id: number, tags: string[]): string[] {
    return this.user.setBookmarkTags(id, tags);
  }

  browseItems(): BrowseItem[] {
    return [...this.content.browseItems(), ...this.importedItems()];
  }

  /** The article text that highlight offsets refer to. */
  anchorText(id: string): string | null {
    if (id.startsWith('imported:')) return this.imports.anchorText(id);
    return this.content.anchorText(id);
  }

  /** Highlights of one item (in reading order) or of all items (newest first), each re-anchored. */
  listHighlights(targetId?: string): Highlight[] {
    const texts = new Map<string, string | null>();
    const textOf = (id: string) => {
      if (!texts.has(id)) texts.set(id, this.anchorText(id));
      return texts.get(id) ?? null;
    };
    return this.user.listHighlights(targetId).map((h) => {
      const text = textOf(h.targetId);
      return {
        id: h.id,
        targetId: h.targetId,
        ...this.describe(h.targetId),
        colour: h.colour,
        note: h.note,
        quote: h.anchor.quote.exact,
        range: text === null ? null : this.anchors.resolve(h.targetId, text, h.anchor),
        createdAt: h.createdAt,
        updatedAt: h.updatedAt,
      };
    });
  }

  /** Highlights text[start, end) of an article; the anchor is taken from the article's own text. */
  addHighlight(input: {
    targetId: string;
    start: number;
    end: number;
    colour: HighlightColour;
    note?: string;
  }): Highlight {
    const text = this.anchorText(input.targetId);
    if (text === null)
      throw new UserInputError(`${input.targetId} is not an article in the library.`);
    const anchor = describeRange(text, input.start, input.end);
    const row = this.user.addHighlight({ ...input, anchor });
    return this.listHighlights(input.targetId).find((h) => h.id === row.id)!;
  }

  updateHighlight(id: number, change: { colour?: HighlightColour; note?: string }): boolean {
    this.userIndex.touch(`highlight:${id}`);
    return this.user.updateHighlight(id, change) !== null;
  }

  removeHighlight(id: number): boolean {
    return this.user.removeHighlight(id) !== null;
  }

  listInProgress(): ProgressItem[] {
    return this.user.listInProgress().map((p) => ({ ...p, ...this.describe(p.targetId) }));
  }

  listProgress(): ReadingProgress[] {
    return this.user.listProgress();
  }

  resetProgress(): void {
    this.user.resetProgress();
  }

  private describe(targetId: string): { kind: ItemKind; title: string } {
    if (targetId.startsWith('imported:')) {
      const title = this.imports.titleOf(targetId);
      return { kind: 'imported', title: title ?? `${targetId} (deleted import)` };
    }
    return (
      this.content.describe(targetId) ?? {
        kind: targetId.startsWith('event:') ? 'event' : 'article',
        title: `${targetId} (no longer in the library)`,
      }
    );
  }

  isBookmarked(targetId: string): boolean {
    return this.user.isBookmarked(targetId);
  }

  setBookmarked(targetId: string, bookmarked: boolean): boolean {
    return this.user.setBookmarked(targetId, bookmarked);
  }

  getNote(targetId: string): Note | null {
    return this.user.getNote(targetId);
  }

  saveNote(targetId: string, body: string): Note | null {
    const note = this.user.saveNote(targetId, body);
    if (note) this.userIndex.touch(`note:${note.id}`);
    return note;
  }

  listNotes(): NoteWithTarget[] {
    return this.user.listNotes().map((n) => ({ ...n, ...this.describe(n.targetId) }));
  }

  getProgress(targetId: string): ReadingProgress | null {
    return this.user.getProgress(targetId);
  }

  setProgress(targetId: string, fraction: number): ReadingProgress {
    return this.user.setProgress(targetId, fraction);
  }

  getSetting(key: string): string | null {
    return this.user.getSetting(key);
  }

  setSetting(key: string, value: string): void {
    this.user.setSetting(key, value);
  }

  /** The user DB as bytes, for the shell to write to disk. */
  exportUser(): Uint8Array {
    return this.userDb.export();
  }

  close(): void {
    this.userIndex.close();
    this.imports.db.close();
    this.contentDb.close();
    this.userDb.close();
  }

  // Exports and backups (library-exports.ts, library-backups.ts) ---------------------------

  /** Notes and highlights as a .zip of Markdown files, one per item, with an index. */
  exportNotesMarkdown(): { fileName: string; bytes: Uint8Array; files: number } {
    return exportNotesMarkdown(this.sources);
  }

  /** Bookmarks as a Netscape bookmark file, which every browser imports. */
  exportBookmarksHtml(): string {
    return exportBookmarksHtml(this.sources);
  }

  exportBookmarksJson(): string {
    return exportBookmarksJson(this.sources);
  }

  /** Notes and highlights as a W3C Web Annotation collection (JSON-LD). */
  exportAnnotations(): string {
    return exportAnnotations(this.sources);
  }

  /** Everything the reader made, imported articles with their bodies included, as JSON. */
  createBackup(): string {
    return createProfileBackup(this.profile);
  }

  /**
   * What restoring a backup (its text, or the file's bytes, which let a wrong file be named)
   * would change; nothing is changed. Never throws on a bad file.
   */
  previewRestore(source: string | Uint8Array, mode: RestoreMode): RestoreAnswer<RestorePreview> {
    return previewProfileRestore(this.profile, source, mode);
  }

  /** Restores a backup: imported articles and user data land together or not at all. */
  applyRestore(source: string | Uint8Array, mode: RestoreMode): RestoreAnswer<RestorePreview> {
    const answer = applyProfileRestore(this.profile, source, mode);
    // Any row may have changed or come back: the notes-and-highlights index is rebuilt on next use.
    this.userIndex.close();
    return answer;
  }

  private get sources(): ExportSources {
    return { user: this.user, content: this.content, imports: this.imports };
  }

  private get profile(): Profile {
    return {
      userDb: this.userDb,
      imports: this.imports,
      isContentItem: (id) =>
        id.startsWith('place:')
          ? this.content.getPlace(id) !== null
          : this.content.describe(id) !== null,
    };
  }
}
