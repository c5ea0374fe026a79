// Hash routes, so every item has a link: #/article/<id>, #/event/<id>, #/search?q=...
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'library' }
  | { name: 'article'; id: string }
  | { name: 'event'; id: string }
  | { name: 'search'; query: string }
  | { name: 'source'; id: string }
  | { name: 'bookmarks' }
  | { name: 'notes' }
  | { name: 'timeline' }
  | { name: 'settings' }
  | { name: 'not-found'; path: string };

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [path = '/', queryString = ''] = raw.split('?', 2);
  const segments = path.split('/').filter(Boolean).map(safeDecode);
  if (segments.length === 0) return { name: 'library' };
  const [head, id] = segments;
  if ((head === 'article' || head === 'event') && id && segments.length === 2) {
    const full = id.startsWith(`${head}:`) ? id : `${head}:${id}`;
    return { name: head, id: full };
  }
  if (head === 'source' && id && segments.length === 2) {
    return { name: 'source', id: id.startsWith('source:') ? id : `source:${id}` };
  }
  if (head === 'search' && segments.length === 1) {
    return { name: 'search', query: new URLSearchParams(queryString).get('q') ?? '' };
  }
  if (
    segments.length === 1 &&
    (head === 'bookmarks' || head === 'notes' || head === 'timeline' || head === 'settings')
  ) {
    return { name: head };
  }
  return { name: 'not-found', path };
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
    case 'source':
      return `#/${route.name}/${encodeURIComponent(route.id)}`;
    case 'search':
      return `#/search?q=${encodeURIComponent(route.query)}`;
    case 'bookmarks':
    case 'notes':
    case 'timeline':
    case 'settings':
      return `#/${route.name}`;
    case 'not-found':
      return `#${route.path}`;
  }
}

export function itemHref(id: string): string {
  const kind = id.startsWith('event:') ? 'event' : 'article';
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
