// Marker colours for event categories. Fifteen categories are too many to tell apart by
// colour, so related ones share a colour family; the legend names every category in each.

export interface CategoryFamily {
  key: string;
  label: string;
  /** A CSS class that sets the marker colour from the theme's variables (see map.css). */
  className: string;
  categories: readonly string[];
}

export const CATEGORY_FAMILIES: readonly CategoryFamily[] = [
  {
    key: 'war',
    label: 'Fighting',
    className: 'cat-war',
    categories: ['war', 'offensive', 'clash'],
  },
  {
    key: 'civilians',
    label: 'Civilians',
    className: 'cat-civilians',
    categories: ['violence-against-civilians', 'displacement', 'humanitarian', 'blockade'],
  },
  {
    key: 'diplomacy',
    label: 'Diplomacy',
    className: 'cat-diplomacy',
    categories: ['diplomacy', 'ceasefire', 'agreement', 'legal'],
  },
  {
    key: 'politics',
    label: 'Politics',
    className: 'cat-politics',
    categories: ['political', 'protest'],
  },
  {
    key: 'other',
    label: 'Heritage and infrastructure',
    className: 'cat-other',
    categories: ['heritage', 'infrastructure'],
  },
];

const OTHER = CATEGORY_FAMILIES[CATEGORY_FAMILIES.length - 1]!;

export function familyOf(category: string): CategoryFamily {
  return CATEGORY_FAMILIES.find((f) => f.categories.includes(category)) ?? OTHER;
}
