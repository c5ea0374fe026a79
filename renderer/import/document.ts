// The last step every importer shares: sanitized markup to the plain text search uses, its
// word count and a content hash that lets the library spot a second import of the same text.
import type { HtmlEnv } from './env';
import { PLACEHOLDER_CLASS } from './sanitize';
import type { ImportedDocument } from './types';

const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'UL',
  'OL',
  'LI',
  'DL',
  'DT',
  'DD',
  'BLOCKQUOTE',
  'PRE',
  'FIGURE',
  'FIGCAPTION',
  'TABLE',
  'CAPTION',
  'TR',
  'HR',
]);

/** Plain text of sanitized markup: one paragraph per block, blank lines between, no placeholders. */
export function htmlToText(html: string, env: HtmlEnv): string {
  const body = env.parse(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).body;
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.classList.contains(PLACEHOLDER_CLASS)) return;
    const block = BLOCKS.has(el.tagName);
    if (block) parts.push('\n\n');
    if (el.tagName === 'BR') parts.push('\n');
    if (el.tagName === 'TD' || el.tagName === 'TH') parts.push(' ');
    el.childNodes.forEach(walk);
    if (block) parts.push('\n\n');
  };
  body.childNodes.forEach(walk);
  return parts
    .join('')
    .split(/\n\s*\n/)
    .map((para) => para.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

export function normaliseForHash(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export type DocumentFields = Omit<ImportedDocument, 'text' | 'words' | 'contentHash'>;

export async function finishDocument(
  fields: DocumentFields,
  env: HtmlEnv,
): Promise<ImportedDocument> {
  const text = htmlToText(fields.html, env);
  return {
    ...fields,
    title: fields.title.replace(/\s+/g, ' ').trim(),
    text,
    words: countWords(text),
    contentHash: await sha256Hex(normaliseForHash(text)),
  };
}
