// What article HTML may contain. The content build sanitizes with it, and the reader
// sanitizes again with the same rules before showing a body.

export const ARTICLE_HTML_POLICY = {
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
  // In-app routes (#/...) and web links; nothing else, so no javascript: or data: URLs.
  ALLOWED_URI_REGEXP: /^(?:https?:|#\/)/i,
};
