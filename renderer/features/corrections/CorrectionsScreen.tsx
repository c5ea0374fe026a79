// The public corrections log: every change made to a published item because it was wrong,
// newest first, with what changed, why, on which sources, and when.
import { useApp } from '../../services/context';
import { itemHref } from '../../services/router';
import { useQuery } from '../../services/useQuery';
import { CorrectionSources } from '../../components/CorrectionNotice';
import { Loading } from '../../components/Loading';
import { formatDateRange } from '../../db/dates';

const KIND_LABEL = { article: 'Article', event: 'Event', place: 'Place', source: 'Source' };

export function CorrectionsScreen() {
  const { db } = useApp();
  const data = useQuery(() => db.listCorrections(), [db]);
  if (data.status === 'loading') return <Loading />;
  if (data.status === 'error') {
    return <p role="alert">The corrections could not be read: {data.message}</p>;
  }
  const corrections = data.data;
  return (
    <section className="corrections" aria-labelledby="corrections-heading">
      <h1 id="corrections-heading">Corrections</h1>
      <p className="muted">
        When a published article or event turns out to be wrong, it is corrected and the correction
        is listed here and on the item itself: what changed, why, on which sources, and when. Typing
        errors in our own prose are fixed without a note.
      </p>
      {corrections.length === 0 ? (
        <p>No corrections have been made to this library.</p>
      ) : (
        <ol className="item-list corrections-list" aria-label="Corrections, newest first">
          {corrections.map((c) => (
            <li key={c.id} className="item correction">
              <p className="item-meta">
                <time dateTime={c.date}>{formatDateRange(c.date, null)}</time> ·{' '}
                <span className="kind-label">{KIND_LABEL[c.itemKind]}</span>
              </p>
              <h2>
                <a href={itemHref(c.itemId)}>{c.itemTitle}</a>
              </h2>
              <p>
                <strong>What changed:</strong> {c.what}
              </p>
              <p>
                <strong>Why:</strong> {c.why}
              </p>
              <CorrectionSources correction={c} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
