// "Jump to date": what it accepts, what it refuses and which event it lands on.
import { describe, expect, it } from 'vitest';
import { firstOnOrAfter, parseJumpDate } from '../../renderer/features/timeline/jumpDate';

describe('jump to date', () => {
  it('accepts a year, a month or a day', () => {
    expect(parseJumpDate('1992')).toEqual({ ok: true, date: '1992' });
    expect(parseJumpDate(' 1992-05 ')).toEqual({ ok: true, date: '1992-05' });
    expect(parseJumpDate('2020-02-29')).toEqual({ ok: true, date: '2020-02-29' });
  });

  it('explains what is wrong with a date it cannot read', () => {
    const fail = (text: string) => {
      const parsed = parseJumpDate(text);
      return parsed.ok ? '' : parsed.message;
    };
    expect(fail('May 1992')).toMatch(/YYYY, YYYY-MM or YYYY-MM-DD/);
    expect(fail('')).toMatch(/YYYY/);
    expect(fail('1992-13')).toMatch(/no month 13/);
    expect(fail('2021-02-29')).toMatch(/that month has 28 days/);
  });

  it('finds the first event on or after the date, whatever its precision', () => {
    const events = ['1991-12-10', '1992', '1992-05-08', '1992-05-17', '1994-05-12'].map(
      (dateStart) => ({ dateStart }),
    );
    expect(firstOnOrAfter(events, '1992')).toBe(1);
    expect(firstOnOrAfter(events, '1992-05')).toBe(2);
    expect(firstOnOrAfter(events, '1992-05-09')).toBe(3);
    expect(firstOnOrAfter(events, '1900')).toBe(0);
    expect(firstOnOrAfter(events, '2000')).toBe(-1);
  });
});
