// The timeline's filters (category, actor, place) and the counts shown beside each choice.
import type { EventSummary } from '../../db/types';

export const TIMELINE_FACETS = ['category', 'actor', 'place'] as const;
export type TimelineFacet = (typeof TIMELINE_FACETS)[number];
export type TimelineFilters = Partial<Record<TimelineFacet, string>>;

export type FilterableEvent = Pick<EventSummary, 'category' | 'actors' | 'place'>;

export interface FacetChoice {
  value: string;
  label: string;
  count: number;
}

function valuesOf(event: FilterableEvent, facet: TimelineFacet): string[] {
  switch (facet) {
    case 'category':
      return event.category ? [event.category] : [];
    case 'actor':
      return event.actors;
    case 'place':
      return event.place ? [event.place.id] : [];
  }
}

function matches(event: FilterableEvent, filters: TimelineFilters, skip?: TimelineFacet) {
  return TIMELINE_FACETS.every((facet) => {
    const wanted = filters[facet];
    return facet === skip || wanted === undefined || valuesOf(event, facet).includes(wanted);
  });
}

export function filterEvents<T extends FilterableEvent>(
  events: readonly T[],
  filters: TimelineFilters,
): T[] {
  return events.filter((event) => matches(event, filters));
}

/**
 * Each facet's choices, with how many events each would show given the other filters, so a
 * count is what choosing it yields. Choices are sorted by label.
 */
export function facetChoices(
  events: readonly FilterableEvent[],
  filters: TimelineFilters,
  label: (facet: TimelineFacet, value: string) => string,
): Record<TimelineFacet, { choices: FacetChoice[]; total: number }> {
  const result = {} as Record<TimelineFacet, { choices: FacetChoice[]; total: number }>;
  for (const facet of TIMELINE_FACETS) {
    const counts = new Map<string, number>();
    let total = 0;
    for (const event of events) {
      const values = valuesOf(event, facet);
      for (const value of values) if (!counts.has(value)) counts.set(value, 0);
      if (!matches(event, filters, facet)) continue;
      total += 1;
      for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    const choices = [...counts].map(([value, count]) => ({
      value,
      label: label(facet, value),
      count,
    }));
    choices.sort((a, b) => a.label.localeCompare(b.label));
    result[facet] = { choices, total };
  }
  return result;
}
