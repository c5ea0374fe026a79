// Notes are written in Markdown and shown as HTML: markdown-it with raw HTML turned off,
// then DOMPurify with a short allow-list, so a note can never inject markup or script.
import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: true, breaks: true });

// A note sits under the screen's h1 and the entry's h2: its own "# Heading" becomes an h3,
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
  ALLOWED_ATTR: ['href', 'title', 'start'],
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
