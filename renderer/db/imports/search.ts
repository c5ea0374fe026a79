// Search over the imported articles: an in-memory FTS4 index built from the imports file the
// first time a search needs it, then kept current article by article (an import, an edit of
// a title, a delete) so it is never rebuilt for one change. The file itself holds no index,
// so it stays as small as the articles.
import type { Database, SqlJsStatic } from 'sql.js';
import { addSearchDocs, SEARCH_TABLES, type SearchDocInput } from '../search-index';
import { all } from '../sql';
import type { ImportStore } from './store';

export class ImportedSearchIndex {
  private index: Database | null = null;
  private readonly dirty = new Set<string>();

  constructor(
    private readonly SQL: SqlJsStatic,
    private readonly store: ImportStore,
  ) {}

  /** Marks an imported article as added, changed or removed. */
  touch(id: string): void {
    if (this.index) this.dirty.add(id);
  }

  current(): Database {
    if (!this.index) {
      const fresh = new this.SQL.Database();
      try {
        fresh.run(SEARCH_TABLES);
        addSearchDocs(fresh, this.documents(this.store.listFull()));
      } catch (error) {
        fresh.close();
        throw error;
      }
      this.index = fresh;
      this.dirty.clear();
      return fresh;
    }
    if (this.dirty.size) {
      const index = this.index;
      const ids = [...this.dirty];
      this.dirty.clear();
      index.run('BEGIN');
      try {
        for (const id of ids) remove(index, id);
        const present = ids.flatMap((id) => {
          const article = this.store.get(id);
          return article ? [article] : [];
        });
        addSearchDocs(index, this.documents(present));
        index.run('COMMIT');
      } catch (error) {
        index.run('ROLLBACK');
        this.close();
        throw error;
      }
    }
    return this.index;
  }

  close(): void {
    this.index?.close();
    this.index = null;
    this.dirty.clear();
  }

  private *documents(
    articles: Iterable<{
      id: string;
      title: string;
      author: string | null;
      published: string | null;
      text: string;
      fileName: string | null;
    }>,
  ): Generator<SearchDocInput> {
    for (const a of articles) {
      yield {
        itemId: a.id,
        kind: 'imported',
        targetId: a.id,
        title: a.title,
        summary: a.author ?? '',
        body: a.text,
        extra: [a.fileName, a.published].filter(Boolean).join(' '),
        dateStart: a.published,
        dateEnd: null,
      };
    }
  }
}

function remove(index: Database, id: string): void {
  for (const row of all(index, 'SELECT docid FROM search_docs WHERE item_id = ?', [id])) {
    index.run('DELETE FROM search_fts WHERE docid = ?', [row.docid ?? null]);
    index.run('DELETE FROM search_docs WHERE docid = ?', [row.docid ?? null]);
  }
}
