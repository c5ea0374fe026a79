// Markdown to sanitized HTML for article bodies and event summaries, plus the plain text
// the search index and word counts use.
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { ARTICLE_HTML_POLICY } from '../../renderer/db/html-policy';

const window = new JSDOM('').window;
const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

// Links to other items ("[the offensive](event:2023-09-19-offensive)") become in-app routes;
// anything else must be an external http(s) link and opens through the shell's confirm path.
md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
  const token = tokens[idx]!;
  const href = String(token.attrGet('href') ?? '');
  const internal = /^(article|event|place):/.exec(href);
  if (internal) {
    token.attrSet('href', `#/${internal[1]}/${encodeURIComponent(href)}`);
  } else {
    token.attrSet('rel', 'noopener noreferrer');
    token.attrSet('data-external', 'true');
  }
  return self.renderToken(tokens, idx, options);
};

md.renderer.rules.heading_open = (tokens, idx, options, _env, self) => {
  const inline = tokens[idx + 1];
  const slug = (inline?.content ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
  if (slug) tokens[idx]!.attrSet('id', `sec-${slug}`);
  return self.renderToken(tokens, idx, options);
};

export function renderMarkdown(markdown: string): string {
  return purify.sanitize(md.render(markdown), ARTICLE_HTML_POLICY);
}

export function renderInline(markdown: string): string {
  return purify.sanitize(md.renderInline(markdown), ARTICLE_HTML_POLICY);
}

export function htmlToText(html: string): string {
  const doc = new JSDOM(`<body>${html}</body>`).window.document;
  doc.querySelectorAll('p, h2, h3, h4, li, blockquote, td, th').forEach((el) => el.append(' '));
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Section headings and bold terms, which say what a passage is about. */
export function emphasisText(html: string): string {
  const doc = new JSDOM(`<body>${html}</body>`).window.document;
  return [...doc.querySelectorAll('h2, h3, h4, strong, b')]
    .map((el) => (el.textContent ?? '').trim())
    .filter(Boolean)
    .join(' · ');
}

/**
 * The text of an article body exactly as a browser's textContent gives it: highlights are
 * anchored by character offsets into this string.
 */
export function anchorText(html: string): string {
  const body = new JSDOM('').window.document.createElement('div');
  body.innerHTML = html;
  return body.textContent ?? '';
}

export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;
}

/** About 230 words a minute, never less than one minute. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}
