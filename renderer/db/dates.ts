// Dates with their precision: "1988", "February 1988", "27–29 February 1988".
import type { DatePrecision } from './types';

/** English month names, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const PATTERNS: Record<DatePrecision, RegExp> = {
  year: /^(\d{4})$/,
  month: /^(\d{4})-(\d{2})$/,
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
};

/** Two digits, as months, days, hours and minutes are written in dates and file names. */
export function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Whether `value` is a real calendar date written as the precision requires. */
export function isValidDate(value: string, precision: DatePrecision): boolean {
  const match = PATTERNS[precision].exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : 1;
  const day = match[3] ? Number(match[3]) : 1;
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** The precision a date string is written in, or null if it is none of them. */
export function precisionOf(value: string): DatePrecision | null {
  for (const precision of ['day', 'month', 'year'] as const) {
    if (isValidDate(value, precision)) return precision;
  }
  return null;
}

function parts(value: string) {
  const [year, month, day] = value.split('-');
  return {
    year: year ?? '',
    month: month ? MONTHS[Number(month) - 1] : undefined,
    day: day ? String(Number(day)) : undefined,
  };
}

function single(value: string): string {
  const p = parts(value);
  return [p.day, p.month, p.year].filter(Boolean).join(' ');
}

/** A date or range as a reader expects to see it, no more precise than the record. */
export function formatDateRange(start: string, end: string | null): string {
  if (!end || end === start) return single(start);
  const a = parts(start);
  const b = parts(end);
  if (a.year === b.year && a.month && a.month === b.month && a.day && b.day) {
    return `${a.day}–${b.day} ${a.month} ${a.year}`;
  }
  if (a.year === b.year && a.month && b.month) {
    return `${[a.day, a.month].filter(Boolean).join(' ')} – ${single(end)}`;
  }
  return `${single(start)} – ${single(end)}`;
}

/** Whole days counted from 1970-01-01 UTC, for sliders and time axes. */
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a date written YYYY, YYYY-MM or YYYY-MM-DD. */
export function dayNumber(date: string): number {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
