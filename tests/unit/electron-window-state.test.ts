import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  captureWindowState,
  DEFAULT_WINDOW_STATE,
  fitWindowState,
  loadWindowState,
  parseWindowState,
  saveWindowState,
} from '../../electron/main/window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const monitorOnRight = { x: 1440, y: -200, width: 2560, height: 1400 };

describe('parseWindowState', () => {
  it('keeps a well-formed state', () => {
    const state = { x: 10, y: 20, width: 1000, height: 700, maximized: true };
    expect(parseWindowState(state)).toEqual(state);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'big'],
    ['a negative width', { width: -5, height: 700 }],
    ['a fractional height', { width: 900, height: 700.5 }],
    ['an absurd size', { width: 1e9, height: 700 }],
    ['text where numbers belong', { width: '900', height: '700' }],
  ])('falls back to the defaults for %s', (_what, value) => {
    expect(parseWindowState(value)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('drops half a position, so the system centers the window', () => {
    expect(parseWindowState({ width: 900, height: 700, x: 40 })).toEqual({
      width: 900,
      height: 700,
      maximized: false,
    });
  });
});

describe('loadWindowState and saveWindowState', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kr-window-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('remembers the window between runs', async () => {
    const path = join(dir, 'window-state.json');
    const state = { x: 100, y: 80, width: 1100, height: 760, maximized: false };
    await saveWindowState(path, state);
    expect(await loadWindowState(path)).toEqual(state);
  });

  it('starts with the defaults on the first run', async () => {
    expect(await loadWindowState(join(dir, 'window-state.json'))).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('starts with the defaults when the file is damaged', async () => {
    const path = join(dir, 'window-state.json');
    await writeFile(path, '{"width": 900, "hei');
    expect(await loadWindowState(path)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('writes readable JSON', async () => {
    const path = join(dir, 'window-state.json');
    await saveWindowState(path, DEFAULT_WINDOW_STATE);
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(DEFAULT_WINDOW_STATE);
  });
});

describe('fitWindowState', () => {
  it('leaves a window that fits where it was', () => {
    const state = { x: 100, y: 50, width: 1000, height: 700, maximized: false };
    expect(fitWindowState(state, [laptop])).toEqual(state);
  });

  it('keeps a window on the second monitor when that monitor is still there', () => {
    const state = { x: 2000, y: 0, width: 1200, height: 800, maximized: true };
    expect(fitWindowState(state, [laptop, monitorOnRight])).toEqual(state);
  });

  it('brings a window back from a monitor that is no longer attached, centered', () => {
    const state = { x: 2000, y: 0, width: 1200, height: 800, maximized: false };
    expect(fitWindowState(state, [laptop])).toEqual({
      x: 120,
      y: 38,
      width: 1200,
      height: 800,
      maximized: false,
    });
  });

  it('pulls a window that hangs off the edge fully onto the display', () => {
    const state = { x: 1000, y: 600, width: 1000, height: 700, maximized: false };
    expect(fitWindowState(state, [laptop])).toMatchObject({ x: 440, y: 175 });
  });

  it('shrinks a window larger than the display it is on', () => {
    const state = { x: 0, y: 0, width: 2400, height: 1600, maximized: false };
    expect(fitWindowState(state, [laptop])).toMatchObject({ x: 0, y: 0, width: 1440, height: 875 });
  });

  it('places a first-run window in the middle of the primary display', () => {
    expect(fitWindowState(DEFAULT_WINDOW_STATE, [laptop, monitorOnRight])).toEqual({
      x: 120,
      y: 38,
      width: 1200,
      height: 800,
      maximized: false,
    });
  });

  it('keeps the window within a work area that does not start at 0,0 (a top menu bar)', () => {
    const belowMenuBar = { x: 0, y: 25, width: 1440, height: 850 };
    const state = { x: 10, y: 0, width: 900, height: 600, maximized: false };
    expect(fitWindowState(state, [belowMenuBar])).toMatchObject({ x: 10, y: 25 });
  });

  it('changes nothing when no display is known', () => {
    const state = { x: 5000, y: 5000, width: 900, height: 600, maximized: false };
    expect(fitWindowState(state, [])).toEqual(state);
  });
});

describe('captureWindowState', () => {
  it('records the normal size of a maximized window, so un-maximizing restores it', () => {
    const window = {
      getNormalBounds: () => ({ x: 30, y: 40, width: 1000, height: 720 }),
      isMaximized: () => true,
    };
    expect(captureWindowState(window)).toEqual({
      x: 30,
      y: 40,
      width: 1000,
      height: 720,
      maximized: true,
    });
  });
});
