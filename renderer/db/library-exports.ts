// The files a reader can take out of the library: notes as Markdown, bookmarks for a browser
// or as JSON, annotations as W3C Web Annotations. Each joins the user's rows with what the
// exporters need to know of the items they point at, wherever those items live.
import type { ContentStore } from './content';
import { pad } from './dates';
import { bookmarksToHtml } from './export/bookmarks-html';
import { bookmarksToJson, serializeBookmarksJson } from './export/bookmarks-json';
import { kindOfId, type ExportTarget } from './export/links';
import { bundleMarkdown, INDEX_FILE, notesToMarkdown } from './export/markdown';
import { serializeWebAnnotations, toWebAnnotations } from './export/web-annotation';
import type { ImportStore } from './imports/store';
import type { UserStore } from './user/store';

/** The stores an export reads from. */
export interface ExportSources {
  user: UserStore;
  content: ContentStore;
  imports: ImportStore;
}

/** Notes and highlights as a .zip of Markdown files, one per item, with an index. */
export function exportNotesMarkdown(from: ExportSources): {
  fileName: string;
  bytes: Uint8Array;
  files: number;
} {
  const now = new Date();
  const notes = from.user.listNotes();
  const highlights = from.user.listHighlights();
  const bookmarks = from.user.listBookmarks();
  const ids = [...notes, ...highlights, ...bookmarks].map((row) => row.targetId);
  const files = notesToMarkdown({
    targets: exportTargets(from, ids),
    notes,
    highlights,
    bookmarks,
    exportedAt: now.toISOString(),
  });
  return {
    fileName: `karabakh-notes-${localDate(now)}.zip`,
    bytes: bundleMarkdown(files, now),
    files: files.filter((f) => !f.path.endsWith(`/${INDEX_FILE}`)).length,
  };
}

/** Bookmarks as a Netscape bookmark file, which every browser imports. */
export function exportBookmarksHtml(from: ExportSources): string {
  const bookmarks = from.user.listBookmarks();
  return bookmarksToHtml(
    bookmarks,
    exportTargets(
      from,
      bookmarks.map((b) => b.targetId),
    ),
    { exportedAt: new Date().toISOString() },
  );
}

export function exportBookmarksJson(from: ExportSources): string {
  const bookmarks = from.user.listBookmarks();
  return serializeBookmarksJson(
    bookmarksToJson(
      bookmarks,
      exportTargets(
        from,
        bookmarks.map((b) => b.targetId),
      ),
      { exportedAt: new Date().toISOString() },
    ),
  );
}

/** Notes and highlights as a W3C Web Annotation collection (JSON-LD). */
export function exportAnnotations(from: ExportSources): string {
  return serializeWebAnnotations(
    toWebAnnotations({
      notes: from.user.listNotes(),
      highlights: from.user.listHighlights(),
      exportedAt: new Date().toISOString(),
    }),
  );
}

/** What the exporters need to know of each item: title, kind, date, sources, address. */
function exportTargets(from: ExportSources, ids: string[]): ExportTarget[] {
  const targets: ExportTarget[] = [];
  for (const id of new Set(ids)) {
    const kind = kindOfId(id);
    if (kind === 'imported') {
      const found = from.imports.get(id);
      if (!found) continue;
      targets.push({
        id,
        kind,
        title: found.title,
        date: found.published ?? found.importedAt.slice(0, 10),
        sourceUrl: found.sourceUrl,
        sources: [],
      });
      continue;
    }
    const item = kind === 'event' ? from.content.getEvent(id) : from.content.getArticle(id);
    if (!item) continue;
    targets.push({
      id,
      kind,
      title: item.title,
      date: 'dateStart' in item ? item.dateStart : item.updated,
      sourceUrl: null,
      sources: item.sources.map((s) => ({ title: s.title, publisher: s.publisher, url: s.url })),
    });
  }
  return targets;
}

/** YYYY-MM-DD in the reader's own time zone, for file names. */
function localDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
