// Splits events (already in time order) into runs under their era, in era order.
import { ERAS, eraOf } from './eras';

export interface EraGroup<T> {
  era: string;
  events: T[];
}

const OTHER = 'Undated';

export function groupByEra<T extends { dateStart: string }>(events: readonly T[]): EraGroup<T>[] {
  const groups = new Map<string, T[]>(ERAS.map((era) => [era.id, []]));
  for (const event of events) {
    const era = eraOf(event.dateStart)?.id ?? OTHER;
    const list = groups.get(era) ?? [];
    list.push(event);
    groups.set(era, list);
  }
  return [...groups]
    .filter(([, list]) => list.length > 0)
    .map(([era, list]) => ({ era, events: list }));
}
