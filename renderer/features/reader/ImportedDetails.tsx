// Where an imported article came from (author, date, original address, file, when it was
// imported), with "Edit details" and "Delete".
import { useRef, useState, type ReactNode } from 'react';
import { useApp } from '../../services/context';
import { ExternalLink } from '../../components/ExternalLink';
import { formatDateRange } from '../../db/dates';
import type { ImportedArticle, ImportedSummary } from '../../db/types';
import { readableError } from '../../services/import-outcomes';
import { ImportedEditForm } from './ImportedEditForm';

interface Props {
  summary: ImportedSummary;
  onSaved(summary: ImportedSummary): void;
  onDeleted(article: ImportedArticle): void;
  /** Shown first in the row of actions (the bookmark button). */
  children?: ReactNode;
}

export function ImportedDetails({ summary, onSaved, onDeleted, children }: Props) {
  const { db } = useApp();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const editRef = useRef<HTMLButtonElement>(null);

  const closeEditor = () => {
    setEditing(false);
    // The form is gone; focus goes back to the button that opened it.
    setTimeout(() => editRef.current?.focus());
  };

  const remove = async () => {
    setError(null);
    try {
      const removed = await db.removeImported(summary.id);
      if (removed) onDeleted(removed);
      else setError('This article is no longer in your library.');
    } catch (caught) {
      setError(`The article was not deleted: ${readableError(caught)}`);
    }
  };

  return (
    <div className="imported-details">
      <dl className="imported-facts">
        {summary.author && (
          <>
            <dt>By</dt>
            <dd>{summary.author}</dd>
          </>
        )}
        {summary.published && (
          <>
            <dt>Published</dt>
            <dd>{formatDateRange(summary.published, null)}</dd>
          </>
        )}
        {summary.sourceUrl && (
          <>
            <dt>Original</dt>
            <dd className="imported-source">
              <ExternalLink href={summary.sourceUrl}>{summary.sourceUrl}</ExternalLink>
            </dd>
          </>
        )}
        <dt>Imported</dt>
        <dd>
          {formatDateRange(summary.importedAt.slice(0, 10), null)}
          {summary.fileName && <> from {summary.fileName}</>}
        </dd>
      </dl>
      <div className="reader-actions">
        {children}
        <button
          type="button"
          ref={editRef}
          aria-expanded={editing}
          onClick={() => (editing ? closeEditor() : setEditing(true))}
        >
          Edit details
        </button>
        <button type="button" onClick={() => void remove()}>
          Delete
        </button>
      </div>
      {editing && (
        <ImportedEditForm
          summary={summary}
          onCancel={closeEditor}
          onSaved={(updated) => {
            onSaved(updated);
            closeEditor();
          }}
        />
      )}
      {error && (
        <p role="alert" className="imported-edit-error">
          {error}
        </p>
      )}
    </div>
  );
}
