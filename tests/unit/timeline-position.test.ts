// The small timelines on event, place and article pages, and the selection the timeline, the
// map and the event page share.
import { describe, expect, it, vi } from 'vitest';
import {
  clearTimeSelection,
  firstDayOf,
  getTimeSelection,
  setTimeSelection,
  subscribeToTimeSelection,
} from '../../renderer/services/selection';
import { dayNumber } from '../../renderer/db/dates';
import { latestUpTo } from '../../renderer/features/map/map-data';
import {
  fractionOf,
  positionOf,
  stackRows,
  yearSpan,
  yearTicks,
} from '../../renderer/components/timeline/position';

const events = [
  { id: 'a', dateStart: '1918-05-28' },
  { id: 'b', dateStart: '1992' },
  { id: 'c', dateStart: '1992-05' },
  { id: 'd', dateStart: '2020-11-08' },
  { id: 'e', dateStart: '2020-11-10' },
];

describe('an event on the timeline', () => {
  it('gives its place in time order, its era and the events either side', () => {
    expect(positionOf(events, 'd')).toEqual({
      index: 4,
      total: 5,
      previous: events[2],
      next: events[4],
      era: '2020',
    });
    expect(positionOf(events, 'a')).toMatchObject({ index: 1, previous: null, era: '1918–1922' });
    expect(positionOf(events, 'e')).toMatchObject({ index: 5, next: null });
    expect(positionOf(events, 'missing')).toBeNull();
  });
});

describe('positions along a strip', () => {
  const span = yearSpan(['1988-02-20', '1994-05-12'])!;

  it('covers whole years, from the first of January to the last of December', () => {
    expect(span.first).toBe(dayNumber('1988-01-01'));
    expect(span.last).toBe(dayNumber('1994-12-31'));
    expect(yearSpan([])).toBeNull();
  });

  it('puts dates in order from 0 to 1, a month or year at its middle', () => {
    expect(fractionOf('1988-01-01', span)).toBe(0);
    expect(fractionOf('1994-12-31', span)).toBe(1);
    const may1992 = fractionOf('1992-05', span);
    expect(may1992).toBeGreaterThan(fractionOf('1992-05-01', span));
    expect(may1992).toBeLessThan(fractionOf('1992-05-31', span));
    const year1991 = fractionOf('1991', span);
    expect(Math.abs(year1991 - fractionOf('1991-07-02', span))).toBeLessThan(0.001);
    // Dates outside the span stay on the strip.
    expect(fractionOf('1900-01-01', span)).toBe(0);
    expect(fractionOf('2100-01-01', span)).toBe(1);
  });

  it('lifts dots that would overlap onto rows, reusing a row once there is room', () => {
    expect(stackRows([0, 0.01, 0.02, 0.5, 0.51, 0.9], 0.025)).toEqual([0, 1, 2, 0, 1, 0]);
    expect(stackRows([], 0.025)).toEqual([]);
  });

  it('marks round years, about five of them', () => {
    expect(yearTicks(span)).toEqual([1988, 1990, 1992, 1994]);
    const century = yearTicks(yearSpan(['1918-05-28', '2025-01-01'])!);
    expect(century).toEqual([1950, 2000]);
  });
});

describe('the shared selection', () => {
  it('tells its listeners when it changes, and only then', () => {
    clearTimeSelection();
    const listener = vi.fn();
    const stop = subscribeToTimeSelection(listener);
    expect(getTimeSelection()).toBeNull();
    setTimeSelection({ eventId: 'event:x', day: '2020-11-08' });
    expect(getTimeSelection()).toEqual({ eventId: 'event:x', day: '2020-11-08' });
    expect(listener).toHaveBeenCalledTimes(1);
    setTimeSelection({ eventId: 'event:x', day: '2020-11-08' });
    expect(listener).toHaveBeenCalledTimes(1);
    setTimeSelection({ eventId: null, day: '1994-05-12' });
    expect(listener).toHaveBeenCalledTimes(2);
    stop();
    clearTimeSelection();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('reads a year or month as its first day', () => {
    expect(firstDayOf('1992')).toBe('1992-01-01');
    expect(firstDayOf('1992-05')).toBe('1992-05-01');
    expect(firstDayOf('1992-05-08')).toBe('1992-05-08');
  });

  it('picks the latest event up to a day for the map’s slider, mapped or not', () => {
    expect(latestUpTo(events as never, dayNumber('2020-11-09'))?.id).toBe('d');
    expect(latestUpTo(events as never, dayNumber('1992-06-01'))?.id).toBe('c');
    expect(latestUpTo(events as never, dayNumber('1900-01-01'))).toBeUndefined();
  });
});
