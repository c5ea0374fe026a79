// Says which other names of a place the search also looked for, with a way to search the
// typed name alone (in quotes).
import { hrefFor, type SearchRoute } from '../../services/router';
import type { NameExpansion } from '../../db/types';
import { quoteName } from './search-filters';

export function NameNotice({ route, names }: { route: SearchRoute; names: NameExpansion[] }) {
  if (!names.length) return null;
  return (
    <div className="search-names">
      {names.map((name) => (
        <p key={`${name.placeId} ${name.typed}`}>
          <strong>{name.typed}</strong>: also searching {name.alternatives.join(', ')}.{' '}
          <a href={hrefFor({ ...route, query: quoteName(route.query, name.typed) })}>
            Search only “{name.typed}”
          </a>
        </p>
      ))}
    </div>
  );
}
