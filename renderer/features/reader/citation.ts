// Plain-text references for the "Copy citation" buttons: what a reader pastes into an essay
// or a report, so it reads as prose and carries no markup.
import { formatDateRange, precisionOf } from '../../db/dates';
import type { Source } from '../../db/types';

/**
 * A source date as people write it: "5 May 1994", "December 1994", "2013". The library keeps
 * dates as ISO prefixes; anything else is shown as it is rather than guessed at.
 */
export function formatSourceDate(date: string): string {
  const text = date.trim();
  return precisionOf(text) ? formatDateRange(text, null) : text;
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
