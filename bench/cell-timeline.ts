// The timeline with thousands of events, in Chromium: the web build served on loopback with
// a generated content DB of N events, opened fresh each round. Times come from the page's own
// clock (see timeline-probe.ts), so they mean "pixels on screen" rather than "Playwright saw it".
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build } from 'vite';
import { Library } from '../renderer/db/library';
import { REPO_ROOT } from '../scripts/paths';
import { createStaticServer, listen } from '../scripts/web/serve';
import { childArgs, log, median, now, percentile } from './measure';
import { loadSqlJs } from './sqljs';
import { buildTimelineDb, type TimelineDbInfo } from './timeline-db';
import { PROBE, type FrameLog, type RowTimes, type SettleTimes } from './timeline-probe';

export interface TimelineCellArgs {
  bundledDb: string;
  events: number;
  seed: number;
  rounds: number;
  workDir: string;
  outFile: string;
}

export interface FrameStats {
  frames: number;
  p50: number;
  p95: number;
  max: number;
  /** Share of frame intervals longer than 16.7 ms (at least one frame dropped at 60 Hz) and 50 ms. */
  over16: number;
  over50: number;
  longTasks: number;
  longestTask: number;
}

export interface TimelineRound {
  /** Click on "Timeline" to the first rows painted: what a person waits for. */
  firstPaintMs: number;
  /** Click to the listEventSummaries request leaving for the worker (route change, loading screen). */
  toRequestMs: number | null;
  /** listEventSummaries in the worker, with the answer's structured clone. */
  listEventsMs: number | null;
  /** Answer to the first rows committed to the DOM (React render and commit). */
  renderMs: number | null;
  /** Commit to paint (style, layout, paint). */
  paintMs: number;
  firstRows: number;
  /** Click to every row painted (the background passes done). */
  allRowsMs: number;
  domElements: number;
  zoomMs: number;
  filterMs: number;
  filterRows: number;
  clearMs: number;
  scroll: FrameStats;
}

export interface TimelineResult {
  db: TimelineDbInfo;
  makeMs: number;
  seed: number;
  chromium: string;
  viewport: { width: number; height: number };
  /** listEventSummaries on the same DB in Node (sql.js, no worker, no page): median of 5. */
  nodeListEventsMs: number;
  category: string;
  scrollStepPx: number;
  scrollSteps: number;
  scrollDistancePx: number;
  rounds: TimelineRound[];
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const VIEWPORT = { width: 1200, height: 800 };
const STEP_PX = 400;
const MAX_STEPS = 1_000;
const QUIET_MS = 400;
/** The filter measured: the most common category of the bundled events. */
const CATEGORY = 'political';

function frameStats(log: FrameLog): FrameStats {
  const intervals = log.frames.slice(1).map((t, i) => t - log.frames[i]!);
  const share = (limit: number) =>
    intervals.length ? intervals.filter((d) => d > limit).length / intervals.length : 0;
  return {
    frames: intervals.length,
    p50: percentile(intervals, 50),
    p95: percentile(intervals, 95),
    max: Math.max(...intervals),
    // rAF times are rounded to 0.1 ms, so a 60 Hz frame reads 16.6–16.8 ms; an interval
    // counts as a dropped frame above one and a half frames.
    over16: share(1.5 * (1000 / 60)),
    over50: share(50),
    longTasks: log.longTasks.length,
    longestTask: log.longTasks.length ? Math.max(...log.longTasks) : 0,
  };
}

const probe = <T>(page: Page, expression: string) =>
  page.evaluate(`window.__timelineBench.${expression}`) as Promise<T>;

/** Waits for the screen to stop changing after an input, and times it to the last paint. */
async function timeChange(page: Page, act: () => Promise<void>): Promise<SettleTimes> {
  await probe(
    page,
    `arm(), window.__timelineBench.pending = [window.__timelineBench.settle(${QUIET_MS})], 0`,
  );
  await act();
  const times = await probe<SettleTimes>(page, 'pending[0]');
  if (times.inputAt === null || times.paintAt === null) throw new Error('The change was not seen.');
  return times;
}

interface RoundOutcome {
  round: TimelineRound;
  scrollSteps: number;
  scrollDistancePx: number;
}

async function measureRound(page: Page, base: string, events: number): Promise<RoundOutcome> {
  await page.goto(`${base}#/`);
  await page.locator('.library-count').waitFor();
  // Let the library screen finish its first layout before the timeline is asked for.
  await page.waitForTimeout(500);

  // The promise is kept in an array: evaluate() would wait for a promise it is handed.
  await probe(
    page,
    `arm(), window.__timelineBench.pending = [window.__timelineBench.rows(${events})], 0`,
  );
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Timeline' })
    .click();
  const rows = await probe<RowTimes>(page, 'pending[0]');
  const domElements = await page.evaluate('document.getElementsByTagName("*").length');
  await page.waitForTimeout(300);

  // Scrolling the whole list with the wheel, every row rendered.
  const content = page.locator('#content');
  const box = (await content.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  // Off-screen periods are laid out at an estimated height until scrolled near, so the end
  // of the list is found by scrolling to it rather than computed up front.
  const atBottom = () =>
    content.evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 2);
  await probe(page, 'startFrames()');
  let steps = 0;
  while (steps < MAX_STEPS && (steps % 10 !== 0 || !(await atBottom()))) {
    await page.mouse.wheel(0, STEP_PX);
    await page.waitForTimeout(16);
    steps++;
  }
  await page.waitForTimeout(300);
  const distance = await content.evaluate((el) => el.scrollTop);
  const scroll = frameStats(await probe<FrameLog>(page, 'stopFrames()'));
  await content.evaluate((el) => el.scrollTo(0, 0));
  await page.waitForTimeout(300);

  const zoom = await timeChange(page, () => page.getByRole('radio', { name: 'Year' }).check());
  const filter = await timeChange(page, () =>
    page
      .getByLabel('Category')
      .selectOption(CATEGORY)
      .then(() => undefined),
  );
  const clear = await timeChange(page, () =>
    page.getByRole('button', { name: 'Clear filters' }).click(),
  );

  const { inputAt, requestedAt, answeredAt } = rows;
  const round: TimelineRound = {
    firstPaintMs: rows.firstPaintAt - inputAt,
    toRequestMs: requestedAt === null ? null : requestedAt - inputAt,
    listEventsMs: requestedAt === null || answeredAt === null ? null : answeredAt - requestedAt,
    renderMs: answeredAt === null ? null : rows.firstCommitAt - answeredAt,
    paintMs: rows.firstPaintAt - rows.firstCommitAt,
    firstRows: rows.firstRows,
    allRowsMs: rows.allPaintAt - inputAt,
    domElements: Number(domElements),
    zoomMs: zoom.paintAt - zoom.inputAt,
    filterMs: filter.paintAt - filter.inputAt,
    filterRows: filter.rows,
    clearMs: clear.paintAt - clear.inputAt,
    scroll,
  };
  return { round, scrollSteps: steps, scrollDistancePx: distance };
}

async function main(): Promise<void> {
  const args = childArgs<TimelineCellArgs>();
  const SQL = await loadSqlJs();
  const t0 = now();
  const { bytes, info } = buildTimelineDb(
    SQL,
    new Uint8Array(readFileSync(args.bundledDb)),
    args.events,
    args.seed,
  );
  const makeMs = now() - t0;
  log(`timeline: content DB with ${info.events} events (${(info.bytes / 1e6).toFixed(1)} MB)`);

  const library = Library.open(SQL, { content: bytes, contentPath: 'timeline.db', user: null });
  const nodeTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = now();
    const listed = library.listEventSummaries();
    nodeTimes.push(now() - t);
    if (listed.length !== args.events)
      throw new Error(`listEventSummaries gave ${listed.length} events, ${args.events} expected.`);
  }
  library.close();

  const webDir = join(args.workDir, 'web');
  log('timeline: building the web app');
  await build({
    configFile: resolve(REPO_ROOT, 'vite.web.config.ts'),
    logLevel: 'warn',
    build: { outDir: webDir },
  });
  writeFileSync(join(webDir, 'reader.db'), bytes);
  const server = createStaticServer(webDir);
  const base = await listen(server, 0);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    page.setDefaultTimeout(60_000);
    await page.addInitScript({ content: PROBE });
    const rounds: TimelineRound[] = [];
    let scrollSteps = 0;
    let scrollDistancePx = 0;
    for (let i = 0; i < args.rounds; i++) {
      const outcome = await measureRound(page, base, args.events);
      const r = outcome.round;
      ({ scrollSteps, scrollDistancePx } = outcome);
      rounds.push(r);
      log(
        `timeline: round ${i + 1}/${args.rounds}: first rows ${r.firstPaintMs.toFixed(0)} ms, all ${r.allRowsMs.toFixed(0)} ms, scroll p95 ${r.scroll.p95.toFixed(1)} ms`,
      );
    }
    const result: TimelineResult = {
      db: info,
      makeMs,
      seed: args.seed,
      chromium: browser.version(),
      viewport: VIEWPORT,
      nodeListEventsMs: median(nodeTimes),
      category: CATEGORY,
      scrollStepPx: STEP_PX,
      scrollSteps,
      scrollDistancePx,
      rounds,
    };
    writeFileSync(args.outFile, JSON.stringify(result));
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
