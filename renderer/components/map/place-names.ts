// Place labels in the naming the reader chose: English, Armenian or Azerbaijani forms, or both.
import type { Place } from '../../db/types';

export const NAMINGS = ['en', 'hy', 'az', 'both'] as const;
export type Naming = (typeof NAMINGS)[number];

export const NAMING_LABELS: Record<Naming, string> = {
  en: 'English',
  hy: 'Armenian forms',
  az: 'Azerbaijani forms',
  both: 'Both',
};

export const NAMING_SETTING = 'map.naming';

export function parseNaming(value: string | null): Naming {
  return (NAMINGS as readonly string[]).includes(value ?? '') ? (value as Naming) : 'en';
}

// Labels stay in Latin script so every naming reads in the same font and direction.
const LATIN = /^[\p{Script=Latin}\p{P}\p{Zs}\d]+$/u;

function firstLatin(forms: readonly string[], fallback: string): string {
  return forms.find((form) => LATIN.test(form)) ?? fallback;
}

export function placeLabel(place: Place, naming: Naming): string {
  const hy = firstLatin(place.names.hy, place.names.en);
  const az = firstLatin(place.names.az, place.names.en);
  switch (naming) {
    case 'en':
      return place.names.en;
    case 'hy':
      return hy;
    case 'az':
      return az;
    case 'both':
      return hy === az ? hy : `${hy} / ${az}`;
  }
}
