// The eras the timeline groups events by: the library's PERIODS, whose ids BrowseItem.era
// carries too.
import { PERIODS, type Period } from '../../db/periods';

export type Era = Period;

export const ERAS: readonly Era[] = PERIODS;

export function eraOf(date: string): Era | null {
  return ERAS.find((era) => date >= era.from && date <= era.to) ?? null;
}

/** Position of an era in time, for ordering; unknown eras go last. */
export function eraRank(id: string | null): number {
  const at = id === null ? -1 : ERAS.findIndex((era) => era.id === id);
  return at < 0 ? ERAS.length : at;
}
