// A user's note shown as formatted text. The HTML comes from noteToHtml (markdown-it without
// raw HTML, then DOMPurify); web links go through the shell, which asks before opening them.
import { useMemo } from 'react';
import { useApp } from '../services/context';
import { noteToHtml } from './note-markdown';

export function MarkdownPreview({
  markdown,
  className,
  label,
}: {
  markdown: string;
  className: string;
  /** When given, the preview is a named region a screen reader can find. */
  label?: string;
}) {
  const { shell } = useApp();
  const html = useMemo(() => noteToHtml(markdown), [markdown]);
  return (
    <div
      className={className}
      {...(label ? { role: 'region', 'aria-label': label } : {})}
      onClick={(event) => {
        const link = (event.target as HTMLElement).closest('a');
        const href = link?.getAttribute('href') ?? '';
        if (link && /^https?:/i.test(href)) {
          event.preventDefault();
          void shell.openExternal(href);
        }
      }}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
