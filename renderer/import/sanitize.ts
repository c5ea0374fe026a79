// The security core of imports: whatever a file contains, what leaves here is plain article
// markup. Nothing in it runs, nothing in it loads from the network (remote images become a
// text placeholder), and links are web or mail links that open through the reader's
// confirm-and-open path. DOMPurify does the sanitizing; a last pass re-checks the invariants.
import type { Config, UponSanitizeAttributeHook } from 'dompurify';
import type { HtmlEnv } from './env';
import { MAX_DATA_IMAGE_BYTES } from './types';

export const PLACEHOLDER_CLASS = 'imported-image-placeholder';
export const ID_PREFIX = 'imp-';

/** Elements removed with everything inside them. */
const REMOVED_WITH_CONTENT = [
  'script',
  'style',
  'link',
  'meta',
  'base',
  'title',
  'head',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'svg',
  'math',
  'template',
  'noscript',
  'noembed',
  'noframes',
  'audio',
  'video',
  'source',
  'track',
  'canvas',
  'picture',
  'map',
  'portal',
  'dialog',
];

export const IMPORTED_HTML_POLICY = {
  ALLOWED_TAGS: [
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'p',
    'div',
    'section',
    'span',
    'ul',
    'ol',
    'li',
    'dl',
    'dt',
    'dd',
    'blockquote',
    'pre',
    'code',
    'kbd',
    'em',
    'strong',
    'b',
    'i',
    'u',
    's',
    'del',
    'ins',
    'cite',
    'q',
    'abbr',
    'small',
    'sup',
    'sub',
    'a',
    'img',
    'figure',
    'figcaption',
    'table',
    'caption',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
    'hr',
    'br',
  ],
  ALLOWED_ATTR: ['href', 'src', 'alt', 'title', 'id', 'colspan', 'rowspan', 'class'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  FORBID_TAGS: REMOVED_WITH_CONTENT,
  ADD_FORBID_CONTENTS: REMOVED_WITH_CONTENT,
  FORBID_ATTR: ['style', 'srcset', 'poster', 'background', 'ping', 'formaction', 'action'],
  // DOMPurify's own shape (plain values and relative references pass) narrowed to web and
  // mail links; the hooks below hold href and src to stricter rules still.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
} satisfies Config;

const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp);base64,([a-z0-9+/]+={0,2})$/i;

/** Control characters and whitespace browsers ignore inside a URL's scheme. */
function compactUrl(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0020\u007F-\u009F]+/g, '');
}

/** A data: URL of an allowed image type under the size limit, or null. */
export function allowedDataImage(src: string): string | null {
  const compact = compactUrl(src);
  const match = DATA_IMAGE.exec(compact);
  if (!match) return null;
  return Math.floor((match[1]!.length * 3) / 4) <= MAX_DATA_IMAGE_BYTES ? compact : null;
}

type LinkKind = 'web' | 'mail' | 'fragment' | null;

export function linkKind(href: string): LinkKind {
  const compact = compactUrl(href);
  if (/^#[^#]*$/.test(compact)) return 'fragment';
  if (/^https?:\/\/[^/]/i.test(compact)) return 'web';
  if (/^mailto:/i.test(compact)) return 'mail';
  return null;
}

export interface ImageResolution {
  /** An allowed data: URL to show, or null for the placeholder. */
  dataUrl: string | null;
  /** What the placeholder names when there is no data URL. */
  label: string;
}

export interface SanitizeOptions {
  /** The article's title: a leading heading that repeats it is dropped. */
  title?: string | null;
  /** The page's own address, so links to its fragments stay in-page links. */
  pageUrl?: string | null;
  /** Turns an image reference into an inlined image (MHTML parts, EPUB files). */
  resolveImage?: (src: string) => ImageResolution | null;
}

function placeholder(doc: Document, label: string): HTMLElement {
  const span = doc.createElement('span');
  span.className = PLACEHOLDER_CLASS;
  span.textContent = `Image not imported: ${label}`;
  return span;
}

function describeSource(src: string): string {
  const compact = compactUrl(src);
  if (/^data:/i.test(compact)) return 'an embedded image larger than the import limit';
  return src.trim().slice(0, 500);
}

function firstSrcsetUrl(srcset: string | null): string | null {
  const first = srcset?.trim().split(/\s+/)[0];
  return first ? first.replace(/,$/, '') : null;
}

/** Images stay only as allowed data: URLs; every other image becomes a text placeholder. */
function settleImages(root: Element, options: SanitizeOptions): void {
  const doc = root.ownerDocument;
  // A <picture> loads through its <source> elements; keep its <img> and let it be judged alone.
  root.querySelectorAll('picture').forEach((picture) => {
    const img = picture.querySelector('img');
    const fallback = firstSrcsetUrl(
      picture.querySelector('source')?.getAttribute('srcset') ?? null,
    );
    if (img) {
      if (!img.getAttribute('src') && fallback) img.setAttribute('src', fallback);
      picture.replaceWith(img);
    } else if (fallback) {
      picture.replaceWith(placeholder(doc, fallback));
    }
  });
  root.querySelectorAll('img').forEach((img) => {
    const src = img.getAttribute('src') ?? firstSrcsetUrl(img.getAttribute('srcset'));
    if (!src || !src.trim()) {
      img.remove();
      return;
    }
    const direct = allowedDataImage(src);
    if (direct) {
      img.setAttribute('src', direct);
      img.removeAttribute('srcset');
      return;
    }
    const resolved = options.resolveImage?.(src.trim()) ?? null;
    if (resolved?.dataUrl && allowedDataImage(resolved.dataUrl)) {
      img.setAttribute('src', resolved.dataUrl);
      img.removeAttribute('srcset');
      return;
    }
    img.replaceWith(placeholder(doc, resolved?.label ?? describeSource(src)));
  });
}

function normaliseTitle(text: string | null | undefined): string {
  return (text ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The article's title is shown above the body, so a leading heading that repeats it goes, and
 * if the body still has an h1 every heading moves one level down so the title stays the only h1.
 */
function settleHeadings(root: Element, title: string | null | undefined): void {
  const first = root.querySelector('h1, h2, h3');
  if (first && title && normaliseTitle(first.textContent) === normaliseTitle(title)) {
    const before = textBefore(root, first);
    if (!before.trim()) first.remove();
  }
  if (!root.querySelector('h1')) return;
  const doc = root.ownerDocument;
  root.querySelectorAll('h1, h2, h3, h4, h5, h6').forEach((heading) => {
    const level = Math.min(6, Number(heading.tagName[1]) + 1);
    const moved = doc.createElement(`h${level}`);
    for (const attr of Array.from(heading.attributes)) moved.setAttribute(attr.name, attr.value);
    moved.append(...Array.from(heading.childNodes));
    heading.replaceWith(moved);
  });
}

function textBefore(root: Element, node: Element): string {
  const range = root.ownerDocument.createRange();
  range.setStart(root, 0);
  range.setEndBefore(node);
  return range.toString();
}

/** In-page links keep working: the page's own address with a fragment becomes the fragment. */
function settleFragments(root: Element, pageUrl: string | null | undefined): void {
  const page = pageUrl ? pageUrl.replace(/#.*$/, '') : null;
  root.querySelectorAll('a[href]').forEach((a) => {
    const href = a.getAttribute('href')!.trim();
    if (page && href.startsWith(`${page}#`)) a.setAttribute('href', href.slice(page.length));
  });
}

const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'background',
  'ping',
  'data',
  'codebase',
  'cite',
  'longdesc',
  'usemap',
  'lowsrc',
  'dynsrc',
  'manifest',
  'icon',
  'profile',
]);

const holdAttributes: UponSanitizeAttributeHook = (node, data) => {
  const name = data.attrName;
  const value = data.attrValue;
  if (name === 'href') {
    data.keepAttr = node.nodeName === 'A' && linkKind(value) !== null;
  } else if (name === 'src') {
    data.keepAttr = node.nodeName === 'IMG' && allowedDataImage(value) !== null;
  } else if (name === 'class') {
    data.keepAttr = node.nodeName === 'SPAN' && value === PLACEHOLDER_CLASS;
  } else if (name === 'id') {
    const id = value.trim().replace(/\s+/g, '-');
    // Readability wraps the article in <div id="readability-page-1">, which means nothing here.
    data.keepAttr = id.length > 0 && id.length <= 200 && !id.startsWith('readability-');
    data.attrValue = id.startsWith(ID_PREFIX) ? id : `${ID_PREFIX}${id}`;
  } else if (name === 'colspan' || name === 'rowspan') {
    data.keepAttr = /^\d{1,3}$/.test(value.trim());
  }
};

function markLinks(node: Element): void {
  if (node.nodeName !== 'A') return;
  const href = node.getAttribute('href');
  const kind = href === null ? null : linkKind(href);
  if (kind === 'web' || kind === 'mail') {
    node.setAttribute('href', compactUrl(href!));
    node.setAttribute('rel', 'noopener noreferrer');
  }
  if (kind === 'web') node.setAttribute('data-external', 'true');
  if (kind === 'fragment') {
    const target = compactUrl(href!).slice(1);
    node.setAttribute(
      'href',
      target.startsWith(ID_PREFIX) ? `#${target}` : `#${ID_PREFIX}${target}`,
    );
  }
}

/**
 * Problems with sanitized markup: an event handler, a URL with a scheme not allowed, a style,
 * a forbidden element. Empty when the markup keeps the import policy's promises.
 */
export function policyViolations(root: Element): string[] {
  const problems: string[] = [];
  const forbidden = new Set(REMOVED_WITH_CONTENT);
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.localName.toLowerCase();
    if (forbidden.has(tag)) problems.push(`<${tag}> element`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`${name} on <${tag}>`);
      if (name === 'style') problems.push(`style on <${tag}>`);
      if (!URL_ATTRIBUTES.has(name)) continue;
      const ok =
        (name === 'href' && tag === 'a' && linkKind(attr.value) !== null) ||
        (name === 'src' && tag === 'img' && allowedDataImage(attr.value) !== null);
      if (!ok) problems.push(`${name}="${attr.value.slice(0, 80)}" on <${tag}>`);
    }
  }
  return problems;
}

/** Removes whatever policyViolations would report; the result keeps the policy's promises. */
function enforcePolicy(root: Element): void {
  const forbidden = new Set(REMOVED_WITH_CONTENT);
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (forbidden.has(el.localName.toLowerCase())) {
      el.remove();
      continue;
    }
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const tag = el.localName.toLowerCase();
      const badUrl =
        URL_ATTRIBUTES.has(name) &&
        !(
          (name === 'href' && tag === 'a' && linkKind(attr.value) !== null) ||
          (name === 'src' && tag === 'img' && allowedDataImage(attr.value) !== null)
        );
      if (name.startsWith('on') || name === 'style' || badUrl) el.removeAttribute(attr.name);
    }
  }
}

/**
 * Untrusted HTML (a fragment or a whole page) to markup that is safe to put into the reader.
 * Runs entirely on inert documents from env.parse.
 */
export function sanitizeImportedHtml(
  html: string,
  env: HtmlEnv,
  options: SanitizeOptions = {},
): string {
  const doc = env.parse(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  const body = doc.body;
  // <picture> and <source> are read for their image first, then go with the rest.
  const removeFirst = REMOVED_WITH_CONTENT.filter((tag) => tag !== 'picture' && tag !== 'source');
  body.querySelectorAll(removeFirst.join(',')).forEach((el) => el.remove());
  settleImages(body, options);
  body.querySelectorAll('picture, source').forEach((el) => el.remove());
  settleHeadings(body, options.title);
  settleFragments(body, options.pageUrl);

  const purifier = env.purifier;
  purifier.addHook('uponSanitizeAttribute', holdAttributes);
  purifier.addHook('afterSanitizeAttributes', markLinks);
  let clean: string;
  try {
    clean = purifier.sanitize(body.innerHTML, IMPORTED_HTML_POLICY);
  } finally {
    purifier.removeHook('afterSanitizeAttributes', markLinks);
    purifier.removeHook('uponSanitizeAttribute', holdAttributes);
  }

  // Belt and braces: parse the result again and hold it to the invariants directly.
  const check = env.parse(`<!DOCTYPE html><html><head></head><body>${clean}</body></html>`).body;
  if (policyViolations(check).length > 0) {
    enforcePolicy(check);
    clean = check.innerHTML;
  }
  return clean;
}
