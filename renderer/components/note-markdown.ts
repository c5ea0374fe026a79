// A user's note, written in Markdown, as safe HTML for the reader's Preview and the Notes
// screen. markdown-it runs with raw HTML off; DOMPurify then keeps a short allow-list, so a
// note can never inject markup, script or ids into the page.
import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';

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

// A note sits under the screen's h1 and a section's h2: its own "# Heading" becomes an h3,
// so the page keeps one outline for screen reader users.
md.core.ruler.push('demote_headings', (state) => {
  for (const token of state.tokens) {
    if (token.type === 'heading_open' || token.type === 'heading_close') {
      token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + 2)}`;
    }
  }
});

export const NOTE_HTML_POLICY = {
  ALLOWED_TAGS: [
    'p',
    'br',
    'h3',
    'h4',
    'h5',
    'h6',
    'em',
    'strong',
    's',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'hr',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  ALLOWED_ATTR: ['href', 'title', 'start', 'rel'],
  // Web links (opened only after the shell asks) and in-app routes; nothing else.
  ALLOWED_URI_REGEXP: /^(?:https?:|#\/)/i,
};

export interface Sanitizer {
  sanitize(html: string, config: typeof NOTE_HTML_POLICY): string;
}

/** The note as safe HTML. The sanitizer is a parameter so tests can give one over jsdom. */
export function noteToHtml(markdown: string, purifier: Sanitizer = DOMPurify): string {
  return purifier.sanitize(md.render(markdown), NOTE_HTML_POLICY);
}
