// Search results, best first, with the matched words marked.
import { useState } from 'react';
import { useApp } from '../../app/context';
import { itemHref } from '../../app/router';
import { useQuery } from '../../app/useQuery';
import type { ItemKind } from '../../db/types';
import { Loading } from '../../components/Loading';
import { Snippet } from '../../components/Snippet';

export function SearchScreen({ query }: { query: string }) {
  const { db } = useApp();
  const [kind, setKind] = useState<ItemKind | 'all'>('all');
  const results = useQuery(() => db.search(query, { limit: 100 }), [db, query]);

  if (!query.trim()) {
    return (
      <section>
        <h1>Search</h1>
        <p>
          Type in the search box to find articles and events. Place names work in every form:
          Stepanakert, Şuşa, Berdzor.
        </p>
        <p>
          Put “quotes” around a phrase, OR between words for either one, and a minus before a word
          to leave it out: <code>“line of contact” 1994 -sniper</code>.
        </p>
      </section>
    );
  }
  if (results.status === 'loading') return <Loading label="Searching…" />;
  if (results.status === 'error') return <p role="alert">Search failed: {results.message}</p>;

  const hits = results.data;
  const shown = kind === 'all' ? hits : hits.filter((h) => h.kind === kind);
  const count = (k: ItemKind) => hits.filter((h) => h.kind === k).length;

  return (
    <section aria-labelledby="results-heading">
      <h1 id="results-heading">Results for “{query}”</h1>
      <div className="filters" role="group" aria-label="Show">
        {(['all', 'article', 'event'] as const).map((k) => (
          <button key={k} type="button" aria-pressed={kind === k} onClick={() => setKind(k)}>
            {k === 'all'
              ? `All (${hits.length})`
              : k === 'article'
                ? `Articles (${count('article')})`
                : `Events (${count('event')})`}
          </button>
        ))}
      </div>
      {shown.length === 0 ? (
        <p>No results. Try fewer words or another spelling.</p>
      ) : (
        <ol className="results">
          {shown.map((hit) => (
            <li key={hit.id}>
              <a href={itemHref(hit.id)}>{hit.title}</a>
              <span className="kind-label">{hit.kind === 'article' ? 'Article' : 'Event'}</span>
              <p>
                <Snippet text={hit.snippet} />
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
