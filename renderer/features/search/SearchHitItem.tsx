// One result: a link to what it opens, the name the place was found under, and an excerpt
// with the matched words marked.
import { itemHref } from '../../services/router';
import { formatDateRange } from '../../db/dates';
import type { SearchHit } from '../../db/types';
import { Snippet } from '../../components/Snippet';

export function SearchHitItem({ hit, onOpen }: { hit: SearchHit; onOpen(): void }) {
  const name =
    hit.kind === 'note'
      ? `Note on ${hit.title}`
      : hit.kind === 'highlight'
        ? `Highlight in ${hit.title}`
        : hit.title;
  return (
    <li className="search-hit">
      <div className="search-hit-head">
        <a href={itemHref(hit.targetId)} onClick={onOpen}>
          {name}
        </a>
        {hit.matchedName && (
          <span
            className="search-found-as"
            title={`You searched for ${hit.matchedName.typed}; this says ${hit.matchedName.found}.`}
          >
            Found as {hit.matchedName.found}
          </span>
        )}
      </div>
      {hit.kind === 'event' && hit.date && (
        <p className="search-hit-meta">{formatDateRange(hit.date, null)}</p>
      )}
      <p className="search-hit-snippet">
        <Snippet text={hit.snippet} />
      </p>
    </li>
  );
}
