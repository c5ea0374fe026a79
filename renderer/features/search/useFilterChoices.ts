// The choices the search filters offer: every event category and topic in the library, and
// every place in the gazetteer, labelled and in A–Z order.
import { useMemo } from 'react';
import { useApp } from '../../services/context';
import { useQuery } from '../../services/useQuery';
import type { BrowseItem, Place } from '../../db/types';
import { slugLabel } from '../../components/labels';

export interface Choice {
  value: string;
  label: string;
}

export interface FilterChoices {
  categories: Choice[];
  topics: Choice[];
  places: Choice[];
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const byLabel = (a: Choice, b: Choice) => collator.compare(a.label, b.label);

export function filterChoices(
  items: readonly BrowseItem[],
  places: readonly Place[],
): FilterChoices {
  const categories = new Set<string>();
  const topics = new Set<string>();
  for (const item of items) {
    if (item.category) categories.add(item.category);
    for (const topic of item.topics) topics.add(topic);
  }
  const labelled = (values: Set<string>) =>
    [...values].map((value) => ({ value, label: slugLabel(value) })).sort(byLabel);
  return {
    categories: labelled(categories),
    topics: labelled(topics),
    places: places.map((p) => ({ value: p.id, label: p.names.en })).sort(byLabel),
  };
}

const EMPTY: FilterChoices = { categories: [], topics: [], places: [] };

export function useFilterChoices(): FilterChoices {
  const { db } = useApp();
  const data = useQuery(() => Promise.all([db.browseItems(), db.listPlaces()]), [db]);
  return useMemo(
    () => (data.status === 'done' ? filterChoices(data.data[0], data.data[1]) : EMPTY),
    [data],
  );
}
