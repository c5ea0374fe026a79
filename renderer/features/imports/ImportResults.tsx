// One line per imported file: a link to the new article, to the one already in the library,
// or the reason the file was not imported.
import { itemHref } from '../../services/router';
import type { FileOutcome } from '../../services/import-outcomes';

const STATUS_LABELS: Record<FileOutcome['status'], string> = {
  added: 'Imported',
  duplicate: 'Already in your library',
  failed: 'Not imported',
};

export function ImportResults({ outcomes }: { outcomes: readonly FileOutcome[] }) {
  if (outcomes.length === 0) return null;
  return (
    <ul className="import-results" aria-label="Imported files">
      {outcomes.map((outcome, i) => (
        <li key={i} className={`import-result import-result-${outcome.status}`}>
          <span className="import-result-status">{STATUS_LABELS[outcome.status]}</span>
          <span className="import-result-file">{outcome.fileName}</span>
          {outcome.status === 'failed' ? (
            <p className="import-result-message">{outcome.message}</p>
          ) : (
            <p className="import-result-message">
              <a href={itemHref(outcome.article.id)}>{outcome.article.title}</a>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
