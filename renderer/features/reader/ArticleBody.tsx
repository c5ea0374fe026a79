// The article's HTML, sanitized again on the way in (the DB is trusted, but not blindly),
// with in-app links handled as routes and web links sent through the shell's confirm path.
import DOMPurify from 'dompurify';
import { useMemo } from 'react';
import { useApp } from '../../app/context';
import { ARTICLE_HTML_POLICY } from '../../db/html-policy';

export function ArticleBody({ html }: { html: string }) {
  const { shell } = useApp();
  const clean = useMemo(() => DOMPurify.sanitize(html, ARTICLE_HTML_POLICY), [html]);
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
