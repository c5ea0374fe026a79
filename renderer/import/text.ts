// Plain text files: decoded by byte-order mark, strict UTF-8 or chardet's guess; paragraphs
// are separated by blank lines and the first short line is the title.
import { decodeText } from './decode';
import { finishDocument } from './document';
import { escapeHtml } from '../db/escape-html';
import type { HtmlEnv } from './env';
import { ImportFailure, messages } from './failure';
import { sanitizeImportedHtml } from './sanitize';
import type { ImportedDocument } from './types';

const MAX_TITLE_CHARS = 120;

export async function importText(
  bytes: Uint8Array,
  fileName: string,
  env: HtmlEnv,
): Promise<ImportedDocument> {
  const source = decodeText(bytes, fileName).replace(/\r\n?/g, '\n');
  const paragraphs = source
    .split(/\n[ \t]*\n/)
    .map((para) => para.trim())
    .filter(Boolean);
  if (paragraphs.length === 0) throw new ImportFailure('empty', messages.empty(fileName));
  const firstLine = paragraphs[0]!.split('\n')[0]!.trim();
  const hasTitleLine = firstLine.length < MAX_TITLE_CHARS;
  const title = hasTitleLine ? firstLine : fileName.replace(/\.[^.]+$/, '') || fileName;
  // A title on a line of its own is shown as the title, not again as the first paragraph.
  if (hasTitleLine && paragraphs[0] === firstLine && paragraphs.length > 1) paragraphs.shift();
  const html = paragraphs
    .map(
      (para) =>
        `<p>${para
          .split('\n')
          .map((line) => escapeHtml(line.trim()))
          .join('<br>')}</p>`,
    )
    .join('\n');
  return finishDocument(
    {
      title,
      author: null,
      published: null,
      sourceUrl: null,
      format: 'text',
      fileName,
      html: sanitizeImportedHtml(html, env),
    },
    env,
  );
}
