// Every article and event in one list, filterable by kind.
import { useState } from 'react';
import { useApp } from '../../app/context';
import { itemHref } from '../../app/router';
import { useQuery } from '../../app/useQuery';
import type { ItemKind } from '../../db/types';
import { Loading } from '../../components/Loading';

export function LibraryScreen() {
  const { db } = useApp();
  const items = useQuery(() => db.listItems(), [db]);
  const [kind, setKind] = useState<ItemKind | 'all'>('all');

  if (items.status === 'loading') return <Loading />;
  if (items.status === 'error')
    return <p role="alert">The library could not be listed: {items.message}</p>;

  const all = items.data;
  const shown = kind === 'all' ? all : all.filter((i) => i.kind === kind);
  const count = (k: ItemKind) => all.filter((i) => i.kind === k).length;

  return (
    <section aria-labelledby="library-heading">
      <h1 id="library-heading">Library</h1>
      <div className="filters" role="group" aria-label="Show">
        <button type="button" aria-pressed={kind === 'all'} onClick={() => setKind('all')}>
          All ({all.length})
        </button>
        <button type="button" aria-pressed={kind === 'article'} onClick={() => setKind('article')}>
          Articles ({count('article')})
        </button>
        <button type="button" aria-pressed={kind === 'event'} onClick={() => setKind('event')}>
          Events ({count('event')})
        </button>
      </div>
      <ul className="item-list" aria-label="Library items">
        {shown.map((item) => (
          <li key={item.id} className={`item item-${item.kind}`}>
            <a href={itemHref(item.id)}>{item.title}</a>
            <span className="item-meta">
              <span className="kind-label">{item.kind === 'article' ? 'Article' : 'Event'}</span>{' '}
              {item.subtitle}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
