// Entry point of the page: find the shell, open the library, show the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorScreen } from './components/ErrorScreen';
import { Loading } from './components/Loading';
import { getShell } from './platform';
import { startLibrary } from './platform/start-library';
import { DEFAULT_SETTINGS, loadSettings } from './services/settings';
import './styles.css';

const root = createRoot(document.getElementById('root')!);
root.render(<Loading label="Opening the library…" />);

const shell = getShell();
const started = await startLibrary(shell).catch(
  (error: unknown) =>
    ({
      ok: false,
      title: 'Karabakh Reader could not start',
      message: error instanceof Error ? error.message : String(error),
    }) as const,
);

const settings = started.ok
  ? await loadSettings(started.db).catch(() => DEFAULT_SETTINGS)
  : DEFAULT_SETTINGS;

root.render(
  <StrictMode>
    {started.ok ? (
      <App
        db={started.db}
        shell={shell}
        saver={started.saver}
        meta={started.meta}
        notices={started.notices}
        settings={settings}
      />
    ) : (
      <ErrorScreen title={started.title} message={started.message} />
    )}
  </StrictMode>,
);
