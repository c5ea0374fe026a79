// Bookmarks in the Netscape bookmark file format, which Firefox, Chrome, Safari and Edge
// import: one folder "Karabakh Reader" holding one link per bookmark.
import { escapeHtml } from '../escape-html';
import { isWebUrl, itemLink, fallbackTarget, type ExportTarget } from './links';

export interface ExportBookmark {
  targetId: string;
  /** '' for the whole item, else a place in the article (JSON, see BookmarkPosition). */
  position: string;
  label: string;
  tags: string[];
  createdAt: string;
}

export interface BookmarksHtmlOptions {
  /** Put before each app route (default APP_LINK_BASE). */
  linkBase?: string;
  /** ISO timestamp; the folder's date. */
  exportedAt: string;
}

/** Unix seconds, as ADD_DATE wants; 0 when the date does not parse. */
export function unixSeconds(iso: string): number {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : 0;
}

/**
 * The bookmark file. Each link opens the item in the app; an imported article with an http(s)
 * original address links there instead, and its app id goes in the description (DD).
 */
export function bookmarksToHtml(
  bookmarks: ExportBookmark[],
  targets: ExportTarget[],
  options: BookmarksHtmlOptions,
): string {
  const byId = new Map(targets.map((t) => [t.id, t]));
  const exported = unixSeconds(options.exportedAt);
  const lines = [
    '<!DOCTYPE NETSCAPE-Bookmark-file-1>',
    '<!-- This is an automatically generated file.',
    '     It will be read and overwritten.',
    '     DO NOT EDIT! -->',
    '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
    '<TITLE>Bookmarks</TITLE>',
    '<H1>Bookmarks</H1>',
    '<DL><p>',
    `    <DT><H3 ADD_DATE="${exported}" LAST_MODIFIED="${exported}">Karabakh Reader</H3>`,
    '    <DL><p>',
  ];
  for (const bookmark of bookmarks) {
    const target = byId.get(bookmark.targetId) ?? fallbackTarget(bookmark.targetId);
    const external = target.kind === 'imported' && isWebUrl(target.sourceUrl);
    const href = external ? target.sourceUrl! : itemLink(target.id, options.linkBase);
    const title = bookmark.label.trim()
      ? `${target.title}: ${bookmark.label.trim()}`
      : target.title;
    const tags = bookmark.tags.length ? ` TAGS="${escapeHtml(bookmark.tags.join(','))}"` : '';
    lines.push(
      `        <DT><A HREF="${escapeHtml(href)}" ADD_DATE="${unixSeconds(bookmark.createdAt)}"${tags}>${escapeHtml(title)}</A>`,
    );
    if (external) lines.push(`        <DD>${escapeHtml(`Karabakh Reader: ${target.id}`)}`);
  }
  lines.push('    </DL><p>', '</DL><p>', '');
  return lines.join('\n');
}
