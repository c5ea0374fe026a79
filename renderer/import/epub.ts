// EPUB books as one article: container.xml names the package (OPF), whose metadata gives the
// title, author and date and whose spine gives the chapters in reading order. Each chapter
// becomes a <section> under an <h2>. The archive is unpacked by ./epub-archive, which stops a
// ZIP bomb at the bytes it really produces, in a worker when the page supplies one.
import type { Unzipped } from 'fflate';
import { escapeHtml } from '../db/escape-html';
import { toBase64 } from './bytes';
import { decodeText } from './decode';
import { finishDocument } from './document';
import type { HtmlEnv } from './env';
import { inflateEpubArchive, type ArchiveInflater } from './epub-archive';
import { ImportFailure, messages } from './failure';
import { normaliseDate, webUrl } from './metadata';
import { sanitizeImportedHtml } from './sanitize';
import { MAX_DATA_IMAGE_BYTES, type ImportedDocument } from './types';

const IMAGE_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};

interface ManifestItem {
  id: string;
  path: string;
  mediaType: string;
  properties: string;
}

/** A path inside the archive, resolved from the folder of `from`; null when it leaves the archive. */
function resolvePath(from: string, href: string): string | null {
  let target: string;
  try {
    target = decodeURIComponent(href.split('#')[0]!.split('?')[0]!);
  } catch {
    target = href.split('#')[0]!;
  }
  if (!target || /^[a-z][a-z0-9+.-]*:/i.test(target)) return null;
  const parts = target.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') {
      if (!parts.length) return null;
      parts.pop();
    } else if (segment && segment !== '.') parts.push(segment);
  }
  return parts.join('/');
}

function byLocalName(doc: Document | Element, name: string): Element[] {
  return Array.from(doc.getElementsByTagNameNS('*', name));
}

function xml(files: Unzipped, path: string, env: HtmlEnv, fileName: string): Document | null {
  const data = files[path];
  if (!data) return null;
  const doc = env.parseXml(decodeText(data, fileName));
  return byLocalName(doc, 'parsererror').length ? null : doc;
}

/** A chapter document: XHTML read as XML, or as HTML when it is not well-formed. */
function chapterDocument(
  files: Unzipped,
  path: string,
  env: HtmlEnv,
  fileName: string,
): Document | null {
  const data = files[path];
  if (!data) return null;
  const source = decodeText(data, fileName);
  const asXml = env.parseXml(source);
  if (!byLocalName(asXml, 'parsererror').length && byLocalName(asXml, 'body').length) {
    const doc = env.parse('<!DOCTYPE html><html><head></head><body></body></html>');
    const body = byLocalName(asXml, 'body')[0]!;
    doc.body.append(...Array.from(body.childNodes, (node) => doc.importNode(node, true)));
    return doc;
  }
  return env.parse(source);
}

/** Chapter labels from the EPUB 3 nav document or the EPUB 2 NCX, by chapter path. */
function tocLabels(
  files: Unzipped,
  items: ManifestItem[],
  env: HtmlEnv,
  fileName: string,
): Map<string, string> {
  const labels = new Map<string, string>();
  const nav = items.find((item) => item.properties.split(/\s+/).includes('nav'));
  if (nav) {
    const doc = chapterDocument(files, nav.path, env, fileName);
    doc?.querySelectorAll('nav a[href]').forEach((a) => {
      const path = resolvePath(nav.path, a.getAttribute('href')!);
      const label = a.textContent?.replace(/\s+/g, ' ').trim();
      if (path && label && !labels.has(path)) labels.set(path, label);
    });
  }
  const ncx = items.find((item) => item.mediaType === 'application/x-dtbncx+xml');
  const ncxDoc = ncx ? xml(files, ncx.path, env, fileName) : null;
  if (ncx && ncxDoc) {
    for (const point of byLocalName(ncxDoc, 'navPoint')) {
      const src = byLocalName(point, 'content')[0]?.getAttribute('src');
      const label = byLocalName(point, 'text')[0]?.textContent?.replace(/\s+/g, ' ').trim();
      const path = src ? resolvePath(ncx.path, src) : null;
      if (path && label && !labels.has(path)) labels.set(path, label);
    }
  }
  return labels;
}

/** Images inside the book become data: URLs when small enough, else a named placeholder. */
function inlineImages(
  doc: Document,
  chapterPath: string,
  files: Unzipped,
  items: ManifestItem[],
): void {
  doc.body.querySelectorAll('img[src]').forEach((img) => {
    const path = resolvePath(chapterPath, img.getAttribute('src')!);
    if (!path) return; // a remote or odd URL: the sanitizer turns it into a placeholder
    const data = files[path];
    const declared = items.find((item) => item.path === path)?.mediaType;
    const type = declared ?? IMAGE_TYPES[path.split('.').pop()!.toLowerCase()];
    if (
      data &&
      type &&
      Object.values(IMAGE_TYPES).includes(type) &&
      data.length <= MAX_DATA_IMAGE_BYTES
    ) {
      img.setAttribute('src', `data:${type};base64,${toBase64(data)}`);
    } else {
      const span = doc.createElement('span');
      span.className = 'imported-image-placeholder';
      span.textContent = `Image not imported: ${path}`;
      img.replaceWith(span);
    }
  });
}

/** Headings inside a chapter sit below its <h2>: the chapter's highest level becomes h3. */
function lowerHeadings(doc: Document): void {
  const headings = Array.from(doc.body.querySelectorAll('h1, h2, h3, h4, h5, h6'));
  if (!headings.length) return;
  const top = Math.min(...headings.map((h) => Number(h.tagName[1])));
  for (const heading of headings) {
    const level = Math.min(6, Number(heading.tagName[1]) - top + 3);
    const moved = doc.createElement(`h${level}`);
    moved.append(...Array.from(heading.childNodes));
    if (heading.id) moved.id = heading.id;
    heading.replaceWith(moved);
  }
}

export async function importEpub(
  bytes: Uint8Array,
  fileName: string,
  env: HtmlEnv,
  inflate: ArchiveInflater = async (archive, name) => inflateEpubArchive(archive, name),
): Promise<ImportedDocument> {
  const unpacked = await inflate(bytes, fileName);
  if (!unpacked.ok) throw new ImportFailure(unpacked.code, unpacked.message);
  const files = unpacked.files;
  const malformed = (what: string) =>
    new ImportFailure('malformed', messages.malformed(fileName, what));

  const container = xml(files, 'META-INF/container.xml', env, fileName);
  if (!container)
    throw malformed('it has no readable META-INF/container.xml, so it is not a valid EPUB book');
  const opfHref = byLocalName(container, 'rootfile')[0]?.getAttribute('full-path');
  const opfPath = opfHref ? resolvePath('', opfHref) : null;
  const opf = opfPath ? xml(files, opfPath, env, fileName) : null;
  if (!opfPath || !opf)
    throw malformed('its package file (the .opf the container names) is missing or unreadable');

  const dc = (name: string) =>
    byLocalName(opf, name)[0]?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const identifiers = [...byLocalName(opf, 'source'), ...byLocalName(opf, 'identifier')];
  const sourceUrl = identifiers.map((el) => webUrl(el.textContent)).find(Boolean) ?? null;

  const items: ManifestItem[] = byLocalName(opf, 'item').flatMap((item) => {
    const href = item.getAttribute('href');
    const path = href ? resolvePath(opfPath, href) : null;
    return path
      ? [
          {
            id: item.getAttribute('id') ?? '',
            path,
            mediaType: (item.getAttribute('media-type') ?? '').toLowerCase(),
            properties: item.getAttribute('properties') ?? '',
          },
        ]
      : [];
  });
  const labels = tocLabels(files, items, env, fileName);
  const spine = byLocalName(opf, 'itemref')
    .map((ref) => items.find((item) => item.id === ref.getAttribute('idref')))
    .filter(
      (item): item is ManifestItem => !!item && !item.properties.split(/\s+/).includes('nav'),
    );
  if (!spine.length) throw malformed('its reading order (the spine) lists no chapters');

  const sections: string[] = [];
  spine.forEach((item, index) => {
    const doc = chapterDocument(files, item.path, env, fileName);
    if (!doc) return;
    inlineImages(doc, item.path, files, items);
    const heading = doc.body.querySelector('h1, h2, h3, h4, h5, h6');
    const label =
      heading?.textContent?.replace(/\s+/g, ' ').trim() || labels.get(item.path) || null;
    heading?.remove();
    lowerHeadings(doc);
    if (!doc.body.textContent?.trim() && !doc.body.querySelector('img')) return;
    const title = label ? `<h2>${escapeHtml(label)}</h2>` : '';
    sections.push(`<section id="chapter-${index + 1}">${title}${doc.body.innerHTML}</section>`);
  });
  if (!sections.length) throw new ImportFailure('no-content', messages.noContent(fileName));

  const title = dc('title') ?? (fileName.replace(/\.[^.]+$/, '') || fileName);
  return finishDocument(
    {
      title,
      author: dc('creator'),
      published: normaliseDate(dc('date')),
      sourceUrl,
      format: 'epub',
      fileName,
      html: sanitizeImportedHtml(sections.join('\n'), env, { title: null }),
    },
    env,
  );
}
