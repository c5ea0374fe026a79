// Plain-text references for the "Copy citation" buttons: what a reader pastes into an essay
// or a report, so it reads as prose and carries no markup.
import type { Source } from '../../db/types';

const MONTHS = [
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

/**
 * A source date as people write it: "5 May 1994", "December 1994", "2013". The library keeps
 * dates as ISO prefixes; anything else is shown as it is rather than guessed at.
 */
export function formatSourceDate(date: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.trim());
  if (!match) return date.trim();
  const [, year, month, day] = match;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (month && !monthName) return date.trim();
  if (!monthName) return year!;
  if (!day) return `${monthName} ${year}`;
  const dayNumber = Number(day);
  if (dayNumber < 1 || dayNumber > 31) return date.trim();
  return `${dayNumber} ${monthName} ${year}`;
}

/** Publisher, “Title”, date. URL — the date and URL only when the library has them. */
export function formatCitation(source: Pick<Source, 'publisher' | 'title' | 'date' | 'url'>) {
  const publisher = source.publisher.trim();
  const title = source.title.trim();
  const date = source.date?.trim() ? formatSourceDate(source.date) : '';
  const reference = `${publisher}, “${title}”${date ? `, ${date}` : ''}.`;
  const url = source.url?.trim();
  return url ? `${reference} ${url}` : reference;
}
