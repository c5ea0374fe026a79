// What is left on the screen of an imported article just deleted: what happened, the way back
// to the library and, for a while, Undo.
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useApp } from '../../services/context';
import type { ImportedArticle } from '../../db/types';
import { UndoToast } from '../../components/UndoToast';
import { readableError } from '../../services/import-outcomes';

interface Props {
  article: ImportedArticle;
  onRestored(): void;
}

export function DeletedImport({ article, onRestored }: Props) {
  const { db } = useApp();
  const [offered, setOffered] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const expire = useCallback(() => setOffered(false), []);

  useLayoutEffect(() => headingRef.current?.focus(), []);

  const undo = async () => {
    try {
      await db.restoreImported(article);
      onRestored();
    } catch (caught) {
      setError(`The article could not be put back: ${readableError(caught)}`);
    }
  };

  return (
    <section aria-labelledby="deleted-heading">
      <h1 id="deleted-heading" ref={headingRef} tabIndex={-1}>
        Deleted “{article.title}”
      </h1>
      <p>
        It is no longer in your library or in search results. <a href="#/">Back to the library</a>{' '}
        or <a href="#/import">import more articles</a>.
      </p>
      {error && <p role="alert">{error}</p>}
      <div role="status" className="undo-region">
        {offered && (
          <UndoToast
            message={`Deleted “${article.title}”.`}
            onUndo={() => void undo()}
            onExpire={expire}
          />
        )}
      </div>
    </section>
  );
}
