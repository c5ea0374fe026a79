// Which kinds of result to show: all of them grouped, or one kind alone. Each button says how
// many results of its kind there are under the other filters.
import { navigate, type SearchRoute } from '../../services/router';
import { SEARCH_KINDS, type SearchKind } from '../../db/types';
import { KIND_LABELS } from './search-filters';

interface Props {
  route: SearchRoute;
  counts: Record<SearchKind, number>;
  total: number;
}

export function KindFilter({ route, counts, total }: Props) {
  // Imported articles are offered once there are some to find.
  const kinds = SEARCH_KINDS.filter((k) => k !== 'imported' || counts[k] > 0 || route.kind === k);
  const choose = (kind: SearchKind | undefined) => {
    if (kind !== route.kind) navigate({ ...route, kind });
  };
  return (
    <div className="filters search-kinds" role="group" aria-label="Show">
      <button type="button" aria-pressed={!route.kind} onClick={() => choose(undefined)}>
        All ({total.toLocaleString('en')})
      </button>
      {kinds.map((kind) => (
        <button
          key={kind}
          type="button"
          aria-pressed={route.kind === kind}
          onClick={() => choose(kind)}
        >
          {KIND_LABELS[kind]} ({counts[kind].toLocaleString('en')})
        </button>
      ))}
    </div>
  );
}
