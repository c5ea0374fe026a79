// The search field in the header: results follow the typing, without blocking it.
import { useEffect, useState, type RefObject } from 'react';
import { navigate } from '../../app/router';

export function SearchBox({
  inputRef,
  initial,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  initial: string;
}) {
  const [value, setValue] = useState(initial);

  useEffect(() => setValue(initial), [initial]);

  useEffect(() => {
    if (value === initial) return;
    const timer = setTimeout(() => {
      // The first keystroke leaves a history entry to come back to; the rest replace it.
      const replace = window.location.hash.startsWith('#/search');
      navigate({ name: 'search', query: value }, { replace });
    }, 150);
    return () => clearTimeout(timer);
  }, [value, initial]);

  return (
    <form
      role="search"
      className="search-box"
      onSubmit={(event) => {
        event.preventDefault();
        navigate({ name: 'search', query: value });
      }}
    >
      <input
        ref={inputRef}
        type="search"
        aria-label="Search"
        placeholder="Search articles and events  ( / )"
        value={value}
        maxLength={2000}
        onChange={(event) => setValue(event.target.value)}
      />
    </form>
  );
}
