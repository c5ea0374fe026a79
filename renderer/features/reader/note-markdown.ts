// A note's Markdown as sanitized HTML for the Preview. markdown-it runs with raw HTML off,
// and the result goes through DOMPurify with the article policy minus ids (a note must not
// add ids that clash with the page's), so nothing a note holds can run or restyle the page.
import type { DOMPurify } from 'dompurify';
import MarkdownIt from 'markdown-it';
import { ARTICLE_HTML_POLICY } from '../../db/html-policy';

const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });

// [the offensive](event:2023-09-19-offensive) links to the item in the app, as in articles.
md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
  const token = tokens[idx]!;
  const href = String(token.attrGet('href') ?? '');
  const internal = /^(article|event):/.exec(href);
  if (internal) token.attrSet('href', `#/${internal[1]}/${encodeURIComponent(href)}`);
  else token.attrSet('rel', 'noopener noreferrer');
  return self.renderToken(tokens, idx, options);
};

export const NOTE_HTML_POLICY = {
  ...ARTICLE_HTML_POLICY,
  ALLOWED_ATTR: ARTICLE_HTML_POLICY.ALLOWED_ATTR.filter((name) => name !== 'id'),
};

/** purify is the page's DOMPurify, or one made over jsdom in the tests. */
export function renderNoteHtml(markdown: string, purify: Pick<DOMPurify, 'sanitize'>): string {
  return purify.sanitize(md.render(markdown), NOTE_HTML_POLICY);
}
