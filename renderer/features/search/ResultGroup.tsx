// The results of one kind under a heading with their count; in the "All" view only the best
// few, with a link to the rest.
import { useId } from 'react';
import { hrefFor, type SearchRoute } from '../../services/router';
import type { SearchHit, SearchKind } from '../../db/types';
import { countOf, KIND_LABELS } from './search-filters';
import { SearchHitItem } from './SearchHitItem';

interface Props {
  route: SearchRoute;
  kind: SearchKind;
  hits: SearchHit[];
  /** Every match of this kind, which may be more than the hits fetched. */
  count: number;
  /** Most hits to show; the rest are behind "Show all". */
  max: number;
  onOpen(): void;
}

export function ResultGroup({ route, kind, hits, count, max, onOpen }: Props) {
  const id = useId();
  const shown = hits.slice(0, max);
  const alone = route.kind === kind;
  return (
    <section className="search-group" aria-labelledby={id}>
      <h2 id={id} className="search-group-heading">
        {KIND_LABELS[kind]} <span className="search-group-count">{count.toLocaleString('en')}</span>
      </h2>
      <ol className="results search-hits" aria-labelledby={id}>
        {shown.map((hit) => (
          <SearchHitItem key={hit.id} hit={hit} onOpen={onOpen} />
        ))}
      </ol>
      {!alone && count > shown.length && (
        <p className="search-more">
          <a href={hrefFor({ ...route, kind })}>Show all {countOf(count, kind)}</a>
        </p>
      )}
      {alone && count > shown.length && (
        <p className="search-more muted">
          Showing the best {shown.length.toLocaleString('en')} of {countOf(count, kind)}. Add a word
          or a filter to narrow them.
        </p>
      )}
    </section>
  );
}
