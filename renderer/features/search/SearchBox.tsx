// The search field in the header: results follow the typing, without blocking it, and the
// recent searches are offered as suggestions.
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { navigate, parseRoute, type SearchRoute } from '../../services/router';
import { useRecentSearches } from './useRecentSearches';

/** The search for `query`, keeping the filters of the search on screen, if any. */
function searchFor(query: string): SearchRoute {
  const current = parseRoute(window.location.hash);
  return current.name === 'search' ? { ...current, query } : { name: 'search', query };
}

export function SearchBox({
  inputRef,
  initial,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  initial: string;
}) {
  const [value, setValue] = useState(initial);
  const { recent, record } = useRecentSearches();
  const listId = useId();
  // What this box last put in the link: when the link comes back with it, the box already
  // shows it (and maybe more typed since), so only a change from elsewhere replaces the text.
  const sent = useRef(initial);

  useEffect(() => {
    if (initial === sent.current) return;
    sent.current = initial;
    setValue(initial);
  }, [initial]);

  // The search that typing has asked for but not yet shown (it waits for a pause of 150 ms).
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    if (value === sent.current) return;
    const timer = setTimeout(() => {
      pending.current = null;
      // The first keystroke leaves a history entry to come back to; the rest replace it.
      const replace = window.location.hash.startsWith('#/search');
      sent.current = value;
      navigate(searchFor(value), { replace });
    }, 150);
    pending.current = timer;
    return () => {
      clearTimeout(timer);
      pending.current = null;
    };
  }, [value]);

  // Going somewhere else (a link, Back, a shortcut) before that pause drops the waiting
  // search, so it cannot pull the reader away from where they went.
  useEffect(() => {
    const onHashChange = () => {
      if (pending.current === null) return;
      clearTimeout(pending.current);
      pending.current = null;
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  return (
    <form
      role="search"
      className="search-box"
      onSubmit={(event) => {
        event.preventDefault();
        const replace = value === sent.current && window.location.hash.startsWith('#/search');
        sent.current = value;
        navigate(searchFor(value), { replace });
        record(value);
      }}
    >
      <input
        ref={inputRef}
        type="search"
        aria-label="Search"
        placeholder="Search articles, events and your notes  ( / )"
        value={value}
        maxLength={2000}
        list={recent.length ? listId : undefined}
        autoComplete="off"
        onChange={(event) => setValue(event.target.value)}
      />
      {recent.length > 0 && (
        <datalist id={listId}>
          {recent.map((query) => (
            <option key={query} value={query} />
          ))}
        </datalist>
      )}
    </form>
  );
}
