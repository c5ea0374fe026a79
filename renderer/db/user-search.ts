// The user's own words in the one search box: notes and highlights, indexed in a separate
// in-memory FTS database that follows their changes row by row, so the user file stays small
// and saving a note never waits for an index.
import type { Database, SqlJsStatic } from 'sql.js';
import { addSearchDocs, SEARCH_TABLES, type SearchDocInput } from './search-index';
import { all, num, str, strOrNull } from './sql';

interface TargetFacts {
  title: string;
  dateStart: string | null;
  dateEnd: string | null;
  category: string | null;
  topics: string[];
  places: string[];
}

const unpack = (packed: string) => packed.split('|').filter(Boolean);

type UserTable = 'notes' | 'highlights';
const TABLES: readonly UserTable[] = ['notes', 'highlights'];

export class UserSearchIndex {
  private index: Database | null = null;
  private fingerprint = '';
  /** What is indexed: 'note:<id>' / 'highlight:<id>' → the row's updated_at. */
  private readonly indexed = new Map<string, string>();
  private readonly facts = new Map<string, TargetFacts>();
  /** Rows changed through the library since the last search (edits within one millisecond
   * leave updated_at as it was, so the scan alone could miss them). */
  private readonly dirty = new Set<string>();

  constructor(
    private readonly SQL: SqlJsStatic,
    private readonly userDb: Database,
    private readonly contentDb: Database,
    /** Titles of items that are not in the content DB (imported articles). */
    private readonly otherTitle: (targetId: string) => { title: string } | null = () => null,
  ) {}

  /**
   * The index, brought up to date first if notes or highlights changed since the last
   * search: only the rows that were added, edited or deleted are touched.
   */
  current(): Database {
    const fingerprint = this.fingerprintNow();
    if (this.index && fingerprint === this.fingerprint && !this.dirty.size) return this.index;
    if (!this.index) {
      const fresh = new this.SQL.Database();
      try {
        fresh.run(SEARCH_TABLES);
      } catch (error) {
        fresh.close();
        throw error;
      }
      this.index = fresh;
      this.indexed.clear();
    }
    const index = this.index;
    index.run('BEGIN');
    try {
      this.sync(index, fingerprint);
      index.run('COMMIT');
    } catch (error) {
      index.run('ROLLBACK');
      // Start from nothing next time rather than search a half-updated index.
      this.close();
      throw error;
    }
    this.fingerprint = fingerprint;
    return index;
  }

  /** Marks 'note:<id>' or 'highlight:<id>' as changed, to be indexed again. */
  touch(key: string): void {
    this.dirty.add(key);
  }

  close(): void {
    this.index?.close();
    this.index = null;
    this.indexed.clear();
    this.fingerprint = '';
  }

  private fingerprintNow(): string {
    return TABLES.map((t) => this.tableFingerprint(t)).join('/');
  }

  private tableFingerprint(table: UserTable): string {
    const row = this.userDb.exec(
      `SELECT count(*) || ':' || coalesce(max(updated_at), '') || ':' || coalesce(sum(id), 0)
       FROM ${table}`,
    )[0]?.values[0];
    return String(row?.[0] ?? '');
  }

  /** Brings one table's rows up to date: a light scan of ids and times, then only changes. */
  private sync(index: Database, fingerprint: string): void {
    const parts = fingerprint.split('/');
    const before = this.fingerprint.split('/');
    const dirty = [...this.dirty];
    this.dirty.clear();
    for (const [t, table] of TABLES.entries()) {
      const prefix = `${table === 'notes' ? 'note' : 'highlight'}:`;
      const touched = dirty.filter((key) => key.startsWith(prefix));
      if (this.fingerprint && parts[t] === before[t] && !touched.length) continue;
      for (const key of touched) this.remove(index, key);
      const current = new Map<string, string>();
      for (const [id, updatedAt] of this.userDb.exec(`SELECT id, updated_at FROM ${table}`)[0]
        ?.values ?? []) {
        current.set(`${prefix}${Number(id)}`, String(updatedAt));
      }
      for (const key of [...this.indexed.keys()]) {
        if (key.startsWith(prefix) && this.indexed.get(key) !== current.get(key)) {
          this.remove(index, key);
        }
      }
      const added = [...current.keys()]
        .filter((key) => !this.indexed.has(key))
        .map((key) => Number(key.slice(prefix.length)));
      addSearchDocs(index, this.documents(table, added, current));
    }
  }

  private *documents(
    table: UserTable,
    ids: number[],
    times: Map<string, string>,
  ): Generator<SearchDocInput> {
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const marks = chunk.map(() => '?').join(',');
      if (table === 'notes') {
        for (const row of all(
          this.userDb,
          `SELECT id, target_id, body FROM notes WHERE id IN (${marks})`,
          chunk,
        )) {
          const key = `note:${num(row.id)}`;
          this.indexed.set(key, times.get(key) ?? '');
          const body = str(row.body);
          if (!body.trim()) continue;
          const target = str(row.target_id);
          yield {
            itemId: key,
            kind: 'note',
            targetId: target,
            summary: '',
            body,
            extra: '',
            ...this.factsOf(target),
          };
        }
      } else {
        for (const row of all(
          this.userDb,
          `SELECT id, target_id, quote_exact, note FROM highlights WHERE id IN (${marks})`,
          chunk,
        )) {
          const key = `highlight:${num(row.id)}`;
          this.indexed.set(key, times.get(key) ?? '');
          const target = str(row.target_id);
          yield {
            itemId: key,
            kind: 'highlight',
            targetId: target,
            summary: str(row.quote_exact),
            body: str(row.note),
            extra: '',
            ...this.factsOf(target),
          };
        }
      }
    }
  }

  private remove(index: Database, key: string): void {
    if (!this.indexed.delete(key)) return;
    const docid = all(index, 'SELECT docid FROM search_docs WHERE item_id = ?', [key])[0]?.docid;
    if (docid === undefined) return;
    index.run('DELETE FROM search_fts WHERE docid = ?', [docid]);
    index.run('DELETE FROM search_docs WHERE docid = ?', [docid]);
  }

  /** The title, dates and filter values of the item a note or highlight is on. */
  private factsOf(targetId: string): TargetFacts {
    let f = this.facts.get(targetId);
    if (!f) {
      const row = all(
        this.contentDb,
        `SELECT f.title AS title, d.date_start AS ds, d.date_end AS de, d.category AS category,
                d.topics AS topics, d.places AS places
         FROM search_docs d JOIN search_fts f ON f.docid = d.docid WHERE d.item_id = ?`,
        [targetId],
      )[0];
      f = {
        title: row
          ? str(row.title)
          : (this.otherTitle(targetId)?.title ?? 'An item no longer in the library'),
        dateStart: strOrNull(row?.ds),
        dateEnd: strOrNull(row?.de),
        category: strOrNull(row?.category),
        topics: unpack(str(row?.topics)),
        places: unpack(str(row?.places)),
      };
      this.facts.set(targetId, f);
    }
    return f;
  }
}
