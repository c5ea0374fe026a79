// Hash routes, so every item has a link: #/article/<id>, #/event/<id>, #/imported/<id>,
// #/place/<id>, #/import,
// #/search?q=...&kind=...&from=...&to=...&category=...&topic=...&place=...,
// #/map?until=YYYY-MM-DD
import { useSyncExternalStore } from 'react';
import { SEARCH_KINDS, type SearchKind } from '../db/types';

/**
 * A search and its filters, as the link carries them, so Back, Forward and reload keep them.
 * A filter left out means "any". Dates are kept as typed; the search screen checks them.
 */
export interface SearchRoute {
  name: 'search';
  query: string;
  kind?: SearchKind;
  from?: string;
  to?: string;
  category?: string;
  topic?: string;
  place?: string;
}

/** The search filters that travel in the link, in the order they are written. */
export const SEARCH_PARAMS = ['kind', 'from', 'to', 'category', 'topic', 'place'] as const;
export type SearchParam = (typeof SEARCH_PARAMS)[number];

/** Longer filter values than this are not from this app's links: they are dropped. */
const MAX_PARAM = 200;

/** The map, showing events up to a day; without `until` it shows every event. */
export interface MapRoute {
  name: 'map';
  until?: string;
}

export type Route =
  | { name: 'library' }
  | { name: 'article'; id: string }
  | { name: 'event'; id: string }
  | { name: 'imported'; id: string }
  | SearchRoute
  | { name: 'source'; id: string }
  | { name: 'place'; id: string }
  | { name: 'bookmarks' }
  | { name: 'notes' }
  | { name: 'import' }
  | { name: 'timeline' }
  | MapRoute
  | { name: 'settings' }
  | { name: 'corrections' }
  | { name: 'not-found'; path: string };

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [path = '/', queryString = ''] = raw.split('?', 2);
  const segments = path.split('/').filter(Boolean).map(safeDecode);
  if (segments.length === 0) return { name: 'library' };
  const [head, id] = segments;
  if (
    (head === 'article' || head === 'event' || head === 'imported') &&
    id &&
    segments.length === 2
  ) {
    const full = id.startsWith(`${head}:`) ? id : `${head}:${id}`;
    return { name: head, id: full };
  }
  if ((head === 'source' || head === 'place') && id && segments.length === 2) {
    return { name: head, id: id.startsWith(`${head}:`) ? id : `${head}:${id}` };
  }
  if (head === 'search' && segments.length === 1) return parseSearch(queryString);
  if (head === 'map' && segments.length === 1) return parseMap(queryString);
  if (
    segments.length === 1 &&
    (head === 'bookmarks' ||
      head === 'notes' ||
      head === 'import' ||
      head === 'timeline' ||
      head === 'settings' ||
      head === 'corrections')
  ) {
    return { name: head };
  }
  return { name: 'not-found', path };
}

function parseSearch(queryString: string): SearchRoute {
  const params = new URLSearchParams(queryString);
  const route: SearchRoute = { name: 'search', query: params.get('q') ?? '' };
  for (const key of SEARCH_PARAMS) {
    const value = params.get(key)?.trim();
    if (!value || value.length > MAX_PARAM) continue;
    if (key === 'kind') {
      if ((SEARCH_KINDS as readonly string[]).includes(value)) route.kind = value as SearchKind;
    } else {
      route[key] = value;
    }
  }
  return route;
}

function parseMap(queryString: string): MapRoute {
  const until = new URLSearchParams(queryString).get('until')?.trim();
  // Only a calendar day is kept; anything else shows every event.
  return until && /^\d{4}-\d{2}-\d{2}$/.test(until) ? { name: 'map', until } : { name: 'map' };
}

function searchHref(route: SearchRoute): string {
  let href = `#/search?q=${encodeURIComponent(route.query)}`;
  for (const key of SEARCH_PARAMS) {
    const value = route[key];
    if (value) href += `&${key}=${encodeURIComponent(value)}`;
  }
  return href;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'library':
      return '#/';
    case 'article':
    case 'event':
    case 'imported':
    case 'source':
    case 'place':
      return `#/${route.name}/${encodeURIComponent(route.id)}`;
    case 'search':
      return searchHref(route);
    case 'map':
      return route.until ? `#/map?until=${route.until}` : '#/map';
    case 'bookmarks':
    case 'notes':
    case 'import':
    case 'timeline':
    case 'settings':
    case 'corrections':
      return `#/${route.name}`;
    case 'not-found':
      return `#${route.path}`;
  }
}

export function itemHref(id: string): string {
  const kind = id.startsWith('event:')
    ? 'event'
    : id.startsWith('imported:')
      ? 'imported'
      : 'article';
  return hrefFor({ name: kind, id });
}

const subscribe = (listener: () => void) => {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const href = hrefFor(route);
  if (options.replace) window.location.replace(href);
  else window.location.hash = href;
}
