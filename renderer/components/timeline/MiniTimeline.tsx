// A small timeline of some events (those an article links, those at a place): dots along the
// years they cover (close ones lifted onto rows), then the same events as a dated list, which is
// what keyboards and screen readers use; the dots are a picture of the list.
import { useApp } from '../../services/context';
import { itemHref } from '../../services/router';
import { useQuery } from '../../services/useQuery';
import type { EventRange, ItemRef } from '../../db/types';
import { fractionOf, stackRows, yearSpan, yearTicks, type Span } from './position';
import './timeline.css';

/** Dots closer than this share of the strip go on separate rows. */
const GAP = 0.025;
const ROW_PX = 14;

interface Props {
  /** Which events: an article's (`{ article }`) or a place's (`{ place }`). */
  range: EventRange;
  heading: string;
  headingId: string;
  /** Shown, undated, until the events arrive. */
  fallback?: ItemRef[];
  /** Said when there are no such events. */
  empty?: string;
}

export function MiniTimeline({ range, heading, headingId, fallback = [], empty }: Props) {
  const { db } = useApp();
  const key = JSON.stringify(range);
  const events = useQuery(() => db.listEventSummaries(range), [db, key]);
  const list = events.status === 'done' ? events.data : null;
  const span = list ? yearSpan(list.map((e) => e.dateStart)) : null;
  const positions = list && span ? list.map((e) => fractionOf(e.dateStart, span)) : [];
  const rows = stackRows(positions, GAP);
  const height = (Math.max(0, ...rows) + 1) * ROW_PX + 6;

  return (
    <section aria-labelledby={headingId} className="related mini-timeline">
      <h2 id={headingId}>{heading}</h2>
      {list?.length === 0 && empty && <p className="muted">{empty}</p>}
      {events.status === 'error' && (
        <p role="alert">These events could not be loaded: {events.message}</p>
      )}
      {list && span && list.length > 1 && (
        <div className="mini-timeline-strip" aria-hidden="true">
          <div className="mini-timeline-dots" style={{ height }}>
            {list.map((e, i) => (
              <a
                key={e.id}
                href={itemHref(e.id)}
                tabIndex={-1}
                title={`${e.displayDate}: ${e.title}`}
                className="mini-timeline-dot"
                style={{ left: `${positions[i]! * 100}%`, bottom: rows[i]! * ROW_PX + 3 }}
              />
            ))}
          </div>
          <div className="mini-timeline-axis">
            {axisLabels(span).map(({ year, at, edge }) => (
              <span
                key={year}
                className={edge ? `mini-timeline-edge-${edge}` : undefined}
                style={{ left: `${at * 100}%` }}
              >
                {year}
              </span>
            ))}
          </div>
        </div>
      )}
      <ol className="mini-timeline-list">
        {list
          ? list.map((e) => (
              <li key={e.id}>
                <time dateTime={e.dateStart} className="muted">
                  {e.displayDate}
                </time>{' '}
                <a href={itemHref(e.id)}>{e.title}</a>
              </li>
            ))
          : fallback.map((e) => (
              <li key={e.id}>
                <a href={itemHref(e.id)}>{e.title}</a>
              </li>
            ))}
      </ol>
    </section>
  );
}

/** The first and last years at the strip's ends, and round years between not too near them. */
function axisLabels(span: Span): { year: number; at: number; edge?: 'first' | 'last' }[] {
  const first = Number(new Date(span.first * 86_400_000).toISOString().slice(0, 4));
  const last = Number(new Date(span.last * 86_400_000).toISOString().slice(0, 4));
  const inner = yearTicks(span)
    .map((year) => ({ year, at: fractionOf(`${year}-01-01`, span) }))
    .filter(({ at }) => at > 0.08 && at < 0.92);
  const ends: { year: number; at: number; edge: 'first' | 'last' }[] = [
    { year: first, at: 0, edge: 'first' },
  ];
  if (last !== first) ends.push({ year: last, at: 1, edge: 'last' });
  return [ends[0]!, ...inner, ...ends.slice(1)];
}
