// The article's text: the sanitized body placed into the page as DOM nodes (never as an HTML
// string), with the reader's highlights wrapped around their text ranges. In-app links are
// routes, web links go through the shell's confirm path, and a highlight opens for editing
// on click or Enter.
import { useLayoutEffect, useRef, type RefObject } from 'react';
import { useApp } from '../../services/context';
import type { Highlight } from '../../db/types';
import { unwrapAll, wrapSpan } from './dom-text';
import { MARK_SELECTOR, markSelectorFor } from './marks';

interface ArticleBodyProps {
  /** The sanitized body; copied into the page, so it is never changed itself. */
  content: DocumentFragment;
  highlights: Highlight[];
  bodyRef: RefObject<HTMLDivElement | null>;
  onOpenHighlight: (id: number, mark: HTMLElement) => void;
}

export function ArticleBody({ content, highlights, bodyRef, onOpenHighlight }: ArticleBodyProps) {
  const { shell } = useApp();
  // Which highlights are wrapped now, so a change of colour or note does not rebuild the marks
  // (and lose the focus on one of them).
  const applied = useRef('');

  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    body.replaceChildren(content.cloneNode(true));
    // Headings take focus when the table of contents sends the reader to them.
    body.querySelectorAll('h2, h3, h4').forEach((h) => h.setAttribute('tabindex', '-1'));
    applied.current = '';
  }, [content, bodyRef]);

  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const placed = highlights.filter((h) => h.range);
    const layout = placed.map((h) => `${h.id}:${h.range!.start}-${h.range!.end}`).join(',');
    if (layout !== applied.current) {
      const focused = document.activeElement
        ?.closest(MARK_SELECTOR)
        ?.getAttribute('data-highlight-id');
      unwrapAll(body, MARK_SELECTOR);
      for (const h of placed) {
        const [first] = wrapSpan(body, h.range!, () => {
          const mark = document.createElement('mark');
          mark.dataset.highlightId = String(h.id);
          return mark;
        });
        // One stop per highlight in the tab order, on its first piece; none inside a link,
        // which is a stop already.
        if (first && !first.closest('a')) first.setAttribute('tabindex', '0');
      }
      applied.current = layout;
      // Focus goes back to the re-drawn mark without scrolling: the reader may be scrolling.
      if (focused) {
        body
          .querySelector<HTMLElement>(markSelectorFor(Number(focused)))
          ?.focus({ preventScroll: true });
      }
    }
    for (const h of placed) {
      body.querySelectorAll<HTMLElement>(`mark[data-highlight-id="${h.id}"]`).forEach((mark) => {
        mark.className = `hl hl-${h.colour}`;
        if (h.note) mark.title = `Note: ${h.note}`;
        else mark.removeAttribute('title');
      });
    }
  }, [highlights, content, bodyRef]);

  const open = (target: EventTarget | null) => {
    const mark = (target as HTMLElement | null)?.closest<HTMLElement>(MARK_SELECTOR);
    if (!mark) return false;
    const first =
      bodyRef.current?.querySelector<HTMLElement>(
        `mark[data-highlight-id="${mark.dataset.highlightId}"]`,
      ) ?? mark;
    onOpenHighlight(Number(mark.dataset.highlightId), first);
    return true;
  };

  return (
    <div
      ref={bodyRef}
      className="article-body"
      onClick={(event) => {
        const target = event.target as HTMLElement;
        const link = target.closest('a');
        const href = link?.getAttribute('href') ?? '';
        if (link && /^https?:/i.test(href)) {
          event.preventDefault();
          void shell.openExternal(href);
          return;
        }
        // A link within an imported page ("#imp-notes") scrolls to its target; left to the
        // browser it would replace the app's route.
        if (link && href.startsWith('#') && !href.startsWith('#/')) {
          event.preventDefault();
          const target = bodyRef.current?.querySelector(`[id="${CSS.escape(href.slice(1))}"]`);
          target?.scrollIntoView();
          return;
        }
        // A click that ends a text selection is selecting, not opening the highlight.
        if (!link && document.getSelection()?.isCollapsed !== false) open(target);
      }}
      onKeyDown={(event) => {
        if ((event.key === 'Enter' || event.key === ' ') && open(event.target)) {
          event.preventDefault();
        }
      }}
    />
  );
}
