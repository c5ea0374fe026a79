// The reading view of an article: progress bar, header with bookmarks and the reader's note,
// contents, the body with highlights, then detached highlights, related events and sources.
import DOMPurify from 'dompurify';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { BookmarkButton } from '../../components/BookmarkButton';
import type { Article, ImportedArticle, ImportedSummary } from '../../db/types';
import { ARTICLE_HTML_POLICY } from '../../db/html-policy';
import { ArticleBody } from './ArticleBody';
import { DetachedHighlights } from './DetachedHighlights';
import { HighlightEditor } from './HighlightEditor';
import { HighlightToolbar } from './HighlightToolbar';
import { importedBodyFragment } from './imported-body';
import { ImportedDetails } from './ImportedDetails';
import { markSelectorFor } from './marks';
import { NoteBox } from './NoteBox';
import { popoverPosition, visibleArea } from './popover';
import { PlaceBookmarkButton } from './PlaceBookmarkButton';
import { ReaderSources } from './ReaderSources';
import { CorrectionNotice } from '../../components/CorrectionNotice';
import { ReadingProgressBar } from './ReadingProgressBar';
import { TableOfContents, tocEntries } from './TableOfContents';
import { useBookmark } from './useBookmark';
import { useHighlights } from './useHighlights';
import { useReadingPosition } from './useReadingPosition';
import { MiniTimeline } from '../../components/timeline/MiniTimeline';
import '../../components/reader.css';

interface Editing {
  id: number;
  top: number;
  left: number;
}

const EDITOR_SIZE = { width: 380, height: 290 };

interface ArticleViewProps {
  article: Article;
  /** For an imported article: its details were edited, or it was deleted. */
  onImportedSaved?: (summary: ImportedSummary) => void;
  onImportedDeleted?: (article: ImportedArticle) => void;
}

export function ArticleView({
  article: a,
  onImportedSaved = () => {},
  onImportedDeleted = () => {},
}: ArticleViewProps) {
  const [bookmarked, toggleBookmark] = useBookmark(a.id);
  const bodyRef = useRef<HTMLDivElement>(null);
  const hostRef = useRef<HTMLDivElement>(null);
  // Sanitized again on the way in (the DB is trusted, but not blindly), as DOM nodes.
  const imported = a.imported !== undefined;
  const content = useMemo(
    () =>
      imported
        ? importedBodyFragment(a.bodyHtml)
        : DOMPurify.sanitize(a.bodyHtml, { ...ARTICLE_HTML_POLICY, RETURN_DOM_FRAGMENT: true }),
    [a.bodyHtml, imported],
  );
  const toc = useMemo(() => tocEntries(content), [content]);
  const { fraction, current, stored } = useReadingPosition(a.id, bodyRef);
  const { highlights, add, update, remove } = useHighlights(a.id);
  const [editing, setEditing] = useState<Editing | null>(null);
  const editingHighlight = editing ? highlights.find((h) => h.id === editing.id) : undefined;
  const [focusMark, setFocusMark] = useState<number | null>(null);

  // Runs after the body has drawn the marks (a child's layout effect runs first).
  useEffect(() => {
    if (focusMark === null) return;
    const mark = bodyRef.current?.querySelector<HTMLElement>(markSelectorFor(focusMark));
    if (!mark) return;
    mark.focus();
    setFocusMark(null);
  }, [focusMark, highlights]);

  const openHighlight = useCallback((id: number, mark: HTMLElement) => {
    const host = hostRef.current;
    if (!host) return;
    const place = popoverPosition(
      mark.getBoundingClientRect(),
      host.getBoundingClientRect(),
      visibleArea(),
      EDITOR_SIZE,
    );
    setEditing({ id, ...place });
  }, []);

  const closeEditor = useCallback(
    (reason: 'close' | 'removed' | 'outside') => {
      const id = editing?.id;
      setEditing(null);
      if (reason === 'outside') return;
      const mark =
        id === undefined || reason === 'removed'
          ? null
          : bodyRef.current?.querySelector<HTMLElement>(markSelectorFor(id));
      (mark ?? document.getElementById('content'))?.focus({ preventScroll: true });
    },
    [editing],
  );

  return (
    <article className="reader" aria-labelledby="article-title">
      {/* Stays at the top while reading, so a place can be bookmarked where it is read. */}
      <div className="reading-bar">
        <ReadingProgressBar fraction={fraction} stored={stored} />
        <div className="reading-bar-actions">
          <PlaceBookmarkButton targetId={a.id} bodyRef={bodyRef} currentFraction={current} />
        </div>
      </div>
      <header>
        <p className="kind-label">
          {a.imported ? 'Imported article' : 'Article'} · {a.readingMinutes} min read
        </p>
        <h1 id="article-title">{a.title}</h1>
        {a.imported ? (
          <ImportedDetails
            summary={a.imported}
            onSaved={onImportedSaved}
            onDeleted={onImportedDeleted}
          >
            <BookmarkButton pressed={bookmarked} onToggle={toggleBookmark} />
          </ImportedDetails>
        ) : (
          <>
            <p className="dek">{a.dek}</p>
            <div className="reader-actions">
              <BookmarkButton pressed={bookmarked} onToggle={toggleBookmark} />
            </div>
            <CorrectionNotice corrections={a.corrections ?? []} />
          </>
        )}
        <NoteBox targetId={a.id} />
      </header>
      <TableOfContents articleId={a.id} entries={toc} />
      <div className="reader-body-wrap" ref={hostRef}>
        <ArticleBody
          content={content}
          highlights={highlights}
          bodyRef={bodyRef}
          onOpenHighlight={openHighlight}
        />
        <HighlightToolbar
          bodyRef={bodyRef}
          hostRef={hostRef}
          enabled={!editing}
          onCreate={add}
          focusMark={setFocusMark}
        />
        {editing && editingHighlight && (
          <HighlightEditor
            key={editing.id}
            highlight={editingHighlight}
            position={editing}
            onUpdate={(change) => update(editing.id, change)}
            onRemove={() => remove(editing.id)}
            onClose={closeEditor}
          />
        )}
      </div>
      <DetachedHighlights highlights={highlights} onRemove={(id) => void remove(id)} />
      {a.relatedEvents.length > 0 && (
        <MiniTimeline
          range={{ article: a.id }}
          heading="Events in this article"
          headingId="events-heading"
          fallback={a.relatedEvents}
        />
      )}
      <ReaderSources sources={a.sources} />
      {!a.imported && (
        <p className="muted">
          Last updated {a.updated}
          {a.reviewed ? `; checked against its sources on ${a.reviewed}` : ''}.
        </p>
      )}
    </article>
  );
}
