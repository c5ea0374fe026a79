// Splits events (already in time order) into runs under their era, in era order. Events before
// the first era come first, under "Before <year>"; anything no era holds (a malformed date) last.
import { ERAS, eraOf } from '../../components/timeline/eras';

export interface EraGroup<T> {
  era: string;
  events: T[];
}

const FIRST = ERAS[0]?.from ?? '';
export const BEFORE_ERAS = `Before ${FIRST.slice(0, 4)}`;
const OTHER = 'Undated';

export function groupByEra<T extends { dateStart: string }>(events: readonly T[]): EraGroup<T>[] {
  const groups = new Map<string, T[]>([
    [BEFORE_ERAS, []],
    ...ERAS.map((era) => [era.id, []] as [string, T[]]),
  ]);
  for (const event of events) {
    const era =
      eraOf(event.dateStart)?.id ??
      (/^\d{4}/.test(event.dateStart) && event.dateStart < FIRST ? BEFORE_ERAS : OTHER);
    const list = groups.get(era) ?? [];
    list.push(event);
    groups.set(era, list);
  }
  return [...groups]
    .filter(([, list]) => list.length > 0)
    .map(([era, list]) => ({ era, events: list }));
}
