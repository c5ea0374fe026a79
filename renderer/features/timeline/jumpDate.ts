// "Jump to date": reads YYYY, YYYY-MM or YYYY-MM-DD and finds the first event on or after it.

export type JumpDate = { ok: true; date: string } | { ok: false; message: string };

const FORMAT = 'Enter a date as YYYY, YYYY-MM or YYYY-MM-DD, for example 1992-05.';

export function parseJumpDate(input: string): JumpDate {
  const text = input.trim();
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return { ok: false, message: FORMAT };
  const [, year, month, day] = match;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12))
    return { ok: false, message: `There is no month ${month}. ${FORMAT}` };
  if (day !== undefined) {
    // Day 0 of the next month is the last day of this one.
    const days = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    if (Number(day) < 1 || Number(day) > days)
      return { ok: false, message: `${text} is not a date: that month has ${days} days.` };
  }
  return { ok: true, date: text };
}

/**
 * Index of the first event whose start is on or after the date, or -1. Events are in time order,
 * and ISO prefixes compare as strings: '1992-05-17' >= '1992-05' and '1992' >= '1992'.
 */
export function firstOnOrAfter(events: readonly { dateStart: string }[], date: string): number {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((events[mid]?.dateStart ?? '') < date) low = mid + 1;
    else high = mid;
  }
  return low < events.length ? low : -1;
}
