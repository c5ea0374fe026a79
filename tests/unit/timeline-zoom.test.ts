// The timeline's zoom: which period an event is filed under, and the histogram's bars.
import { describe, expect, it } from 'vitest';
import {
  bucketKey,
  bucketLabel,
  bucketRuns,
  histogram,
} from '../../renderer/components/timeline/zoom';

describe('timeline zoom', () => {
  it('files a date under its century, decade, year or month', () => {
    expect(bucketKey('1992-05-17', 'century')).toBe('1900');
    expect(bucketKey('1992-05-17', 'decade')).toBe('1990');
    expect(bucketKey('1992-05-17', 'year')).toBe('1992');
    expect(bucketKey('1992-05-17', 'month')).toBe('1992-05');
    // Known only to the year: filed under the year at month zoom.
    expect(bucketKey('1992', 'month')).toBe('1992');
  });

  it('labels periods as a reader says them', () => {
    expect(bucketLabel('1900', 'century')).toBe('1900s');
    expect(bucketLabel('1990', 'decade')).toBe('1990s');
    expect(bucketLabel('1992', 'year')).toBe('1992');
    expect(bucketLabel('1992-05', 'month')).toBe('May 1992');
  });

  it('counts events per year, keeping empty years between the first and last', () => {
    const events = ['1988-02-20', '1988-11', '1990', '1990-01-13'].map((dateStart) => ({
      dateStart,
    }));
    expect(histogram(events, 'year')).toEqual([
      { key: '1988', label: '1988', count: 2 },
      { key: '1989', label: '1989', count: 0 },
      { key: '1990', label: '1990', count: 2 },
    ]);
    expect(histogram(events, 'decade')).toEqual([
      { key: '1980', label: '1980s', count: 2 },
      { key: '1990', label: '1990s', count: 2 },
    ]);
    expect(histogram([], 'year')).toEqual([]);
  });

  it('shows only months that have events at month zoom', () => {
    const events = [
      { dateStart: '1992-05-08' },
      { dateStart: '1992-05-18' },
      { dateStart: '1994-05-12' },
    ];
    expect(histogram(events, 'month').map((b) => `${b.label}: ${b.count}`)).toEqual([
      'May 1992: 2',
      'May 1994: 1',
    ]);
  });

  it('splits the list into runs under period headings', () => {
    const events = [
      { dateStart: '1991-09-02' },
      { dateStart: '1991-12-10' },
      { dateStart: '1992-01' },
    ];
    expect(bucketRuns(events, 'year').map((r) => [r.label, r.events.length])).toEqual([
      ['1991', 2],
      ['1992', 1],
    ]);
  });

  it('buckets 5,000 events, every event counted once', () => {
    const events = Array.from({ length: 5000 }, (_, i) => {
      const day = new Date(Date.UTC(1918, 0, 1) + i * 7.7 * 86_400_000);
      return { dateStart: day.toISOString().slice(0, 10) };
    });
    const months = histogram(events, 'month');
    const years = histogram(events, 'year');
    const runs = bucketRuns(events, 'month');
    expect(months.reduce((sum, b) => sum + b.count, 0)).toBe(5000);
    expect(years.reduce((sum, b) => sum + b.count, 0)).toBe(5000);
    expect(runs.reduce((sum, r) => sum + r.events.length, 0)).toBe(5000);
    expect(years[0]?.key).toBe('1918');
  });
});
