// The timeline: events in time order under their era (with a short introduction) and, within
// it, under the period the zoom divides time into. Above the list are the toolbar and a strip
// of events per period that scrolls the list. The events form one tab stop; ArrowUp/ArrowDown
// (and Home/End) move between them, Enter opens one.
import { startTransition, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { useApp } from '../../services/context';
import { allEventSummaries } from '../../services/events-cache';
import { hrefFor, itemHref } from '../../services/router';
import { firstDayOf, getTimeSelection, setTimeSelection } from '../../services/selection';
import { useQuery } from '../../services/useQuery';
import { Loading } from '../../components/Loading';
import type { EventSummary } from '../../db/types';
import { slugLabel } from '../../components/labels';
import { ERA_INTROS } from './eraIntros';
import { facetChoices, filterEvents, type TimelineFacet, type TimelineFilters } from './filters';
import { groupByEra } from './groupByEra';
import { firstOnOrAfter, parseJumpDate } from './jumpDate';
import { spanLabel } from './ranges';
import { TimelineControls } from './TimelineControls';
import { TimelineHistogram } from './TimelineHistogram';
import { timelineCsv } from './timelineCsv';
import { parseTimelineView, timelineViewHref, type TimelineView } from './viewState';
import { bucketKey, bucketRuns, histogram } from '../../components/timeline/zoom';
import '../../components/timeline/timeline.css';

/**
 * Events rendered in the first pass (a few screens' worth); the rest follow in background
 * passes, each doubling what is rendered, so thousands of events show at once and fill in
 * without blocking input.
 */
const FIRST_PASS = 150;

/** Frames over which opening at an event keeps it centred while the list settles. */
const SETTLE_FRAMES = 6;

export function TimelineScreen() {
  const { db } = useApp();
  const events = useQuery(() => allEventSummaries(db), [db]);
  if (events.status === 'loading') return <Loading />;
  if (events.status === 'error')
    return <p role="alert">The timeline could not be loaded: {events.message}</p>;
  return <TimelineBody events={events.data} />;
}

function facetLabel(facet: TimelineFacet, value: string, byPlace: Map<string, string>): string {
  return facet === 'place' ? (byPlace.get(value) ?? value) : slugLabel(value);
}

function TimelineBody({ events }: { events: readonly EventSummary[] }) {
  const { shell } = useApp();
  const rootRef = useRef<HTMLDivElement>(null);
  const [view, setViewState] = useState<TimelineView>(() =>
    parseTimelineView(window.location.hash),
  );
  // The event to start at: the one in the link (from the map, or a reload), else the one
  // selected elsewhere in this session (the map's slider, an event page).
  const [start] = useState(() => {
    const id = view.at ?? getTimeSelection()?.eventId;
    return id && events.some((e) => e.id === id) ? { id, fromLink: view.at !== undefined } : null;
  });
  const [active, setActive] = useState<string | null>(start?.id ?? null);
  const [status, setStatus] = useState('');

  const setView = (next: TimelineView) => {
    setViewState(next);
    // A new zoom or filter shows its first rows at once and fills in the rest behind them.
    setLimit(FIRST_PASS);
    // Replaces rather than adds a history entry: Back leaves the timeline, not one filter.
    window.history.replaceState(
      window.history.state,
      '',
      timelineViewHref({ ...next, at: active ?? undefined }),
    );
  };

  const placeNames = useMemo(
    () => new Map(events.flatMap((e) => (e.place ? [[e.place.id, e.place.names.en]] : []))),
    [events],
  );
  const shown = useMemo(() => filterEvents(events, view.filters), [events, view.filters]);
  const facets = useMemo(
    () => facetChoices(events, view.filters, (f, v) => facetLabel(f, v, placeNames)),
    [events, view.filters, placeNames],
  );
  const buckets = useMemo(() => histogram(shown, view.zoom), [shown, view.zoom]);
  const [limit, setLimit] = useState(() => {
    const at = start ? shown.findIndex((e) => e.id === start.id) : -1;
    return at < FIRST_PASS ? FIRST_PASS : at + FIRST_PASS;
  });
  useEffect(() => {
    if (limit >= shown.length) return;
    const timer = setTimeout(() => startTransition(() => setLimit((n) => n * 2)));
    return () => clearTimeout(timer);
  }, [limit, shown.length]);
  const rendered = useMemo(
    () => (limit >= shown.length ? shown : shown.slice(0, limit)),
    [shown, limit],
  );
  const groups = useMemo(() => groupByEra(rendered), [rendered]);

  /** Renders every event now, for a jump to one not yet rendered. */
  const renderAll = () => {
    if (limit < shown.length) flushSync(() => setLimit(shown.length));
  };

  const activeEvent = active !== null ? shown.find((e) => e.id === active) : undefined;
  const tabStop = activeEvent?.id ?? shown[0]?.id;

  // The selected event is shared with the map and kept in the link.
  useEffect(() => {
    if (!activeEvent) return;
    setTimeSelection({ eventId: activeEvent.id, day: firstDayOf(activeEvent.dateStart) });
    window.history.replaceState(
      window.history.state,
      '',
      timelineViewHref({ ...parseTimelineView(window.location.hash), at: activeEvent.id }),
    );
  }, [activeEvent]);

  // Opening at a selected event shows it; from a link it also takes the focus. Periods off
  // screen have estimated heights until drawn, so the scroll is repeated for a few frames
  // while the ones it passes settle.
  useEffect(() => {
    if (!start) return;
    const link = rootRef.current?.querySelector<HTMLElement>(
      `a[data-id="${CSS.escape(start.id)}"]`,
    );
    if (!link) return;
    if (start.fromLink) link.focus({ preventScroll: true });
    let frames = 0;
    let frame = 0;
    const settle = () => {
      link.scrollIntoView({ block: 'center' });
      if (++frames < SETTLE_FRAMES) frame = requestAnimationFrame(settle);
    };
    settle();
    return () => cancelAnimationFrame(frame);
  }, [start]);

  const linkFor = (id: string) =>
    rootRef.current?.querySelector<HTMLElement>(`a[data-id="${CSS.escape(id)}"]`) ?? null;

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
    if (event.key === 'End' && links.length < shown.length) {
      renderAll();
      linkFor(shown[shown.length - 1]?.id ?? '')?.focus();
      return;
    }
    links[Math.max(0, Math.min(links.length - 1, target))]?.focus();
  };

  const pickBucket = (key: string) => {
    const first = shown.find((e) => bucketKey(e.dateStart, view.zoom) === key);
    if (!first) return;
    renderAll();
    setActive(first.id);
    rootRef.current
      ?.querySelector(`[data-bucket="${CSS.escape(key)}"]`)
      ?.scrollIntoView({ block: 'start' });
  };

  const jumpTo = (text: string): string | null => {
    const parsed = parseJumpDate(text);
    if (!parsed.ok) return parsed.message;
    const at = firstOnOrAfter(shown, parsed.date);
    const target = shown[at];
    if (!target) return `No events shown on or after ${parsed.date}.`;
    renderAll();
    setActive(target.id);
    linkFor(target.id)?.focus();
    return null;
  };

  const exportCsv = async () => {
    const answer = await shell.saveExport({
      suggestedName: 'karabakh-timeline.csv',
      mimeType: 'text/csv;charset=utf-8',
      data: timelineCsv(shown),
    });
    if (!answer.ok) setStatus(`The CSV could not be saved: ${answer.error.message}`);
    else if (answer.value) setStatus(`Exported ${shown.length} events to ${answer.value.savedTo}.`);
    else setStatus('');
  };

  const print = async () => {
    const answer = await shell.printToPdf({ suggestedName: 'karabakh-timeline.pdf' });
    if (!answer.ok) setStatus(`The PDF could not be saved: ${answer.error.message}`);
    else if (answer.value) setStatus(`Saved the timeline as a PDF to ${answer.value.savedTo}.`);
    else setStatus('');
  };

  const setFilter = (facet: TimelineFacet, value: string) => {
    const filters: TimelineFilters = { ...view.filters };
    if (value) filters[facet] = value;
    else delete filters[facet];
    setView({ ...view, filters });
  };

  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <h1 id="timeline-heading">Timeline</h1>
      <p className="muted timeline-intro">
        {shown.length === events.length
          ? `${events.length} events in time order.`
          : `${shown.length} of ${events.length} events in time order.`}{' '}
        <span className="timeline-keys-hint">
          Use the arrow keys to move between events and Enter to open one.
        </span>
      </p>
      <TimelineControls
        zoom={view.zoom}
        onZoom={(zoom) => setView({ ...view, zoom })}
        facets={facets}
        filters={view.filters}
        onFilter={setFilter}
        onClear={() => setView({ ...view, filters: {} })}
        onJump={jumpTo}
        onExport={() => void exportCsv()}
        onPrint={() => void print()}
        printLabel={shell.host === 'electron' ? 'Save as PDF' : 'Print'}
        mapHref={hrefFor({
          name: 'map',
          until: firstDayOf((activeEvent ?? shown[shown.length - 1])?.dateStart ?? ''),
        })}
      />
      <p className="timeline-status" role="status">
        {status}
      </p>
      <TimelineHistogram buckets={buckets} onPick={pickBucket} />
      {shown.length === 0 && <p>No events match these filters.</p>}
      {/* Busy while the rows after the first pass are still being added behind the first ones. */}
      <div ref={rootRef} onKeyDown={onKeyDown} aria-busy={rendered.length < shown.length}>
        {groups.map((group) => (
          <section key={group.era} className="timeline-era" aria-labelledby={`era-${group.era}`}>
            <h2 id={`era-${group.era}`}>
              {group.era}{' '}
              <span className="timeline-era-count">
                {group.events.length} {group.events.length === 1 ? 'event' : 'events'}
              </span>
            </h2>
            {ERA_INTROS[group.era] && <p className="timeline-era-intro">{ERA_INTROS[group.era]}</p>}
            {bucketRuns(group.events, view.zoom).map((run) => (
              <section key={run.key} className="timeline-bucket">
                <h3 data-bucket={run.key} className="timeline-bucket-heading">
                  {run.label}
                </h3>
                <ol className="timeline-events">
                  {run.events.map((event) => (
                    <TimelineRow
                      key={event.id}
                      event={event}
                      tabbable={event.id === tabStop}
                      onFocus={() => setActive(event.id)}
                    />
                  ))}
                </ol>
              </section>
            ))}
          </section>
        ))}
      </div>
    </section>
  );
}

function TimelineRow({
  event,
  tabbable,
  onFocus,
}: {
  event: EventSummary;
  tabbable: boolean;
  onFocus(): void;
}) {
  const span = spanLabel(event);
  return (
    <li className={span ? 'timeline-event timeline-event-range' : 'timeline-event'}>
      <time dateTime={event.dateStart} className="timeline-date">
        {event.displayDate}
        {span && <span className="timeline-span">{span}</span>}
      </time>
      <span className="timeline-body">
        <a
          className="timeline-link"
          data-id={event.id}
          href={itemHref(event.id)}
          tabIndex={tabbable ? 0 : -1}
          onFocus={onFocus}
        >
          {event.title}
        </a>
        <span className="timeline-meta">
          {[slugLabel(event.category), event.place?.names.en].filter(Boolean).join(' · ')}
        </span>
      </span>
    </li>
  );
}
