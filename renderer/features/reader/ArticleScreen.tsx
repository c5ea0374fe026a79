// One article: title, standfirst, body, sources and the events it covers.
import { useApp } from '../../app/context';
import { itemHref } from '../../app/router';
import { useQuery } from '../../app/useQuery';
import { BookmarkButton } from '../../components/BookmarkButton';
import { Loading } from '../../components/Loading';
import { SourceList } from '../../components/SourceList';
import { ArticleBody } from './ArticleBody';
import { useBookmark } from './useBookmark';

export function ArticleScreen({ id }: { id: string }) {
  const { db } = useApp();
  const article = useQuery(() => db.getArticle(id), [db, id]);
  const [bookmarked, toggleBookmark] = useBookmark(id);

  if (article.status === 'loading') return <Loading />;
  if (article.status === 'error')
    return <p role="alert">This article could not be opened: {article.message}</p>;
  if (!article.data) return <NotInLibrary id={id} />;

  const a = article.data;
  return (
    <article className="reader" aria-labelledby="article-title">
      <header>
        <p className="kind-label">Article · {a.readingMinutes} min read</p>
        <h1 id="article-title">{a.title}</h1>
        <p className="dek">{a.dek}</p>
        <BookmarkButton pressed={bookmarked} onToggle={toggleBookmark} />
      </header>
      <ArticleBody html={a.bodyHtml} />
      {a.relatedEvents.length > 0 && (
        <section aria-labelledby="events-heading" className="related">
          <h2 id="events-heading">Events in this article</h2>
          <ul>
            {a.relatedEvents.map((e) => (
              <li key={e.id}>
                <a href={itemHref(e.id)}>{e.title}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <SourceList sources={a.sources} />
      <p className="muted">Last updated {a.updated}.</p>
    </article>
  );
}

export function NotInLibrary({ id }: { id: string }) {
  return (
    <section>
      <h1>Not in this library</h1>
      <p>
        Nothing in the library has the id <code>{id}</code>. It may have been renamed in a newer
        release. <a href="#/">Back to the library</a>.
      </p>
    </section>
  );
}
