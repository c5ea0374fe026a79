// Title, author, date and address of a saved page, from the places publishers and browsers put
// them: Open Graph and article meta tags, JSON-LD, <time>, the canonical link and the
// "saved from url=" comment browsers write at the top of a saved page.
import { pad } from '../db/dates';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function validDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A date as an ISO prefix ('YYYY', 'YYYY-MM' or 'YYYY-MM-DD'), or null when it cannot be read. */
export function normaliseDate(raw: string | null | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T\s])/.exec(value);
  if (iso) {
    const y = Number(iso[1]);
    if (y < 1000 || y > 2999) return null;
    if (!iso[2]) return iso[1]!;
    const m = Number(iso[2]);
    if (m < 1 || m > 12) return null;
    if (!iso[3]) return `${iso[1]}-${iso[2]}`;
    return validDay(y, m, Number(iso[3])) ? `${iso[1]}-${iso[2]}-${iso[3]}` : null;
  }
  // "3 March 2024", "March 3, 2024", "Mar 2024"
  const lower = value.toLowerCase();
  const year = /\b(1\d{3}|2\d{3})\b/.exec(lower);
  const month = MONTHS.findIndex((name) => new RegExp(`\\b${name}[a-z]*\\.?`).test(lower));
  if (!year) return null;
  if (month < 0) return /^\d{4}$/.test(value) ? value : null;
  const day = /\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(lower.replace(year[0], ''));
  const y = Number(year[1]);
  if (day && validDay(y, month + 1, Number(day[1]))) {
    return `${y}-${pad(month + 1)}-${pad(Number(day[1]))}`;
  }
  return `${y}-${pad(month + 1)}`;
}

/** An absolute http(s) URL, or null. */
export function webUrl(raw: string | null | undefined, base?: string | null): string | null {
  const value = raw?.trim();
  if (!value) return null;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    for (const el of Array.from(doc.querySelectorAll('meta'))) {
      const name =
        el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop');
      if (name?.toLowerCase() === key.toLowerCase()) {
        const content = el.getAttribute('content')?.trim();
        if (content) return content;
      }
    }
  }
  return null;
}

type JsonLd = Record<string, unknown>;

function jsonLdObjects(doc: Document): JsonLd[] {
  const out: JsonLd[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      out.push(value as JsonLd);
      const graph = (value as JsonLd)['@graph'];
      if (graph) visit(graph);
    }
  };
  doc.querySelectorAll('script[type="application/ld+json" i]').forEach((script) => {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is common and says nothing about the article.
    }
  });
  return out;
}

function jsonLdString(doc: Document, key: string): string | null {
  for (const obj of jsonLdObjects(doc)) {
    const value = obj[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
    const first = Array.isArray(value) ? value[0] : value;
    if (first && typeof first === 'object') {
      const name = (first as JsonLd).name;
      if (typeof name === 'string' && name.trim()) return name.trim();
    }
  }
  return null;
}

/** The address in `<!-- saved from url=(0045)https://… -->`; the number is the URL's length. */
export function savedFromUrl(source: string): string | null {
  const match = /<!--\s*saved from url=\((\d{1,4})\)(\S+)/i.exec(source.slice(0, 4096));
  if (!match) return null;
  const url = match[2]!.slice(0, Number(match[1])).replace(/-->$/, '');
  return webUrl(url);
}

export interface PageMetadata {
  title: string | null;
  author: string | null;
  published: string | null;
  sourceUrl: string | null;
}

function cleanAuthor(raw: string | null | undefined): string | null {
  const value = raw
    ?.replace(/\s+/g, ' ')
    .trim()
    .replace(/^by\s+/i, '');
  if (!value || webUrl(value) || value.length > 200) return null;
  return value;
}

/**
 * Metadata of a parsed page. `readable` is what Readability found (it already reads JSON-LD and
 * the common meta tags); the rest fills its gaps in the order publishers use them.
 */
export function pageMetadata(
  doc: Document,
  source: string,
  readable: { title?: string | null; byline?: string | null; publishedTime?: string | null },
): PageMetadata {
  const title =
    readable.title?.trim() ||
    meta(doc, 'og:title', 'twitter:title', 'dc.title') ||
    doc.querySelector('title')?.textContent?.trim() ||
    null;
  const author =
    cleanAuthor(readable.byline) ??
    cleanAuthor(meta(doc, 'author', 'article:author', 'dc.creator', 'byl')) ??
    cleanAuthor(jsonLdString(doc, 'author'));
  const published =
    normaliseDate(meta(doc, 'article:published_time')) ??
    normaliseDate(readable.publishedTime) ??
    normaliseDate(
      meta(doc, 'date', 'dc.date', 'dc.date.issued', 'pubdate', 'publish-date', 'datePublished'),
    ) ??
    normaliseDate(doc.querySelector('time[datetime]')?.getAttribute('datetime')) ??
    normaliseDate(jsonLdString(doc, 'datePublished'));
  const savedFrom = savedFromUrl(source);
  const sourceUrl =
    webUrl(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), savedFrom) ??
    webUrl(meta(doc, 'og:url')) ??
    savedFrom;
  return { title, author, published, sourceUrl };
}
