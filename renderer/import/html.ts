// Saved web pages: decode with the charset the page declares (or detect it), let Readability
// find the article among the page's menus, banners and comments, read the metadata, sanitize.
import { Readability } from '@mozilla/readability';
import { decodeText, declaredHtmlCharset } from './decode';
import { countWords, finishDocument, htmlToText } from './document';
import type { HtmlEnv } from './env';
import { ImportFailure, messages } from './failure';
import { pageMetadata, webUrl } from './metadata';
import { sanitizeImportedHtml, type ImageResolution } from './sanitize';
import type { ImportFormat, ImportedDocument } from './types';

/** Below this many words a page without a recognisable article has nothing worth importing. */
const MIN_FALLBACK_WORDS = 30;

export interface HtmlImportOptions {
  format?: ImportFormat;
  /** Where the page came from when the file says so outside the HTML (an MHTML header). */
  location?: string | null;
  resolveImage?: (src: string) => ImageResolution | null;
}

export function importHtmlBytes(
  bytes: Uint8Array,
  fileName: string,
  env: HtmlEnv,
  options: HtmlImportOptions = {},
): Promise<ImportedDocument> {
  const source = decodeText(bytes, fileName, declaredHtmlCharset(bytes));
  return importHtmlText(source, fileName, env, options);
}

/**
 * Page furniture Readability's own patterns miss because it sits inside the article's
 * container: ad slots, cookie notices and newsletter prompts, and anything the page hides.
 */
const FURNITURE = [
  '[hidden]',
  '[aria-hidden="true"]',
  '[class~="ad"]',
  '[class~="ads"]',
  '[class*="ad-slot"]',
  '[class*="ad-unit"]',
  '[class*="advert"]',
  '[id^="ad-"]',
  '[id*="advert"]',
  '[class*="cookie"]',
  '[id*="cookie"]',
  '[class*="consent"]',
  '[class*="newsletter"]',
  '[class*="share-buttons"]',
].join(',');

function removeFurniture(doc: Document): void {
  doc.body?.querySelectorAll(FURNITURE).forEach((el) => el.remove());
}

function fileTitle(fileName: string): string {
  return (
    fileName
      .replace(/\.[^.]+$/, '')
      .replace(/[_]+/g, ' ')
      .trim() || fileName
  );
}

export async function importHtmlText(
  source: string,
  fileName: string,
  env: HtmlEnv,
  options: HtmlImportOptions = {},
): Promise<ImportedDocument> {
  if (!source.trim()) throw new ImportFailure('empty', messages.empty(fileName));
  const location = webUrl(options.location);
  const doc = env.parse(source, location ?? undefined);
  // Readability changes the document it reads; the metadata comes from an untouched one.
  const reading = doc.cloneNode(true) as Document;
  removeFurniture(reading);
  const article = new Readability(reading).parse();
  const meta = pageMetadata(doc, source, article ?? {});
  const pageUrl = location ?? meta.sourceUrl;
  const title = meta.title || fileTitle(fileName);
  const sanitizeOptions = { title, pageUrl, resolveImage: options.resolveImage };

  const words = (markup: string) => countWords(htmlToText(markup, env));
  let html = article?.content ? sanitizeImportedHtml(article.content, env, sanitizeOptions) : '';
  if (words(html) < MIN_FALLBACK_WORDS) {
    // No article found: the page's own body, sanitized, if there is enough of it to read.
    const whole = sanitizeImportedHtml(doc.body?.innerHTML ?? '', env, sanitizeOptions);
    if (words(whole) < MIN_FALLBACK_WORDS) {
      throw new ImportFailure('no-content', messages.noContent(fileName));
    }
    html = whole;
  }
  return finishDocument(
    {
      title,
      author: meta.author,
      published: meta.published,
      sourceUrl: location ?? meta.sourceUrl,
      format: options.format ?? 'html',
      fileName,
      html,
    },
    env,
  );
}
