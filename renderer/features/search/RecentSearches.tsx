// The last searches, newest first, each a link to search again; and a way to forget them.
import { useId, useRef } from 'react';
import { hrefFor } from '../../services/router';
import { shortQuery } from './search-filters';

export function RecentSearches({
  recent,
  onClear,
}: {
  recent: readonly string[];
  onClear(): void;
}) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  return (
    <section className="search-recent" aria-labelledby={id}>
      <h2 id={id} ref={heading} tabIndex={-1}>
        Recent searches
      </h2>
      {recent.length === 0 ? (
        <p className="muted">Searches you make are listed here.</p>
      ) : (
        <>
          <ul aria-labelledby={id}>
            {recent.map((query) => (
              <li key={query}>
                <a href={hrefFor({ name: 'search', query })}>{shortQuery(query)}</a>
              </li>
            ))}
          </ul>
          <button
            type="button"
            onClick={() => {
              onClear();
              // The button goes with the list: keep the keyboard in the same place.
              heading.current?.focus();
            }}
          >
            Clear recent searches
          </button>
        </>
      )}
    </section>
  );
}
