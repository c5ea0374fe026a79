// The timeline, first version: every event in time order under its era's heading. The events
// form one tab stop; ArrowUp/ArrowDown (and Home/End) move between them, Enter opens one.
import { useRef, useState, type KeyboardEvent } from 'react';
import { useApp } from '../../app/context';
import { itemHref } from '../../app/router';
import { useQuery } from '../../app/useQuery';
import { Loading } from '../../components/Loading';
import { slugLabel } from '../library/labels';
import { groupByEra } from './groupByEra';
import './timeline.css';

export function TimelineScreen() {
  const { db } = useApp();
  const events = useQuery(() => db.listEvents(), [db]);
  const rootRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<string | null>(null);

  if (events.status === 'loading') return <Loading />;
  if (events.status === 'error')
    return <p role="alert">The timeline could not be loaded: {events.message}</p>;

  const groups = groupByEra(events.data);
  const tabStop = active ?? events.data[0]?.id ?? null;

  const onKeyDown = (event: KeyboardEvent) => {
    const links = [...(rootRef.current?.querySelectorAll<HTMLElement>('a.timeline-link') ?? [])];
    const at = links.findIndex((link) => link === document.activeElement);
    if (at < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const moves: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: links.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    links[Math.max(0, Math.min(links.length - 1, target))]?.focus();
  };

  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <h1 id="timeline-heading">Timeline</h1>
      <p className="muted">
        {events.data.length} events in time order. Use the arrow keys to move between events and
        Enter to open one.
      </p>
      <div ref={rootRef} onKeyDown={onKeyDown}>
        {groups.map((group) => (
          <section key={group.era} className="timeline-era" aria-labelledby={`era-${group.era}`}>
            <h2 id={`era-${group.era}`}>
              {group.era}{' '}
              <span className="timeline-era-count">
                {group.events.length} {group.events.length === 1 ? 'event' : 'events'}
              </span>
            </h2>
            <ol className="timeline-events">
              {group.events.map((event) => (
                <li key={event.id} className="timeline-event">
                  <time dateTime={event.dateStart} className="timeline-date">
                    {event.displayDate}
                  </time>
                  <span className="timeline-body">
                    <a
                      className="timeline-link"
                      href={itemHref(event.id)}
                      tabIndex={event.id === tabStop ? 0 : -1}
                      onFocus={() => setActive(event.id)}
                    >
                      {event.title}
                    </a>
                    <span className="timeline-meta">
                      {[slugLabel(event.category), event.place?.names.en]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </span>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </div>
    </section>
  );
}
