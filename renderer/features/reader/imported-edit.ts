// The "Edit details" form's fields, and which field a refusal from the library is about, so
// the message can be shown next to it.
import type { ImportedSummary } from '../../db/types';

export type DetailField = 'title' | 'author' | 'published' | 'sourceUrl';

export type DetailValues = Record<DetailField, string>;

export function detailValues(summary: ImportedSummary): DetailValues {
  return {
    title: summary.title,
    author: summary.author ?? '',
    published: summary.published ?? '',
    sourceUrl: summary.sourceUrl ?? '',
  };
}

/** The field a message from updateImported names, or null when it names none. */
export function fieldOfError(message: string): DetailField | null {
  if (/\btitle\b/i.test(message)) return 'title';
  if (/\bnot a date\b|\bYYYY\b/.test(message)) return 'published';
  if (/\bsource\b|web address/i.test(message)) return 'sourceUrl';
  if (/\bauthor\b/i.test(message)) return 'author';
  return null;
}
