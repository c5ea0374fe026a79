// One event: its date and precision, place with every name, actors, figures with their
// owners, sources (with Copy citation) and the articles that discuss it, and the reader's note.
import { useEffect } from 'react';
import { useApp } from '../../services/context';
import { hrefFor, itemHref } from '../../services/router';
import { firstDayOf, setTimeSelection } from '../../services/selection';
import { useQuery } from '../../services/useQuery';
import type { CasualtyFigure, EventItem } from '../../db/types';
import { BookmarkButton } from '../../components/BookmarkButton';
import { Loading } from '../../components/Loading';
import { LocatorMap } from '../../components/map/LocatorMap';
import { TimelinePosition } from '../../components/timeline/TimelinePosition';
import { NotInLibrary } from '../../components/NotInLibrary';
import { NoteBox } from './NoteBox';
import { ReaderSources } from './ReaderSources';
import { CorrectionNotice } from '../../components/CorrectionNotice';
import { useBookmark } from './useBookmark';
import '../../components/reader.css';

const PRECISION: Record<EventItem['datePrecision'], string> = {
  day: 'exact day',
  month: 'month known, day uncertain',
  year: 'year known, month uncertain',
};

export function EventScreen({ id }: { id: string }) {
  const { db } = useApp();
  const event = useQuery(() => db.getEvent(id), [db, id]);
  const [bookmarked, toggleBookmark] = useBookmark(id);

  // The event opened is the one the timeline and the map show next.
  const opened = event.status === 'done' ? event.data : null;
  useEffect(() => {
    if (opened) setTimeSelection({ eventId: opened.id, day: firstDayOf(opened.dateStart) });
  }, [opened]);

  if (event.status === 'loading') return <Loading />;
  if (event.status === 'error')
    return <p role="alert">This event could not be opened: {event.message}</p>;
  if (!event.data) return <NotInLibrary id={id} />;

  const e = event.data;
  const place = e.place;
  const otherNames = place
    ? [...new Set([...place.names.hy, ...place.names.az, ...place.names.ru])].filter(
        (n) => n !== place.names.en,
      )
    : [];
  return (
    <article className="reader event" aria-labelledby="event-title">
      <header>
        <p className="kind-label">
          Event · <time dateTime={e.dateStart}>{e.displayDate}</time>{' '}
          <span className="muted">({PRECISION[e.datePrecision]})</span>
        </p>
        <h1 id="event-title">{e.title}</h1>
        <div className="reader-actions">
          <BookmarkButton pressed={bookmarked} onToggle={toggleBookmark} />
        </div>
        <NoteBox targetId={e.id} />
      </header>
      <CorrectionNotice corrections={e.corrections} />
      <p className="summary">{e.summary}</p>
      <dl className="facts">
        {place && (
          <>
            <dt>Place</dt>
            <dd>
              <a href={hrefFor({ name: 'place', id: place.id })}>{place.names.en}</a>
              {otherNames.length > 0 && (
                <span className="muted"> · also {otherNames.join(', ')}</span>
              )}
              {place.note && <p className="muted">{place.note}</p>}
              {/* A year or month reads as its first day: the map shows events up to a day. */}
              <LocatorMap
                place={place}
                href={hrefFor({ name: 'map', until: firstDayOf(e.dateStart) })}
                linkText="Show on the map"
              />
            </dd>
          </>
        )}
        <dt>Parties</dt>
        <dd>{e.actors.join(' · ')}</dd>
        <dt>Category</dt>
        <dd>{e.category.replace(/-/g, ' ')}</dd>
      </dl>
      {e.casualties.length > 0 && (
        <section aria-labelledby="figures-heading">
          <h2 id="figures-heading">Figures</h2>
          <table className="figures">
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">Figure</th>
                <th scope="col">Whose figure</th>
              </tr>
            </thead>
            <tbody>
              {e.casualties.map((c, i) => (
                <tr key={i}>
                  <td>
                    {c.what}
                    {c.group ? ` (${c.group})` : ''}
                  </td>
                  <td>{formatFigure(c)}</td>
                  <td>{c.by}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {e.relatedArticles.length > 0 && (
        <section aria-labelledby="articles-heading" className="related">
          <h2 id="articles-heading">Read more</h2>
          <ul>
            {e.relatedArticles.map((a) => (
              <li key={a.id}>
                <a href={itemHref(a.id)}>{a.title}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <TimelinePosition event={e} />
      <ReaderSources sources={e.sources} />
      <p className="muted">
        Last updated {e.updated}
        {e.reviewed ? `; checked against its sources on ${e.reviewed}` : ''}.
      </p>
    </article>
  );
}

function formatFigure(c: CasualtyFigure): string {
  const n = (v: number) => v.toLocaleString('en');
  if (c.low !== null && c.high !== null && c.low !== c.high) {
    return `${n(c.low)}–${n(c.high)}${c.best !== null ? ` (best estimate ${n(c.best)})` : ''}`;
  }
  const single = c.best ?? c.low ?? c.high;
  if (single === null) return '';
  if (c.best === null && c.low !== null && c.high === null) return `at least ${n(single)}`;
  if (c.best === null && c.high !== null && c.low === null) return `up to ${n(single)}`;
  return n(single);
}
