// Bookmarks as JSON, for other tools and scripts. The shape (version 1):
//
//   {
//     "format": "karabakh-reader-bookmarks",
//     "version": 1,
//     "exportedAt": "<ISO timestamp>",
//     "bookmarks": [{
//       "id": "article:lachin-corridor",      the item's stable id
//       "kind": "article" | "event" | "imported",
//       "title": "…",
//       "link": "app://reader/#/article/…",   opens the item in the app
//       "url": "https://…" | null,            an imported article's original address
//       "position": "" | "<JSON>",            '' = the whole item, else a place in it
//       "label": "…",
//       "tags": ["…"],
//       "createdAt": "<ISO timestamp>"
//     }]
//   }
import { z } from 'zod';
import type { ExportBookmark } from './bookmarks-html';
import { fallbackTarget, isWebUrl, itemLink, type ExportKind, type ExportTarget } from './links';

export const BOOKMARKS_FORMAT = 'karabakh-reader-bookmarks';

export interface BookmarksJson {
  format: typeof BOOKMARKS_FORMAT;
  version: 1;
  exportedAt: string;
  bookmarks: {
    id: string;
    kind: ExportKind;
    title: string;
    link: string;
    url: string | null;
    position: string;
    label: string;
    tags: string[];
    createdAt: string;
  }[];
}

export function bookmarksToJson(
  bookmarks: ExportBookmark[],
  targets: ExportTarget[],
  options: { exportedAt: string; linkBase?: string },
): BookmarksJson {
  const byId = new Map(targets.map((t) => [t.id, t]));
  return {
    format: BOOKMARKS_FORMAT,
    version: 1,
    exportedAt: options.exportedAt,
    bookmarks: bookmarks.map((b) => {
      const target = byId.get(b.targetId) ?? fallbackTarget(b.targetId);
      return {
        id: target.id,
        kind: target.kind,
        title: target.title,
        link: itemLink(target.id, options.linkBase),
        url: isWebUrl(target.sourceUrl) ? target.sourceUrl : null,
        position: b.position,
        label: b.label,
        tags: [...b.tags],
        createdAt: b.createdAt,
      };
    }),
  };
}

/** The file's text: two-space indented, ending with a newline. */
export function serializeBookmarksJson(value: BookmarksJson): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

const text = (max: number) => z.string().max(max);

const bookmarksJsonSchema = z.object({
  format: z.literal(BOOKMARKS_FORMAT),
  version: z.literal(1),
  exportedAt: text(64),
  bookmarks: z
    .array(
      z.object({
        id: text(300),
        kind: z.enum(['article', 'event', 'imported']),
        title: text(2_000),
        link: text(2_000),
        url: text(4_000).nullable(),
        position: text(2_000),
        label: text(300),
        tags: z.array(text(40)).max(20),
        createdAt: text(64),
      }),
    )
    .max(100_000),
});

/** Reads a bookmarks file back; never throws. */
export function parseBookmarksJson(
  source: string,
): { ok: true; value: BookmarksJson } | { ok: false; message: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch {
    return { ok: false, message: 'This is not a bookmarks file: it is not valid JSON.' };
  }
  const result = bookmarksJsonSchema.safeParse(raw);
  if (!result.success) {
    return { ok: false, message: 'This is not a Karabakh Reader bookmarks file (version 1).' };
  }
  return { ok: true, value: result.data as BookmarksJson };
}
