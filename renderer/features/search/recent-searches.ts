// The recent searches list, free of React: kept in the user's settings as JSON, newest first,
// each query once.

export const RECENT_KEY = 'search.recent';
export const RECENT_MAX = 10;
/** A longer query is a pasted passage, not something to search again from a list. */
export const RECENT_MAX_LENGTH = 200;

/** Reads the stored list, ignoring anything that is not a list of strings. */
export function parseRecent(raw: string | null): string[] {
  if (!raw) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  let list: string[] = [];
  for (const item of value) {
    if (typeof item === 'string') list = addLast(list, item);
  }
  return list;
}

/** The query in the form it is remembered in, or null when it is not worth remembering. */
export function recentForm(query: string): string | null {
  const text = query.replace(/\s+/g, ' ').trim();
  return text && text.length <= RECENT_MAX_LENGTH ? text : null;
}

const sameQuery = (a: string, b: string) =>
  a.normalize('NFC').toLocaleLowerCase() === b.normalize('NFC').toLocaleLowerCase();

/** The list with `query` first, an earlier copy of it (in any case) removed, at most 10. */
export function addRecent(list: readonly string[], query: string): string[] {
  const text = recentForm(query);
  if (!text) return [...list];
  return [text, ...list.filter((q) => !sameQuery(q, text))].slice(0, RECENT_MAX);
}

function addLast(list: string[], query: string): string[] {
  const text = recentForm(query);
  if (!text || list.length >= RECENT_MAX || list.some((q) => sameQuery(q, text))) return list;
  return [...list, text];
}
