// "On the timeline", on an event's page: a strip of events per year with this event marked,
// its place in time order and era, the events either side, and a link into the timeline.
import { useApp } from '../../services/context';
import { allEventSummaries } from '../../services/events-cache';
import { itemHref } from '../../services/router';
import { useQuery } from '../../services/useQuery';

import { positionOf } from './position';
import { histogram } from './zoom';
import './timeline.css';

export function TimelinePosition({ event }: { event: { id: string; dateStart: string } }) {
  const { db } = useApp();
  const events = useQuery(() => allEventSummaries(db), [db]);
  if (events.status !== 'done') return null;
  const position = positionOf(events.data, event.id);
  if (!position) return null;
  const years = histogram(events.data, 'year');
  const max = Math.max(1, ...years.map((d) => d.count));
  const year = event.dateStart.slice(0, 4);
  const month = event.dateStart.length >= 7 ? Number(event.dateStart.slice(5, 7)) - 0.5 : 6;
  const at = years.findIndex((d) => d.key === year);
  const left = ((at + month / 12) / Math.max(1, years.length)) * 100;
  const { previous, next } = position;

  return (
    <section className="timeline-position" aria-labelledby="timeline-position-heading">
      <h2 id="timeline-position-heading">On the timeline</h2>
      <div className="timeline-position-strip" aria-hidden="true">
        {years.map((d) => (
          <span
            key={d.key}
            className={d.key === year ? 'is-current' : undefined}
            title={`${d.label}: ${d.count}`}
          >
            <span
              style={{ height: `${d.count === 0 ? 0 : Math.max(6, (d.count / max) * 100)}%` }}
            />
          </span>
        ))}
        <span className="timeline-position-marker" style={{ left: `${left}%` }} />
      </div>
      <div className="timeline-position-axis" aria-hidden="true">
        <span>{years[0]?.label}</span>
        <span>{years[years.length - 1]?.label}</span>
      </div>
      <p>
        Event {position.index} of {position.total} in time order
        {position.era ? `, under “${position.era}” on the timeline` : ''}.{' '}
        <a href={`#/timeline?at=${encodeURIComponent(event.id)}`}>Open the timeline here</a>
      </p>
      <ul className="timeline-position-near">
        {previous && (
          <li>
            <span className="muted">Before: </span>
            <a href={itemHref(previous.id)}>{previous.title}</a>{' '}
            <span className="muted">({previous.displayDate})</span>
          </li>
        )}
        {next && (
          <li>
            <span className="muted">After: </span>
            <a href={itemHref(next.id)}>{next.title}</a>{' '}
            <span className="muted">({next.displayDate})</span>
          </li>
        )}
      </ul>
    </section>
  );
}
