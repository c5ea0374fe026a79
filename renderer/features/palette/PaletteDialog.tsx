// The "Go to" dialog: a combobox filtering screens, articles and events as the user types,
// with the arrow keys moving through the results and Enter opening one.
import { useEffect, useMemo, useRef, useState } from 'react';
import { navigate } from '../../services/router';
import { ModalDialog } from '../../components/ModalDialog';
import { matchEntries, type PaletteEntry } from './palette-match';
import type { PaletteEntries } from './usePaletteEntries';
import './palette.css';

const LISTBOX_ID = 'palette-results';
const optionId = (index: number) => `palette-option-${index}`;

const KIND_LABEL: Record<PaletteEntry['kind'], string> = {
  screen: 'Screen',
  article: 'Article',
  event: 'Event',
  imported: 'Imported',
};

export function PaletteDialog({
  entries,
  onClose,
}: {
  entries: PaletteEntries;
  onClose: () => void;
}) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const navigated = useRef(false);
  const listRef = useRef<HTMLUListElement>(null);

  const options = useMemo(() => {
    const matches = matchEntries(query, entries.entries);
    const typed = query.trim();
    if (!typed) return matches;
    // Titles are not everything: the full-text search is one Enter away.
    const search: PaletteEntry = {
      key: 'action:search',
      kind: 'screen',
      label: `Search the library for “${typed}”`,
      detail: '',
      route: { name: 'search', query: typed },
    };
    return [...matches, search];
  }, [query, entries.entries]);

  const current = Math.min(active, options.length - 1);

  useEffect(() => {
    listRef.current?.querySelector(`#${optionId(current)}`)?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const open = (entry: PaletteEntry | undefined) => {
    if (!entry) return;
    navigated.current = true;
    navigate(entry.route);
    onClose();
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    const count = options.length;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      setActive((current + 1) % count);
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      setActive((current - 1 + count) % count);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(options[current]);
    }
  };

  const matched = options.filter((o) => o.key !== 'action:search').length;
  const status =
    entries.status === 'loading'
      ? 'Loading articles and events…'
      : query.trim()
        ? `${matched} ${matched === 1 ? 'match' : 'matches'}`
        : '';

  return (
    <ModalDialog
      label="Go to"
      className="palette"
      onClose={onClose}
      // After opening something, the new screen is where the reader's attention goes.
      focusAfterClose={() => (navigated.current ? document.getElementById('content') : null)}
    >
      <input
        className="palette-input"
        type="text"
        role="combobox"
        aria-label="Go to"
        aria-expanded="true"
        aria-controls={LISTBOX_ID}
        aria-autocomplete="list"
        aria-activedescendant={current >= 0 ? optionId(current) : undefined}
        placeholder="Go to a screen, article or event…"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <p className="palette-status" role="status">
        {status}
      </p>
      {entries.status === 'error' && (
        <p className="palette-error" role="alert">
          Articles and events could not be listed: {entries.message}
        </p>
      )}
      <ul
        id={LISTBOX_ID}
        ref={listRef}
        role="listbox"
        aria-label="Results"
        className="palette-list"
      >
        {options.map((entry, i) => (
          <li
            key={entry.key}
            id={optionId(i)}
            role="option"
            aria-selected={i === current}
            className="palette-option"
            onMouseMove={() => i !== current && setActive(i)}
            onClick={() => open(entry)}
          >
            <span className="palette-label">{entry.label}</span>{' '}
            <span className="palette-meta">
              {entry.key === 'action:search' ? 'Full text' : KIND_LABEL[entry.kind]}
              {entry.detail ? ` · ${entry.detail}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </ModalDialog>
  );
}
