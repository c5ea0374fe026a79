// The dates a search query names ("19 September 2023", "May 1994", "1988"), so that events on
// those dates rank higher.
import { MONTHS, pad } from '../dates';
import { MAX_INPUT } from './tokens';

export interface DateRange {
  from: string;
  to: string;
  precision: 'day' | 'month' | 'year';
}

function monthNumber(word: string): number {
  const w = word.toLowerCase();
  const index = MONTHS.findIndex((name) => {
    const m = name.toLowerCase();
    return m === w || (w.length >= 3 && m.startsWith(w));
  });
  return index + 1;
}

/** The dates a query names, most precise first; years only when not part of a longer date. */
export function datesIn(input: string): DateRange[] {
  const text = input.slice(0, MAX_INPUT);
  const found: DateRange[] = [];
  const used: [number, number][] = [];
  const take = (re: RegExp, make: (m: RegExpExecArray) => DateRange | null) => {
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      if (used.some(([a, b]) => at < b && at + m[0].length > a)) continue;
      const range = make(m as RegExpExecArray);
      if (range) {
        found.push(range);
        used.push([at, at + m[0].length]);
      }
    }
  };
  const month = '([A-Za-z]{3,9})\\.?';
  take(new RegExp(`\\b(\\d{1,2})\\s+${month}\\s+(\\d{4})\\b`, 'g'), (m) => {
    const mo = monthNumber(m[2]!);
    const d = Number(m[1]);
    return mo && d >= 1 && d <= 31 ? day(`${m[3]}-${pad(mo)}-${pad(d)}`) : null;
  });
  take(new RegExp(`\\b${month}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'g'), (m) => {
    const mo = monthNumber(m[1]!);
    const d = Number(m[2]);
    return mo && d >= 1 && d <= 31 ? day(`${m[3]}-${pad(mo)}-${pad(d)}`) : null;
  });
  take(new RegExp(`\\b${month}\\s+(\\d{4})\\b`, 'g'), (m) => {
    const mo = monthNumber(m[1]!);
    return mo
      ? { from: `${m[2]}-${pad(mo)}-01`, to: `${m[2]}-${pad(mo)}-31`, precision: 'month' }
      : null;
  });
  take(/\b(1[0-9]{3}|20[0-9]{2})\b/g, (m) => ({
    from: `${m[1]}-01-01`,
    to: `${m[1]}-12-31`,
    precision: 'year',
  }));
  return found;
}

function day(iso: string): DateRange {
  return { from: iso, to: iso, precision: 'day' };
}
