// The current timeline view as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a
// comma, quote or line break quoted and their quotes doubled).
import type { EventSummary } from '../../db/types';

export type CsvEvent = Pick<
  EventSummary,
  | 'id'
  | 'dateStart'
  | 'dateEnd'
  | 'datePrecision'
  | 'displayDate'
  | 'title'
  | 'category'
  | 'place'
  | 'actors'
  | 'sourceCount'
>;

export const CSV_COLUMNS = [
  'id',
  'date_start',
  'date_end',
  'precision',
  'display_date',
  'title',
  'category',
  'place',
  'actors',
  'sources',
] as const;

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function timelineCsv(events: readonly CsvEvent[]): string {
  const rows = events.map((event) =>
    [
      event.id,
      event.dateStart,
      event.dateEnd ?? '',
      event.datePrecision,
      event.displayDate,
      event.title,
      event.category,
      event.place?.names.en ?? '',
      event.actors.join('; '),
      String(event.sourceCount),
    ]
      .map(csvField)
      .join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
