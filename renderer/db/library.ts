// The library: the content DB (read-only) and the user DB (read-write) behind one API.
// The same class runs in the app's Web Worker, in the CLI and in tests.
import type { Database, SqlJsStatic } from 'sql.js';
import { ContentDbError, ContentStore } from './content';
import { searchContent, type SearchOptions } from './search';
import { LATEST_USER_VERSION, migrate, NewerUserDbError } from './user/migrations';
import { systemClock, UserStore, type Clock } from './user/store';
import type {
  Article,
  Bookmark,
  ContentMeta,
  EventItem,
  LibraryItem,
  Note,
  NoteWithTarget,
  Place,
  ReadingProgress,
  SearchHit,
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
  clock?: Clock;
}

export class Library {
  private constructor(
    private readonly contentDb: Database,
    private readonly content: ContentStore,
    private readonly userDb: Database,
    private readonly user: UserStore,
    readonly userStatus: UserDbStatus,
  ) {}

  static open(SQL: SqlJsStatic, input: OpenInput): Library {
    const { db: contentDb, store } = openContent(SQL, input.content, input.contentPath);
    const { db: userDb, status } = openUser(SQL, input.user);
    return new Library(
      contentDb,
      store,
      userDb,
      new UserStore(userDb, input.clock ?? systemClock),
      status,
    );
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

  listItems(): LibraryItem[] {
    return this.content.listItems();
  }

  getArticle(id: string): Article | null {
    return this.content.getArticle(id);
  }

  getEvent(id: string): EventItem | null {
    return this.content.getEvent(id);
  }

  listEvents(range: { from?: string; to?: string } = {}): EventItem[] {
    return this.content.listEvents(range);
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

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    return searchContent(this.contentDb, query, options);
  }

  listBookmarks(): Bookmark[] {
    return this.user.listBookmarks().map((b) => {
      const item = this.content.describe(b.targetId);
      return {
        id: b.id,
        targetId: b.targetId,
        kind: item?.kind ?? 'article',
        title: item?.title ?? `${b.targetId} (no longer in the library)`,
        createdAt: b.createdAt,
      };
    });
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
    return this.user.saveNote(targetId, body);
  }

  listNotes(): NoteWithTarget[] {
    return this.user.listNotes().map((n) => {
      const item = this.content.describe(n.targetId);
      return {
        ...n,
        kind: item?.kind ?? 'article',
        title: item?.title ?? `${n.targetId} (no longer in the library)`,
      };
    });
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
    this.contentDb.close();
    this.userDb.close();
  }
}

function openContent(SQL: SqlJsStatic, bytes: Uint8Array, path: string) {
  let db: Database | undefined;
  try {
    db = new SQL.Database(bytes);
    db.run('PRAGMA query_only = ON');
    return { db, store: new ContentStore(db) };
  } catch (error) {
    db?.close();
    const reason =
      error instanceof ContentDbError
        ? error.message
        : error instanceof Error
          ? error.message
          : String(error);
    throw new ContentDbError(`The library file ${path} could not be opened: ${reason}.`);
  }
}

function openUser(
  SQL: SqlJsStatic,
  bytes: Uint8Array | null,
): { db: Database; status: UserDbStatus } {
  if (!bytes || bytes.length === 0) {
    const db = new SQL.Database();
    migrate(db);
    return { db, status: { state: 'new' } };
  }
  let db: Database | undefined;
  try {
    db = new SQL.Database(bytes);
    const check = db.exec('PRAGMA quick_check');
    const verdict = String(check[0]?.values[0]?.[0] ?? '');
    if (verdict !== 'ok') throw new Error(`integrity check failed: ${verdict}`);
    migrate(db);
    return { db, status: { state: 'opened', version: LATEST_USER_VERSION } };
  } catch (error) {
    db?.close();
    const fresh = new SQL.Database();
    migrate(fresh);
    if (error instanceof NewerUserDbError) {
      return {
        db: fresh,
        status: { state: 'newer', found: error.found, supported: error.supported },
      };
    }
    const reason = error instanceof Error ? error.message : String(error);
    return { db: fresh, status: { state: 'unreadable', reason } };
  }
}

/** Everything the screens may ask of the library, as the worker exposes it. */
export type LibraryApi = Pick<
  Library,
  | 'stats'
  | 'listItems'
  | 'getArticle'
  | 'getEvent'
  | 'listEvents'
  | 'getPlace'
  | 'listPlaces'
  | 'search'
  | 'getSource'
  | 'itemsCitingSource'
  | 'listBookmarks'
  | 'isBookmarked'
  | 'setBookmarked'
  | 'getNote'
  | 'saveNote'
  | 'listNotes'
  | 'getProgress'
  | 'setProgress'
  | 'getSetting'
  | 'setSetting'
  | 'exportUser'
>;
