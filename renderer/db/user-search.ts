// The user's own words in the one search box: notes and highlights, indexed in a separate
// in-memory FTS database that is rebuilt when they change, so the user file stays small and
// saving a note never waits for an index.
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

export class UserSearchIndex {
  private index: Database | null = null;
  private fingerprint = '';

  constructor(
    private readonly SQL: SqlJsStatic,
    private readonly userDb: Database,
    private readonly contentDb: Database,
  ) {}

  /** The index, rebuilt first if notes or highlights changed since the last search. */
  current(): Database {
    const fingerprint = this.fingerprintNow();
    if (this.index && fingerprint === this.fingerprint) return this.index;
    const next = new this.SQL.Database();
    try {
      next.run(SEARCH_TABLES);
      next.run('BEGIN');
      addSearchDocs(next, this.documents());
      next.run('COMMIT');
    } catch (error) {
      next.close();
      throw error;
    }
    this.index?.close();
    this.index = next;
    this.fingerprint = fingerprint;
    return next;
  }

  close(): void {
    this.index?.close();
    this.index = null;
  }

  private fingerprintNow(): string {
    const row = all(
      this.userDb,
      `SELECT (SELECT count(*) || ':' || coalesce(max(updated_at), '') || ':' || coalesce(sum(id), 0)
               FROM notes) AS notes,
              (SELECT count(*) || ':' || coalesce(max(updated_at), '') || ':' || coalesce(sum(id), 0)
               FROM highlights) AS highlights`,
    )[0];
    return `${str(row?.notes)}/${str(row?.highlights)}`;
  }

  private *documents(): Generator<SearchDocInput> {
    const facts = new Map<string, TargetFacts>();
    const factsOf = (targetId: string): TargetFacts => {
      let f = facts.get(targetId);
      if (!f) {
        const row = all(
          this.contentDb,
          `SELECT f.title AS title, d.date_start AS ds, d.date_end AS de, d.category AS category,
                  d.topics AS topics, d.places AS places
           FROM search_docs d JOIN search_fts f ON f.docid = d.docid WHERE d.item_id = ?`,
          [targetId],
        )[0];
        f = {
          title: row ? str(row.title) : 'An item no longer in the library',
          dateStart: strOrNull(row?.ds),
          dateEnd: strOrNull(row?.de),
          category: strOrNull(row?.category),
          topics: unpack(str(row?.topics)),
          places: unpack(str(row?.places)),
        };
        facts.set(targetId, f);
      }
      return f;
    };
    for (const row of all(this.userDb, 'SELECT id, target_id, body FROM notes ORDER BY id')) {
      const body = str(row.body);
      if (!body.trim()) continue;
      const target = str(row.target_id);
      const f = factsOf(target);
      yield {
        itemId: `note:${num(row.id)}`,
        kind: 'note',
        targetId: target,
        summary: '',
        body,
        extra: '',
        ...f,
      };
    }
    for (const row of all(
      this.userDb,
      'SELECT id, target_id, quote_exact, note FROM highlights ORDER BY id',
    )) {
      const target = str(row.target_id);
      const f = factsOf(target);
      yield {
        itemId: `highlight:${num(row.id)}`,
        kind: 'highlight',
        targetId: target,
        summary: str(row.quote_exact),
        body: str(row.note),
        extra: '',
        ...f,
      };
    }
  }
}
