// What the exporters know about each item, and the links they write back into the app.
// Items are addressed by the app's hash routes (#/article/<id>, see renderer/services/router.ts);
// this folder may not import from renderer/app, so the one-line rule is repeated here.

export type ExportKind = 'article' | 'event' | 'imported';

/** One article, event or imported article, as the exporters need it. */
export interface ExportTarget {
  id: string;
  kind: ExportKind;
  title: string;
  /** ISO date: the event's date, or the article's last update; null when unknown. */
  date: string | null;
  /** An imported article's original address; null for bundled items. */
  sourceUrl: string | null;
  sources: { title: string; publisher: string; url: string | null }[];
}

/**
 * Where the desktop app's page lives (electron/main/origins.ts). Formats that need an
 * absolute address (Web Annotation ids, browser bookmarks) put the route after it; the
 * caller may pass another base, e.g. the web build's origin.
 */
export const APP_LINK_BASE = 'app://reader/';

/** The kind of item an id names, from its prefix ('event:…', 'imported:…', else article). */
export function kindOfId(id: string): ExportKind {
  if (id.startsWith('event:')) return 'event';
  if (id.startsWith('imported:')) return 'imported';
  return 'article';
}

/** The in-app route of an item: `#/<kind>/<encoded id>`, as the router writes it. */
export function itemRoute(id: string): string {
  return `#/${kindOfId(id)}/${encodeURIComponent(id)}`;
}

/** The route made absolute with a base such as APP_LINK_BASE. */
export function itemLink(id: string, base: string = APP_LINK_BASE): string {
  return `${base}${itemRoute(id)}`;
}

/** Info for an item the caller did not describe (e.g. gone from the library). */
export function fallbackTarget(id: string): ExportTarget {
  return { id, kind: kindOfId(id), title: id, date: null, sourceUrl: null, sources: [] };
}

/** Only http(s) addresses are written as links to the outside world. */
export function isWebUrl(url: string | null | undefined): url is string {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}
