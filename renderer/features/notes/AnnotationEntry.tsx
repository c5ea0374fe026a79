// One entry of the Notes screen: a note (as formatted Markdown) or a highlight (its quote in
// its colour, its own note, and a plain warning when the passage has left the article).
import { itemHref } from '../../services/router';
import type { ItemKind } from '../../db/types';
import { annotationTarget, annotationTitle, type Annotation } from './annotation-list';
import { MarkdownPreview } from '../../components/MarkdownPreview';

const KIND: Record<ItemKind, string> = {
  article: 'Article',
  event: 'Event',
  imported: 'Imported article',
};

export function AnnotationEntry({ annotation }: { annotation: Annotation }) {
  const a = annotation;
  const kind = a.type === 'note' ? a.note.kind : a.highlight.kind;
  const what = a.type === 'note' ? 'Note' : `${capitalise(a.highlight.colour)} highlight`;
  return (
    <li className={`annotation annotation-${a.type}`}>
      <h2 className="annotation-title">
        <a href={itemHref(annotationTarget(a))}>{annotationTitle(a)}</a>
      </h2>
      <p className="item-meta">
        <span className="annotation-what">{what}</span> · {KIND[kind]} · updated{' '}
        <time dateTime={a.updatedAt}>{a.updatedAt.slice(0, 10)}</time>
      </p>
      {a.type === 'note' ? (
        <MarkdownPreview className="annotation-body" markdown={a.note.body} />
      ) : (
        <>
          <blockquote className={`hl-quote hl-${a.highlight.colour}`}>
            <p>{a.highlight.quote}</p>
          </blockquote>
          {a.highlight.range === null && (
            <p className="detached">
              <strong>Detached:</strong> this passage is no longer in the article. The quote is kept
              as you highlighted it.
            </p>
          )}
          {a.highlight.note.trim() && (
            <MarkdownPreview className="annotation-body" markdown={a.highlight.note} />
          )}
        </>
      )}
    </li>
  );
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
