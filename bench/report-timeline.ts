// The "Timeline" section of docs/BENCHMARKS.md. It sits between markers so that a run of the
// timeline alone (npm run bench -- --only timeline) can replace it in the full report, and a
// run without it (or --render of an older run's figures) keeps the one already there.
import { keptSection, spliceSection } from './sections';
import type { TimelineResult, TimelineRound } from './cell-timeline';
import { count, mb, ms, pct, table } from './format';
import { median } from './measure';

export const TIMELINE_START = '<!-- timeline:start -->';
export const TIMELINE_END = '<!-- timeline:end -->';
export const TIMELINE_TARGET_MS = 200;

export interface TimelineOutcome {
  command: string;
  startedAt: string;
  code: string;
  cpu: string;
  cores: number;
  /** 1-minute load average at the start and the end of the measurement. */
  load: { start: number; end: number };
  result: TimelineResult | null;
  note: string | null;
}

function stat(rounds: TimelineRound[], pick: (r: TimelineRound) => number | null) {
  const values = rounds.map(pick).filter((v): v is number => v !== null);
  return values.length
    ? { median: median(values), worst: Math.max(...values) }
    : { median: null, worst: null };
}

function timelineBody(outcome: TimelineOutcome): string {
  const r = outcome.result;
  if (!r) return `Not measured: ${outcome.note ?? 'no figures'}.`;
  const rounds = r.rounds;
  const n = count(r.db.events);
  const row = (label: string, pick: (x: TimelineRound) => number | null, bold = false) => {
    const s = stat(rounds, pick);
    return [label, bold ? `**${ms(s.median)}**` : ms(s.median), ms(s.worst)];
  };
  const first = stat(rounds, (x) => x.firstPaintMs);
  const met = first.median !== null && first.median <= TIMELINE_TARGET_MS;
  const verdict = met
    ? `**met**: the first rows are on screen ${ms(first.median)} ms after the click (median; worst ${ms(first.worst)} ms).`
    : `**missed**: the first rows are on screen ${ms(first.median)} ms after the click (median; worst ${ms(first.worst)} ms), against ${TIMELINE_TARGET_MS} ms.`;
  // The app loads the event list in idle time after start; a round whose click came after
  // that has no worker call to time, so its split rows are empty.
  const preloaded = rounds.filter((x) => x.listEventsMs === null).length;
  const preloadNote =
    preloaded > 0
      ? `\nThe app loads the event list in idle time after start: in ${preloaded} of ${rounds.length} rounds it was ready before the click, so the rows that time the worker call cover only the other rounds (– when none).`
      : '';
  const filterRows = rounds[0]?.filterRows ?? 0;
  const firstRows = rounds[0]?.firstRows ?? 0;
  const times = table(
    ['From the click or choice to the frame painted', 'median (ms)', 'worst (ms)'],
    [
      row(
        `"Timeline" in the main navigation → first ${count(firstRows)} rows painted`,
        (x) => x.firstPaintMs,
        true,
      ),
      row(
        '… of which: route change until `listEventSummaries` is sent to the worker',
        (x) => x.toRequestMs,
      ),
      row(
        `… \`listEventSummaries\` in the worker, with the answer's copy to the page (the same call in Node: ${ms(r.nodeListEventsMs)} ms)`,
        (x) => x.listEventsMs,
      ),
      row(
        '… answer → first rows committed to the DOM (React render and commit)',
        (x) => x.renderMs,
      ),
      row('… commit → painted (style, layout, paint)', (x) => x.paintMs),
      row(`"Timeline" → all ${n} rows painted (background passes done)`, (x) => x.allRowsMs),
      row(`Zoom "Decade" → "Year", all ${n} rows regrouped`, (x) => x.zoomMs),
      row(`Category filter "${r.category}" (${count(filterRows)} rows left)`, (x) => x.filterMs),
      row(`"Clear filters" (${n} rows back at once)`, (x) => x.clearMs),
    ],
  );
  const scroll = (pick: (x: TimelineRound) => number, format: (v: number) => string) => {
    const s = stat(rounds, pick);
    return `${format(s.median!)} (${format(s.worst!)})`;
  };
  const frameMs = (n: number) => n.toFixed(1);
  const frames = table(
    [
      'frames (median)',
      'frame p50 (ms)',
      'frame p95 (ms)',
      'longest frame (ms)',
      'frames > 16.7 ms',
      'frames > 50 ms',
      'long tasks',
      'longest task (ms)',
    ],
    [
      [
        count(Math.round(stat(rounds, (x) => x.scroll.frames).median ?? 0)),
        scroll((x) => x.scroll.p50, frameMs),
        scroll((x) => x.scroll.p95, frameMs),
        scroll((x) => x.scroll.max, frameMs),
        scroll((x) => x.scroll.over16, pct),
        scroll((x) => x.scroll.over50, pct),
        scroll((x) => x.scroll.longTasks, count),
        scroll((x) => x.scroll.longestTask, ms),
      ],
    ],
  );
  const dom = stat(rounds, (x) => x.domElements);
  return `Target: the timeline of ${n} events on screen within ${TIMELINE_TARGET_MS} ms, scrolling smoothly.
Verdict: ${verdict}
Scrolling: ${pct(stat(rounds, (x) => x.scroll.over16).median ?? 0)} of frames dropped (median round), frame p95 ${frameMs(stat(rounds, (x) => x.scroll.p95).median ?? 0)} ms.${preloadNote}

Measured by \`${outcome.command}\` on ${outcome.startedAt.slice(0, 16).replace('T', ' ')} UTC
(code ${outcome.code}; ${outcome.cpu}, ${outcome.cores} cores; load ${outcome.load.start.toFixed(2)} at the start,
${outcome.load.end.toFixed(2)} at the end), Chromium ${r.chromium} headless, window ${r.viewport.width}×${r.viewport.height}.
The content DB is the bundled one with ${count(r.db.generated)} generated events added to its
${count(r.db.bundled)} (${mb(r.db.bytes)} MB; seed ${r.seed}): dates spread evenly over 1900–2025, 78% to the
day, 15% to the month, 7% to the year, a fifth of them ranges; title and summary of a random
bundled event, category, place, actors, tags and sources drawn from the bundled ones, each
with its search document, as the content build writes them. The web build is served on
loopback with that DB; each of ${rounds.length} rounds loads the app afresh on the library screen and
clicks "Timeline". Times come from the page's clock: the click's event handler, the worker
message carrying \`listEventSummaries\`'s request and answer, a MutationObserver for the commit that
puts rows in the DOM, and two \`requestAnimationFrame\` callbacks later for the frame that
shows them. A zoom or filter change counts until the DOM has been quiet for 400 ms, to the
paint after its last change.

${times}

${count(Math.round(dom.median ?? 0))} DOM elements with every row rendered.

Scrolling the whole list with the mouse wheel (${r.scrollStepPx} px a step, a step every 16 ms plus the
time to send it, ${count(r.scrollSteps)} steps over ${count(Math.round(r.scrollDistancePx))} px), every row rendered, frame intervals from
\`requestAnimationFrame\`; each cell is the median over the rounds (the worst round). rAF times are rounded to
0.1 ms, so an interval counts as over 16.7 ms (a frame dropped at 60 Hz) above 25 ms.
Long tasks are main-thread tasks over 50 ms (PerformanceObserver).

${frames}`;
}

/** The section with its heading, between the markers. */
export function timelineSection(outcome: TimelineOutcome): string {
  const events = outcome.result ? count(outcome.result.db.events) : '5,000';
  return `${TIMELINE_START}
## Timeline: ${events} events

${timelineBody(outcome)}
${TIMELINE_END}`;
}

/** The section already in a report, markers included, or null. */
export function keptTimeline(previous: string | null): string | null {
  return keptSection(previous, { start: TIMELINE_START, end: TIMELINE_END });
}

/** A report with this section in place of the one it had, or before `beforeHeading`. */
export function spliceTimeline(document: string, section: string, beforeHeading: string): string {
  return spliceSection(
    document,
    section,
    { start: TIMELINE_START, end: TIMELINE_END },
    beforeHeading,
  );
}
