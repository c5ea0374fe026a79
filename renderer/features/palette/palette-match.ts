// What the command palette offers and in what order: the app's screens and every article
// and event, matched against what the user typed without regard to case or accents.
import type { Route } from '../../services/router';
import type { LibraryItem } from '../../db/types';
import { foldText } from '../../components/text-fold';

export type EntryKind = 'screen' | 'article' | 'event' | 'imported';

export interface PaletteEntry {
  key: string;
  kind: EntryKind;
  label: string;
  /** Shown beside the label: the date of an event, nothing for the rest. */
  detail: string;
  route: Route;
}

export const MAX_RESULTS = 50;

export const SCREEN_ENTRIES: PaletteEntry[] = [
  {
    key: 'screen:library',
    kind: 'screen',
    label: 'Library',
    detail: '',
    route: { name: 'library' },
  },
  {
    key: 'screen:timeline',
    kind: 'screen',
    label: 'Timeline',
    detail: '',
    route: { name: 'timeline' },
  },
  { key: 'screen:map', kind: 'screen', label: 'Map', detail: '', route: { name: 'map' } },
  {
    key: 'screen:bookmarks',
    kind: 'screen',
    label: 'Bookmarks',
    detail: '',
    route: { name: 'bookmarks' },
  },
  { key: 'screen:notes', kind: 'screen', label: 'Notes', detail: '', route: { name: 'notes' } },
  { key: 'screen:import', kind: 'screen', label: 'Import', detail: '', route: { name: 'import' } },
  {
    key: 'screen:search',
    kind: 'screen',
    label: 'Search',
    detail: '',
    route: { name: 'search', query: '' },
  },
  {
    key: 'screen:settings',
    kind: 'screen',
    label: 'Settings',
    detail: '',
    route: { name: 'settings' },
  },
];

export function itemEntries(items: LibraryItem[]): PaletteEntry[] {
  return items.map((item) => ({
    key: item.id,
    kind: item.kind,
    label: item.title,
    detail: item.kind === 'event' ? item.subtitle : '',
    route: { name: item.kind, id: item.id },
  }));
}

// Screens are few and are what "go to" most often means; at equal quality an explainer
// is a better landing place than one of the many events that share its words.
const KIND_RANK: Record<EntryKind, number> = { screen: 0, article: 1, imported: 2, event: 3 };

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** A leading "The" or "A" does not count against a title starting with the query. */
function withoutArticle(folded: string): string {
  return folded.replace(/^(the|a|an) /, '');
}

/**
 * How well an entry matches (lower is better), or null when it does not match:
 * 0 the whole title, 1 the start of the title, 2 the start of a word, 3 anywhere inside,
 * 4 every query word starts a word of the title or the event's date, in any order.
 */
export function matchTier(query: string, entry: PaletteEntry): number | null {
  const q = foldText(query);
  if (!q) return null;
  const title = foldText(entry.label);
  const bare = withoutArticle(title);
  if (title === q || bare === q) return 0;
  if (title.startsWith(q) || bare.startsWith(q)) return 1;
  if (` ${title}`.includes(` ${q}`)) return 2;
  if (title.includes(q)) return 3;
  const words = `${title} ${foldText(entry.detail)}`.split(' ');
  const all = q.split(' ').every((part) => words.some((w) => w.startsWith(part)));
  return all ? 4 : null;
}

/**
 * The entries to show for a query, best first, at most MAX_RESULTS. An empty query lists
 * the screens and then the entries in the order given.
 */
export function matchEntries(query: string, entries: PaletteEntry[]): PaletteEntry[] {
  if (!foldText(query)) return entries.slice(0, MAX_RESULTS);
  const scored: { entry: PaletteEntry; tier: number }[] = [];
  for (const entry of entries) {
    const tier = matchTier(query, entry);
    if (tier !== null) scored.push({ entry, tier });
  }
  scored.sort(
    (a, b) =>
      a.tier - b.tier ||
      KIND_RANK[a.entry.kind] - KIND_RANK[b.entry.kind] ||
      a.entry.label.length - b.entry.label.length ||
      collator.compare(a.entry.label, b.entry.label),
  );
  return scored.slice(0, MAX_RESULTS).map((s) => s.entry);
}
