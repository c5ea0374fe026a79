// The app frame: header with search, the main navigation, notices, the current screen and
// the save status; files dropped anywhere on the window are imported.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ShellApi } from '../platform';
import type { DbClient } from '../db/client';
import type { ContentMeta } from '../db/types';
import type { Notice } from '../platform/start-library';
import type { UserSaver } from '../platform/user-saver';
import { SaveStatus } from '../components/SaveStatus';
import { ArticleScreen } from '../features/reader/ArticleScreen';
import { EventScreen } from '../features/reader/EventScreen';
import { LibraryScreen } from '../features/library/LibraryScreen';
import { SearchScreen } from '../features/search/SearchScreen';
import { SearchBox } from '../features/search/SearchBox';
import { BookmarksScreen } from '../features/bookmarks/BookmarksScreen';
import { warmUpWhenIdle } from '../services/events-cache';
import { PlaceScreen } from '../features/places/PlaceScreen';
import { SourceScreen } from '../features/sources/SourceScreen';
import { NotesScreen } from '../features/notes/NotesScreen';
import { TimelineScreen } from '../features/timeline/TimelineScreen';
import { MapScreen } from '../features/map/MapScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { CorrectionsScreen } from '../features/corrections/CorrectionsScreen';
import { formatDateRange } from '../db/dates';
import { ImportScreen } from '../features/imports/ImportScreen';
import { DropOverlay } from '../features/imports/DropOverlay';
import { chooseAndImport, fromBrowserFile, importFiles } from '../features/imports/import-run';
import { useFileDrop } from '../features/imports/useFileDrop';
import { CommandPalette } from '../features/palette/CommandPalette';
import { ShortcutsSheet } from '../features/shortcuts/ShortcutsSheet';
import { SettingsProvider, type ReaderSettings } from '../services/settings';
import { AppContext } from '../services/context';
import { navigate, useRoute, type Route } from '../services/router';

/** The screens in the "Main" navigation, in order; their labels also title the window. */
const MAIN_SCREENS: readonly { name: Route['name']; label: string; href: string }[] = [
  { name: 'library', label: 'Library', href: '#/' },
  { name: 'timeline', label: 'Timeline', href: '#/timeline' },
  { name: 'map', label: 'Map', href: '#/map' },
  { name: 'bookmarks', label: 'Bookmarks', href: '#/bookmarks' },
  { name: 'notes', label: 'Notes', href: '#/notes' },
  { name: 'import', label: 'Import', href: '#/import' },
  { name: 'search', label: 'Search', href: '#/search?q=' },
  { name: 'settings', label: 'Settings', href: '#/settings' },
];

interface AppProps {
  db: DbClient;
  shell: ShellApi;
  saver: UserSaver;
  meta: ContentMeta;
  notices: Notice[];
  settings: ReaderSettings;
}

export function App({ db, shell, saver, meta, notices: initialNotices, settings }: AppProps) {
  const route = useRoute();
  const [notices, setNotices] = useState(initialNotices);
  const searchRef = useRef<HTMLInputElement>(null);
  const context = useMemo(() => ({ db, shell, saver }), [db, shell, saver]);

  useEffect(() => warmUpWhenIdle(db), [db]);

  useEffect(
    () =>
      shell.onCommand((command) => {
        if (command === 'focus-search') searchRef.current?.focus();
        if (command === 'go-library') window.location.hash = '#/';
        if (command === 'export') window.location.hash = '#/settings?section=data';
        if (command === 'go-back') history.back();
        if (command === 'go-forward') history.forward();
        if (command === 'import') {
          navigate({ name: 'import' });
          void chooseAndImport(db, shell);
        }
      }),
    [shell, db],
  );

  const dragging = useFileDrop((files) => {
    navigate({ name: 'import' });
    importFiles(db, files.map(fromBrowserFile));
  });

  useEffect(() => {
    // "/" jumps to the search box from anywhere but a text field (Ctrl+K is the palette).
    const onKey = (event: KeyboardEvent) => {
      if (event.key === '/' && !event.ctrlKey && !event.metaKey && !isTyping(event.target)) {
        event.preventDefault();
        searchRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    document.title = titleFor(route);
  }, [route]);

  return (
    <AppContext.Provider value={context}>
      <SettingsProvider db={db} shell={shell} initial={settings}>
        <a className="skip-link" href="#content" onClick={skipToContent}>
          Skip to content
        </a>
        <header className="app-header">
          <a className="brand" href="#/">
            Karabakh Reader
          </a>
          <SearchBox inputRef={searchRef} initial={route.name === 'search' ? route.query : ''} />
        </header>
        <div className="app-body">
          <nav aria-label="Main" className="main-nav">
            {MAIN_SCREENS.map((screen) => (
              <a
                key={screen.name}
                href={screen.href}
                aria-current={route.name === screen.name ? 'page' : undefined}
              >
                {screen.label}
              </a>
            ))}
          </nav>
          <main id="content" tabIndex={-1} className="content">
            {notices.map((n, i) => (
              <div
                key={i}
                className={`notice notice-${n.tone}`}
                role={n.tone === 'info' ? 'status' : 'alert'}
              >
                <p>{n.text}</p>
                <button type="button" onClick={() => setNotices(notices.filter((_, j) => j !== i))}>
                  Dismiss
                </button>
              </div>
            ))}
            <Screen route={route} />
          </main>
        </div>
        <footer className="app-footer">
          <span>
            Library {meta.contentVersion}
            {meta.eventsThrough ? `, events to ${formatDateRange(meta.eventsThrough, null)}` : ''},
            reviewed {meta.lastReviewed} · <a href="#/corrections">Corrections</a>
          </span>
          <SaveStatus saver={saver} />
        </footer>
        <CommandPalette />
        <ShortcutsSheet />
        {dragging && <DropOverlay />}
      </SettingsProvider>
    </AppContext.Provider>
  );
}

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'library':
      return <LibraryScreen />;
    case 'article':
    case 'imported':
      return <ArticleScreen key={route.id} id={route.id} />;
    case 'event':
      return <EventScreen key={route.id} id={route.id} />;
    case 'search':
      return <SearchScreen route={route} />;
    case 'bookmarks':
      return <BookmarksScreen />;
    case 'source':
      return <SourceScreen key={route.id} id={route.id} />;
    case 'place':
      return <PlaceScreen key={route.id} id={route.id} />;
    case 'notes':
      return <NotesScreen />;
    case 'import':
      return <ImportScreen />;
    case 'timeline':
      return <TimelineScreen />;
    case 'map':
      return <MapScreen until={route.until} />;
    case 'settings':
      return <SettingsScreen />;
    case 'corrections':
      return <CorrectionsScreen />;
    case 'not-found':
      return (
        <section>
          <h1>Nothing here</h1>
          <p>
            There is no page at <code>{route.path}</code>. <a href="#/">Back to the library</a>.
          </p>
        </section>
      );
  }
}

function skipToContent(event: React.MouseEvent) {
  event.preventDefault();
  document.getElementById('content')?.focus();
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

function titleFor(route: Route): string {
  const base = 'Karabakh Reader';
  if (route.name === 'search' && route.query) return `${route.query} – Search – ${base}`;
  if (route.name === 'corrections') return `Corrections – ${base}`;
  // The library is the home screen, and search without a query has nothing to name.
  const screen = MAIN_SCREENS.find((s) => s.name === route.name);
  if (screen && screen.name !== 'library' && screen.name !== 'search') {
    return `${screen.label} – ${base}`;
  }
  return base;
}
