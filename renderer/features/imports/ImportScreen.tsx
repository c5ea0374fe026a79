// The import screen: where files are dropped or chosen, the progress of the import and what
// became of each file.
import { useApp } from '../../services/context';
import { MAX_IMPORT_BYTES } from '../../import';
import { megabytes } from '../../import/failure';
import { chooseAndImport, useImportRun } from './import-run';
import { ImportResults } from './ImportResults';
import { progressLabel, summaryLine } from '../../services/import-outcomes';
import './imports.css';

export function ImportScreen() {
  const { db, shell } = useApp();
  const run = useImportRun();
  const started = run.total > 0;

  return (
    <section className="import-screen" aria-labelledby="import-heading">
      <h1 id="import-heading">Import</h1>
      <p>
        Add your own articles to the library. They are kept on this computer, can be searched,
        highlighted and annotated like the rest, and nothing they link to is ever loaded.
      </p>
      <div className="drop-zone">
        <p className="drop-zone-title">Drop saved web pages, Markdown, text or EPUB files here</p>
        <p>or</p>
        <button type="button" onClick={() => void chooseAndImport(db, shell)}>
          Choose files…
        </button>
        <p className="drop-zone-formats">
          Web pages saved from a browser (.html, .htm, .xhtml, .mhtml, .mht), Markdown (.md,
          .markdown), plain text (.txt) and EPUB books (.epub), up to {megabytes(MAX_IMPORT_BYTES)}{' '}
          each.
        </p>
      </div>
      {run.pickError && (
        <p role="alert" className="import-error">
          {run.pickError}
        </p>
      )}
      {started && (
        <div className="import-run">
          <h2>{run.running ? 'Importing' : 'Import finished'}</h2>
          <label className="import-progress">
            <span role="status">
              {run.running
                ? progressLabel(run.done, run.total, run.current)
                : summaryLine(run.outcomes)}
            </span>
            <progress max={run.total} value={run.done} />
          </label>
          <ImportResults outcomes={run.outcomes} />
        </div>
      )}
    </section>
  );
}
