// The library's browsing logic, kept free of React so it can be tested on 100,000 rows:
// faceted filtering (each option counted over the other active filters) and sorting.
import type { BrowseItem } from '../../db/types';
import { ERAS, eraRank } from '../../components/timeline/eras';
import { slugLabel } from '../../components/labels';

export const FACETS = ['kind', 'topic', 'category', 'era', 'place'] as const;
export type Facet = (typeof FACETS)[number];

/** One chosen value per facet; a missing facet means "any". */
export type Filters = Partial<Record<Facet, string>>;

export const SORTS = ['date', 'date-desc', 'title', 'read'] as const;
export type SortKey = (typeof SORTS)[number];

export interface FacetOption {
  value: string;
  label: string;
  /** How many items choosing this option would show, given the other facets' choices. */
  count: number;
}

export function valuesOf(item: BrowseItem, facet: Facet): readonly string[] {
  switch (facet) {
    case 'kind':
      return [item.kind];
    case 'topic':
      return item.topics;
    case 'category':
      return item.category ? [item.category] : [];
    case 'era':
      return item.era ? [item.era] : [];
    case 'place':
      return item.placeId ? [item.placeId] : [];
  }
}

function matchesFacet(item: BrowseItem, facet: Facet, wanted: string | undefined): boolean {
  return wanted === undefined || valuesOf(item, facet).includes(wanted);
}

export function filterItems(items: readonly BrowseItem[], filters: Filters): BrowseItem[] {
  const active = FACETS.filter((f) => filters[f] !== undefined);
  if (active.length === 0) return [...items];
  return items.filter((item) => active.every((f) => matchesFacet(item, f, filters[f])));
}

export interface FacetTally {
  /** Per facet, each value's count (see FacetOption.count). */
  counts: Record<Facet, Map<string, number>>;
  /** Per facet, how many items pass all the other facets' filters (its "All" option). */
  totals: Record<Facet, number>;
}

/**
 * Counts for every option of every facet in one pass. An item counts towards a facet's options
 * when it passes all the *other* facets' filters, so each number is what choosing that option
 * would show.
 */
export function facetCounts(items: readonly BrowseItem[], filters: Filters): FacetTally {
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<
    Facet,
    Map<string, number>
  >;
  const totals = Object.fromEntries(FACETS.map((f) => [f, 0])) as Record<Facet, number>;
  for (const item of items) {
    let failed: Facet | null = null;
    let failures = 0;
    for (const facet of FACETS) {
      if (!matchesFacet(item, facet, filters[facet])) {
        failures++;
        failed = facet;
        if (failures > 1) break;
      }
    }
    for (const facet of FACETS) {
      const map = counts[facet];
      const counted = failures === 0 || (failures === 1 && failed === facet);
      if (counted) totals[facet]++;
      for (const value of valuesOf(item, facet)) {
        // Every value is listed, even at 0, so an option does not vanish from under the user.
        map.set(value, (map.get(value) ?? 0) + (counted ? 1 : 0));
      }
    }
  }
  return { counts, totals };
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

const KIND_LABELS: Record<string, string> = {
  article: 'Articles',
  event: 'Events',
  imported: 'Imported',
};

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? slugLabel(kind);
}

/** The options each facet offers, labelled and in a useful order (eras by time, others A–Z). */
export function facetOptions(
  items: readonly BrowseItem[],
  filters: Filters,
): { options: Record<Facet, FacetOption[]>; totals: Record<Facet, number> } {
  const { counts, totals } = facetCounts(items, filters);
  const placeNames = new Map<string, string>();
  for (const item of items) {
    if (item.placeId && item.placeName && !placeNames.has(item.placeId))
      placeNames.set(item.placeId, item.placeName);
  }
  const labelFor: Record<Facet, (value: string) => string> = {
    kind: kindLabel,
    topic: slugLabel,
    category: slugLabel,
    era: (value) => value,
    place: (value) => placeNames.get(value) ?? value,
  };
  const options = {} as Record<Facet, FacetOption[]>;
  for (const facet of FACETS) {
    const list = [...counts[facet]].map(([value, count]) => ({
      value,
      label: labelFor[facet](value),
      count,
    }));
    if (facet === 'era') list.sort((a, b) => eraRank(a.value) - eraRank(b.value));
    else list.sort((a, b) => collator.compare(a.label, b.label));
    options[facet] = list;
  }
  return { options, totals };
}

const ERA_START = new Map(ERAS.map((era) => [era.id, era.from]));

/**
 * Where an item sits in time: an event at its date; an article at the start of the era of the
 * first event it covers (so it leads that era's events), or at its update date when it covers
 * none.
 */
export function timeKey(item: BrowseItem): string {
  if (item.kind === 'event') return item.date;
  return (item.era && ERA_START.get(item.era)) || item.date;
}

/**
 * A sorted copy. `readAt` maps an item id to when it was last read (ISO timestamp); for the
 * "recently read" order, read items come first, newest first, then the unread in time order.
 */
export function sortItems(
  items: readonly BrowseItem[],
  sort: SortKey,
  readAt: ReadonlyMap<string, string> = new Map(),
): BrowseItem[] {
  const byTitle = (a: BrowseItem, b: BrowseItem) =>
    collator.compare(a.title, b.title) || compareText(a.id, b.id);
  // Keys are computed once per item, not once per comparison: this runs on 100,000 rows.
  const keyed = items.map((item) => ({ item, time: timeKey(item) }));
  type Keyed = (typeof keyed)[number];
  const byTime = (a: Keyed, b: Keyed) => compareText(a.time, b.time) || byTitle(a.item, b.item);
  let compare: (a: Keyed, b: Keyed) => number;
  switch (sort) {
    case 'date':
      compare = byTime;
      break;
    case 'date-desc':
      compare = (a, b) => compareText(b.time, a.time) || byTitle(a.item, b.item);
      break;
    case 'title':
      compare = (a, b) => byTitle(a.item, b.item);
      break;
    case 'read':
      compare = (a, b) => {
        const ra = readAt.get(a.item.id);
        const rb = readAt.get(b.item.id);
        if (ra !== undefined && rb !== undefined) return compareText(rb, ra) || byTime(a, b);
        if (ra !== undefined) return -1;
        if (rb !== undefined) return 1;
        return byTime(a, b);
      };
      break;
  }
  return keyed.sort(compare).map((k) => k.item);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isSortKey(value: unknown): value is SortKey {
  return typeof value === 'string' && (SORTS as readonly string[]).includes(value);
}

/** Keeps only known facets with string values, for state read back from storage. */
export function cleanFilters(value: unknown): Filters {
  const filters: Filters = {};
  if (typeof value !== 'object' || value === null) return filters;
  for (const facet of FACETS) {
    const v = (value as Record<string, unknown>)[facet];
    if (typeof v === 'string' && v !== '') filters[facet] = v;
  }
  return filters;
}

export function countLabel(n: number): string {
  return `${n.toLocaleString('en')} ${n === 1 ? 'item' : 'items'}`;
}
