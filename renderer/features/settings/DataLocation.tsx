// "Where your data lives": the user-data folder, the app's version and the library's version.
import { useApp } from '../../services/context';
import { useQuery } from '../../services/useQuery';

export function DataLocation() {
  const { db, shell } = useApp();
  const info = useQuery(async () => {
    const [app, stats] = await Promise.all([shell.appInfo(), db.stats()]);
    if (!app.ok) throw new Error(app.error.message);
    return { app: app.value, meta: stats.meta };
  }, [db, shell]);

  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">Where your data lives</h2>
      <p>
        Bookmarks, notes, highlights, reading progress and these settings are kept only on this
        computer, in the folder below. The library itself is part of the app.
      </p>
      {info.status === 'loading' && <p className="muted">Loading…</p>}
      {info.status === 'error' && (
        <p role="alert">This information could not be read: {info.message}</p>
      )}
      {info.status === 'done' && (
        <dl className="facts settings-facts">
          <dt>Your data</dt>
          <dd>
            <code className="settings-path">{info.data.app.userDataPath}</code>
          </dd>
          <dt>App version</dt>
          <dd>
            {info.data.app.name} {info.data.app.version}
          </dd>
          <dt>Library version</dt>
          <dd>
            {info.data.meta.contentVersion}, reviewed {info.data.meta.lastReviewed}
          </dd>
        </dl>
      )}
    </section>
  );
}
