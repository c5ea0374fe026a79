// Notes and highlights as a folder of Markdown files, one per item, with YAML front matter
// that Obsidian shows as properties and Logseq reads as page properties, plus an index
// file linking every one. bundleMarkdown packs the same files into one .zip.
import { zipSync } from 'fflate';
import type { Note } from '../types';
import type { HighlightRow } from '../user/store';
import { uniqueNames, slugify } from './file-names';
import { fallbackTarget, isWebUrl, itemRoute, type ExportTarget } from './links';
import { frontMatter } from './yaml';

export interface MarkdownExportInput {
  /** What is known about each item; items not listed are exported under their id. */
  targets: ExportTarget[];
  notes: Note[];
  highlights: HighlightRow[];
  /** Their tags become the item's tags. */
  bookmarks?: { targetId: string; tags: string[] }[];
  /** ISO timestamp written in the index. */
  exportedAt: string;
}

export interface MarkdownExportOptions {
  /** The folder the files go in (made safe the same way as file names). */
  folder?: string;
  /** Put before each `#/kind/id` route; '' (default) keeps links relative to the app page. */
  linkBase?: string;
}

export interface ExportFile {
  path: string;
  content: string;
}

export const INDEX_FILE = 'README.md';

/** One file per item that has a note or highlights, then the index; paths use '/'. */
export function notesToMarkdown(
  input: MarkdownExportInput,
  options: MarkdownExportOptions = {},
): ExportFile[] {
  const folder = slugify(options.folder ?? 'karabakh-reader-notes', 'karabakh-reader-notes');
  const linkBase = options.linkBase ?? '';
  const targets = new Map(input.targets.map((t) => [t.id, t]));
  const tagsByTarget = new Map<string, Set<string>>();
  for (const bookmark of input.bookmarks ?? []) {
    const tags = tagsByTarget.get(bookmark.targetId) ?? new Set<string>();
    for (const tag of bookmark.tags) tags.add(tag);
    tagsByTarget.set(bookmark.targetId, tags);
  }

  const groups = new Map<string, { note: Note | null; highlights: HighlightRow[] }>();
  const groupOf = (id: string) => {
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { note: null, highlights: [] }));
    return group;
  };
  for (const note of input.notes) {
    if (!note.body.trim()) continue;
    const group = groupOf(note.targetId);
    // One note per item; if a profile somehow holds two, the newer one is the note.
    if (!group.note || note.updatedAt > group.note.updatedAt) group.note = note;
  }
  for (const highlight of input.highlights) groupOf(highlight.targetId).highlights.push(highlight);

  const items = [...groups.entries()]
    .map(([id, group]) => ({ target: targets.get(id) ?? fallbackTarget(id), ...group }))
    .sort(
      (a, b) => a.target.title.localeCompare(b.target.title, 'en') || cmp(a.target.id, b.target.id),
    );

  const nameFor = uniqueNames([INDEX_FILE]);
  const files: ExportFile[] = [];
  const index: string[] = [];
  for (const item of items) {
    const name = nameFor(item.target.title, '.md');
    const tags = [...(tagsByTarget.get(item.target.id) ?? [])].sort();
    files.push({
      path: `${folder}/${name}`,
      content: itemFile(item.target, item.note, item.highlights, tags, linkBase),
    });
    const counts = [
      item.note ? 'note' : '',
      item.highlights.length
        ? `${item.highlights.length} highlight${item.highlights.length === 1 ? '' : 's'}`
        : '',
    ].filter(Boolean);
    const date = item.target.date ? `, ${item.target.date}` : '';
    index.push(
      `- [${escapeInline(item.target.title)}](${name}) (${item.target.kind}${date}): ${counts.join(', ')}`,
    );
  }

  const readme = [
    frontMatter([
      ['title', 'Karabakh Reader notes'],
      ['exported', input.exportedAt],
      ['items', items.length],
    ]),
    '',
    '# Karabakh Reader notes',
    '',
    items.length
      ? `Notes and highlights on ${items.length} item${items.length === 1 ? '' : 's'}, exported ${input.exportedAt}.`
      : `No notes or highlights yet (exported ${input.exportedAt}).`,
    '',
    ...index,
    '',
  ].join('\n');
  files.push({ path: `${folder}/${INDEX_FILE}`, content: readme });
  return files;
}

function itemFile(
  target: ExportTarget,
  note: Note | null,
  highlights: HighlightRow[],
  tags: string[],
  linkBase: string,
): string {
  const stamps = [
    ...(note ? [note.createdAt, note.updatedAt] : []),
    ...highlights.flatMap((h) => [h.createdAt, h.updatedAt]),
  ].sort(cmp);
  const created = stamps[0] ?? null;
  const updated = stamps[stamps.length - 1] ?? null;
  const head = frontMatter([
    ['title', target.title],
    ['kind', target.kind],
    ['id', target.id],
    ['date', target.date],
    ['source', sourceOf(target)],
    ['link', `${linkBase}${itemRoute(target.id)}`],
    ['tags', tags],
    ['created', created],
    ['updated', updated],
  ]);
  const parts = [head, '', `# ${escapeInline(target.title)}`, ''];
  if (note) parts.push('## Note', '', note.body.trim(), '');
  if (highlights.length) {
    parts.push('## Highlights', '');
    const ordered = [...highlights].sort(
      (a, b) =>
        a.anchor.position.start - b.anchor.position.start ||
        cmp(a.createdAt, b.createdAt) ||
        a.id - b.id,
    );
    for (const highlight of ordered) {
      parts.push(blockquote(highlight.anchor.quote.exact), '');
      if (highlight.note.trim()) parts.push(highlight.note.trim(), '');
      parts.push(`#highlight/${highlight.colour}`, '');
    }
  }
  return parts.join('\n');
}

/** The imported article's own address, else the first source's address or its name. */
function sourceOf(target: ExportTarget): string | null {
  if (isWebUrl(target.sourceUrl)) return target.sourceUrl;
  const first = target.sources[0];
  if (!first) return null;
  if (isWebUrl(first.url)) return first.url;
  return [first.publisher, first.title].filter(Boolean).join(', ') || null;
}

/** Quoted article text: every line keeps its `>`, and Markdown in it stays literal. */
function blockquote(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => (line.trim() ? `> ${escapeInline(line)}` : '>'))
    .join('\n');
}

/**
 * Escapes what Markdown (and Obsidian's `#tags` and `|` tables) would otherwise read as
 * markup, so an article's text shows as text.
 */
export function escapeInline(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#|~]/g, '\\$&')
    .replace(/^(\s*)([-+=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The files as one .zip, paths kept; text is stored as UTF-8. */
export function bundleMarkdown(files: ExportFile[], modified: Date = new Date()): Uint8Array {
  const encoder = new TextEncoder();
  const entries: Record<string, Uint8Array> = Object.create(null) as Record<string, Uint8Array>;
  for (const file of files) entries[file.path] = encoder.encode(file.content);
  return zipSync(entries, { level: 6, mtime: modified });
}
