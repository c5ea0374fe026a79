// One source: what it is, and everything in the library that cites it.
import { useApp } from '../../services/context';
import { itemHref } from '../../services/router';
import { useQuery } from '../../services/useQuery';
import { ExternalLink } from '../../components/ExternalLink';
import { Loading } from '../../components/Loading';
import { SOURCE_KIND_LABEL } from '../../components/source-kind';
import { NotInLibrary } from '../../components/NotInLibrary';

export function SourceScreen({ id }: { id: string }) {
  const { db } = useApp();
  const data = useQuery(
    async () => ({ source: await db.getSource(id), citing: await db.itemsCitingSource(id) }),
    [db, id],
  );
  if (data.status === 'loading') return <Loading />;
  if (data.status === 'error') {
    return <p role="alert">This source could not be opened: {data.message}</p>;
  }
  const { source, citing } = data.data;
  if (!source) return <NotInLibrary id={id} />;
  return (
    <section className="reader" aria-labelledby="source-title">
      <p className="kind-label">
        Source · {SOURCE_KIND_LABEL[source.kind]}
        {source.party ? ` · ${source.party.replace('-', ' ')}` : ''}
      </p>
      <h1 id="source-title">{source.title}</h1>
      <p>
        {source.publisher}
        {source.date ? `, ${source.date}` : ''}
        {source.url ? (
          <>
            {' · '}
            <ExternalLink href={source.url}>{source.url}</ExternalLink>
          </>
        ) : null}
      </p>
      <h2>Cited by {citing.length === 1 ? '1 item' : `${citing.length} items`}</h2>
      <ul className="item-list" aria-label="Items citing this source">
        {citing.map((item) => (
          <li key={item.id} className="item">
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
