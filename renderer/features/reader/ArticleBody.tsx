// The article's HTML, sanitized again on the way in (the DB is trusted, but not blindly),
// with in-app links handled as routes and web links sent through the shell's confirm path.
import DOMPurify from 'dompurify';
import { useMemo } from 'react';
import { useApp } from '../../app/context';

const CONFIG = {
  ALLOWED_TAGS: [
    'p',
    'h2',
    'h3',
    'h4',
    'ul',
    'ol',
    'li',
    'blockquote',
    'em',
    'strong',
    'a',
    'code',
    'pre',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'hr',
    'br',
    'sup',
    'sub',
  ],
  ALLOWED_ATTR: ['href', 'id', 'rel', 'data-external', 'title'],
  ALLOWED_URI_REGEXP: /^(?:https?:|#\/)/i,
};

export function ArticleBody({ html }: { html: string }) {
  const { shell } = useApp();
  const clean = useMemo(() => DOMPurify.sanitize(html, CONFIG), [html]);
  return (
    <div
      className="article-body"
      onClick={(event) => {
        const link = (event.target as HTMLElement).closest('a');
        const href = link?.getAttribute('href') ?? '';
        if (link && /^https?:/i.test(href)) {
          event.preventDefault();
          void shell.openExternal(href);
        }
      }}
      dangerouslySetInnerHTML={{ __html: clean }}
    />
  );
}
