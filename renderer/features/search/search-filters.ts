// The search screen's filters, free of React: checking typed dates, turning the link's filters
// into the library's search options, and the names of the kinds of result.
import { isValidDate } from '../../db/dates';
import type { SearchKind, SearchOptions } from '../../db/types';
import type { SearchRoute } from '../../services/router';

/** Most hits fetched of each kind; the "All" view shows the first few of each. */
export const HITS_PER_KIND = 100;
export const HITS_PER_GROUP = 5;

export const KIND_LABELS: Record<SearchKind, string> = {
  article: 'Articles',
  event: 'Events',
  note: 'Your notes',
  highlight: 'Your highlights',
  imported: 'Imported articles',
};

/** One of a kind, for "Show all 39 events" and the hit's label. */
export const KIND_NOUNS: Record<SearchKind, { one: string; many: string }> = {
  article: { one: 'article', many: 'articles' },
  event: { one: 'event', many: 'events' },
  note: { one: 'note', many: 'notes' },
  highlight: { one: 'highlight', many: 'highlights' },
  imported: { one: 'imported article', many: 'imported articles' },
};

export function countOf(n: number, kind: SearchKind): string {
  const noun = KIND_NOUNS[kind];
  return `${n.toLocaleString('en')} ${n === 1 ? noun.one : noun.many}`;
}

export function resultsLabel(n: number): string {
  return `${n.toLocaleString('en')} ${n === 1 ? 'result' : 'results'}`;
}

/** A typed date read, or what is wrong with it (a phrase, for the screen to finish). */
export type DateCheck = { ok: true; value: string | undefined } | { ok: false; problem: string };

/**
 * Reads a typed date: a year, a year and month, or a day. Slashes and dots are taken for
 * hyphens and a one-digit month or day gets its zero ("1994/5" is 1994-05). Empty means "any".
 */
export function checkDate(typed: string): DateCheck {
  const text = typed.trim();
  if (!text) return { ok: true, value: undefined };
  const m = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(text);
  const value = m
    ? [m[1], m[2]?.padStart(2, '0'), m[3]?.padStart(2, '0')].filter(Boolean).join('-')
    : '';
  const precision = m?.[3] ? 'day' : m?.[2] ? 'month' : 'year';
  if (m && isValidDate(value, precision)) return { ok: true, value };
  const shown = text.length > 24 ? `${text.slice(0, 24)}…` : text;
  return { ok: false, problem: `“${shown}” is not a date` };
}

/** The first or last day a date or date prefix covers, for comparing the two ends. */
export function dateBound(value: string, end: boolean): string {
  const [year, month, day] = value.split('-');
  if (day) return value;
  if (month) return end ? `${year}-${month}-31` : `${year}-${month}-01`;
  return end ? `${year}-12-31` : `${year}-01-01`;
}

/** Why a range cannot match anything, or null when it can. Both ends must be valid dates. */
export function rangeProblem(from: string | undefined, to: string | undefined): string | null {
  if (!from || !to) return null;
  return dateBound(from, false) > dateBound(to, true)
    ? 'The “from” date is after the “to” date, so nothing can match.'
    : null;
}

/** The library's search options for a route; a date that does not read as one is left out. */
export function searchOptions(route: SearchRoute): SearchOptions {
  // "All" shows the first few of each kind; one kind shows a long list of it.
  const options: SearchOptions = route.kind
    ? { kinds: [route.kind], limit: HITS_PER_KIND }
    : { limit: HITS_PER_GROUP };
  const from = route.from ? checkDate(route.from) : null;
  const to = route.to ? checkDate(route.to) : null;
  const fromValue = from?.ok ? from.value : undefined;
  const toValue = to?.ok ? to.value : undefined;
  if (!rangeProblem(fromValue, toValue)) {
    if (fromValue) options.from = fromValue;
    if (toValue) options.to = toValue;
  }
  if (route.category) options.categories = [route.category];
  if (route.topic) options.topics = [route.topic];
  if (route.place) options.places = [route.place];
  return options;
}

/** Whether the route narrows the search beyond its words (the kind counts too). */
export function hasFilters(route: SearchRoute): boolean {
  return Boolean(
    route.kind || route.from || route.to || route.category || route.topic || route.place,
  );
}

/** The same words with every filter dropped. */
export function withoutFilters(route: SearchRoute): SearchRoute {
  return { name: 'search', query: route.query };
}

/**
 * The query with one place name put in quotes, so it is searched as typed and not under the
 * place's other names. Falls back to quoting the whole query when the name cannot be found.
 */
export function quoteName(query: string, typed: string): string {
  const at = query.toLocaleLowerCase().indexOf(typed.toLocaleLowerCase());
  if (at < 0 || !typed) return `"${query.replace(/"/g, '').trim()}"`;
  return `${query.slice(0, at)}"${query.slice(at, at + typed.length)}"${query.slice(at + typed.length)}`;
}

/** A query shortened for a heading or a list, so a pasted page of text does not flood it. */
export function shortQuery(query: string, max = 80): string {
  const text = query.replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
