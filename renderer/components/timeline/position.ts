// Where events sit in time, for the small timelines on event and article pages: an event's
// place among all events, and positions along a strip with close dots lifted onto rows.
import { dayNumber, pad } from '../../db/dates';
import { eraOf } from './eras';

export interface EventPosition<T> {
  /** 1-based place in time order. */
  index: number;
  total: number;
  previous: T | null;
  next: T | null;
  era: string | null;
}

/** An event's place among events already in time order, or null when it is not among them. */
export function positionOf<T extends { id: string; dateStart: string }>(
  events: readonly T[],
  id: string,
): EventPosition<T> | null {
  const at = events.findIndex((e) => e.id === id);
  if (at < 0) return null;
  return {
    index: at + 1,
    total: events.length,
    previous: events[at - 1] ?? null,
    next: events[at + 1] ?? null,
    era: eraOf(events[at]!.dateStart)?.id ?? null,
  };
}

export interface Span {
  first: number;
  last: number;
}

/** The whole years the dates cover, as day numbers: the first of January to the last of December. */
export function yearSpan(dates: readonly string[]): Span | null {
  if (dates.length === 0) return null;
  const years = dates.map((d) => Number(d.slice(0, 4)));
  const low = Math.min(...years);
  const high = Math.max(...years);
  return { first: dayNumber(`${low}-01-01`), last: dayNumber(`${high + 1}-01-01`) - 1 };
}

/** 0 at the span's first day, 1 at its last; a month or year date sits at its middle. */
export function fractionOf(date: string, span: Span): number {
  const start = dayNumber(date);
  const end =
    date.length === 4
      ? dayNumber(`${Number(date) + 1}-01-01`) - 1
      : date.length === 7
        ? dayNumber(nextMonth(date)) - 1
        : start;
  const mid = (start + end) / 2;
  const width = Math.max(1, span.last - span.first);
  return Math.min(1, Math.max(0, (mid - span.first) / width));
}

function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${year + 1}-01-01` : `${year}-${pad(m + 1)}-01`;
}

/**
 * Rows for dots along a strip (positions 0..1, in order) so that dots closer than `gap` do not
 * overlap: each dot takes the lowest row whose last dot is far enough away.
 */
export function stackRows(positions: readonly number[], gap: number): number[] {
  const lastOnRow: number[] = [];
  return positions.map((x) => {
    let row = lastOnRow.findIndex((last) => x - last >= gap);
    if (row < 0) row = lastOnRow.length;
    lastOnRow[row] = x;
    return row;
  });
}

/** Years to mark along a span: about `count` round years (every 1, 2, 5, 10, 20, 50 or 100). */
export function yearTicks(span: Span, count = 5): number[] {
  const from = Number(new Date(span.first * 86_400_000).toISOString().slice(0, 4));
  const to = Number(new Date(span.last * 86_400_000).toISOString().slice(0, 4)) + 1;
  const step = [1, 2, 5, 10, 20, 50, 100].find((s) => (to - from) / s <= count) ?? 100;
  const ticks: number[] = [];
  for (let year = Math.ceil(from / step) * step; year <= to; year += step) ticks.push(year);
  return ticks;
}
