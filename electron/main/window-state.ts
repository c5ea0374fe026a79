// Remembers the window's size, position and maximized state between runs, in a small JSON
// file in the user-data folder. A missing or damaged file, or a position on a monitor that
// is no longer attached, falls back to something visible instead of failing.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeAtomic } from './atomic-write';

export type Rect = { x: number; y: number; width: number; height: number };

export type WindowState = {
  width: number;
  height: number;
  /** Absent until the window has been placed once; the system then centers it. */
  x?: number;
  y?: number;
  maximized: boolean;
};

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1200, height: 800, maximized: false };
export const MIN_WINDOW_SIZE = { width: 640, height: 480 };

const coordinate = z.number().int().min(-100_000).max(100_000);
const size = z.number().int().min(1).max(100_000);
const schema = z.object({
  width: size,
  height: size,
  x: coordinate.optional(),
  y: coordinate.optional(),
  maximized: z.boolean().default(false),
});

/** Whatever was stored, as a WindowState; anything unexpected gives the defaults. */
export function parseWindowState(value: unknown): WindowState {
  const parsed = schema.safeParse(value);
  if (!parsed.success) return { ...DEFAULT_WINDOW_STATE };
  const { width, height, x, y, maximized } = parsed.data;
  // A position is only meaningful as a pair.
  return x !== undefined && y !== undefined
    ? { width, height, x, y, maximized }
    : { width, height, maximized };
}

export async function loadWindowState(path: string): Promise<WindowState> {
  try {
    return parseWindowState(JSON.parse(await readFile(path, 'utf8')));
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
}

export async function saveWindowState(path: string, state: WindowState): Promise<void> {
  await writeAtomic(path, `${JSON.stringify(state, null, 2)}\n`);
}

/** The state of a window as it would be restored (the size before maximizing). */
export function captureWindowState(window: {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
}): WindowState {
  const { x, y, width, height } = window.getNormalBounds();
  return { x, y, width, height, maximized: window.isMaximized() };
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

const clamp = (value: number, low: number, high: number): number =>
  Math.min(Math.max(value, low), high);

/**
 * Places the window wholly inside the display work area it overlaps most (the first area,
 * the primary display, when it overlaps none) and no larger than that area.
 */
export function fitWindowState(state: WindowState, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0];
  if (primary === undefined) return state;

  let area = primary;
  let position: { x: number; y: number } | null = null;
  if (state.x !== undefined && state.y !== undefined) {
    const rect = { x: state.x, y: state.y, width: state.width, height: state.height };
    let best = 0;
    for (const candidate of workAreas) {
      const shared = overlap(rect, candidate);
      if (shared > best) [best, area] = [shared, candidate];
    }
    // Off every display (a monitor was unplugged): start again centered on the primary one.
    if (best > 0) position = { x: state.x, y: state.y };
  }

  const width = clamp(state.width, Math.min(MIN_WINDOW_SIZE.width, area.width), area.width);
  const height = clamp(state.height, Math.min(MIN_WINDOW_SIZE.height, area.height), area.height);
  const x = position?.x ?? area.x + Math.round((area.width - width) / 2);
  const y = position?.y ?? area.y + Math.round((area.height - height) / 2);
  return {
    width,
    height,
    x: clamp(x, area.x, area.x + area.width - width),
    y: clamp(y, area.y, area.y + area.height - height),
    maximized: state.maximized,
  };
}
