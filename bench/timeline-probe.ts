// The script the timeline benchmark puts in the page before the app's own: in-page clocks
// (performance.now()) for the moments a person would notice. It is a string so that it runs
// as written, untouched by the TypeScript loader.
//
// - The worker's listEventSummaries call: when the request is posted and when the answer arrives
//   (Comlink messages carry the method's path and an id the answer repeats).
// - The input that starts a change: the first click, input or change event after arm().
// - Rows: a MutationObserver notes when a commit puts the first li.timeline-event, and then
//   a given number of them, in the DOM; two requestAnimationFrame callbacks later the frame
//   holding them has been painted.
// - Settling: after an input, the paint after the last DOM change, once nothing has changed
//   for a while.
// - Frames: requestAnimationFrame timestamps while the list scrolls.

export interface RowTimes {
  inputAt: number;
  requestedAt: number | null;
  answeredAt: number | null;
  firstCommitAt: number;
  firstPaintAt: number;
  firstRows: number;
  allCommitAt: number;
  allPaintAt: number;
}

export interface SettleTimes {
  inputAt: number;
  lastChangeAt: number;
  paintAt: number;
  rows: number;
}

export interface FrameLog {
  frames: number[];
  longTasks: number[];
}

export const PROBE = `(() => {
  const bench = { sent: new Map(), answered: [], inputAt: null, frames: null, longTasks: [] };
  window.__timelineBench = bench;
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      const pending = new Set();
      const post = this.postMessage.bind(this);
      this.postMessage = (data, ...rest) => {
        if (data && Array.isArray(data.path) && data.path[0] === 'listEventSummaries') {
          pending.add(data.id);
          bench.sent.set(data.id, performance.now());
        }
        return post(data, ...rest);
      };
      this.addEventListener('message', (event) => {
        const id = event.data && event.data.id;
        if (pending.has(id)) {
          pending.delete(id);
          bench.answered.push({ sentAt: bench.sent.get(id), at: performance.now() });
        }
      });
    }
  };
  for (const type of ['click', 'input', 'change']) {
    window.addEventListener(type, () => {
      if (bench.inputAt === null) bench.inputAt = performance.now();
    }, true);
  }
  const afterPaint = () => new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))));
  const rows = () => document.getElementsByClassName('timeline-event').length;
  bench.arm = () => { bench.inputAt = null; bench.answered = []; };
  bench.rows = (expected) => new Promise((resolve) => {
    const out = { firstCommitAt: null, firstPaintAt: null, allCommitAt: null, allPaintAt: null };
    let first = null;
    let all = null;
    const check = () => {
      const n = rows();
      if (!first && n > 0) {
        out.firstCommitAt = performance.now();
        out.firstRows = n;
        first = afterPaint().then((t) => { out.firstPaintAt = t; });
      }
      if (!all && n >= expected) {
        out.allCommitAt = performance.now();
        all = afterPaint().then((t) => { out.allPaintAt = t; });
        observer.disconnect();
        Promise.all([first, all]).then(() => {
          const answer = bench.answered[0];
          resolve({
            ...out,
            inputAt: bench.inputAt,
            requestedAt: answer ? answer.sentAt : null,
            answeredAt: answer ? answer.at : null,
          });
        });
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true });
    check();
  });
  bench.settle = (quietMs) => new Promise((resolve) => {
    let lastChangeAt = null;
    let paintAt = null;
    let timer = null;
    const done = () => {
      observer.disconnect();
      resolve({ inputAt: bench.inputAt, lastChangeAt, paintAt, rows: rows() });
    };
    const observer = new MutationObserver(() => {
      const at = performance.now();
      lastChangeAt = at;
      clearTimeout(timer);
      afterPaint().then((t) => {
        if (lastChangeAt === at) {
          paintAt = t;
          timer = setTimeout(done, quietMs);
        }
      });
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
    setTimeout(() => { if (lastChangeAt === null) done(); }, 10000);
  });
  bench.startFrames = () => {
    bench.frames = [];
    bench.longTasks = [];
    const tick = (t) => {
      if (!bench.frames) return;
      bench.frames.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    try {
      bench.longTaskObserver = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) bench.longTasks.push(e.duration);
      });
      bench.longTaskObserver.observe({ type: 'longtask' });
    } catch {}
  };
  bench.stopFrames = () => {
    const frames = bench.frames || [];
    bench.frames = null;
    if (bench.longTaskObserver) bench.longTaskObserver.disconnect();
    return { frames, longTasks: bench.longTasks };
  };
})();`;
