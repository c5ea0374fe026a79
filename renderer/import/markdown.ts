// Markdown files: optional front matter (a "---" block of simple "key: value" lines) for the
// metadata, markdown-it for the body with raw HTML escaped rather than rendered.
import MarkdownIt from 'markdown-it';
import { decodeText } from './decode';
import { finishDocument } from './document';
import type { HtmlEnv } from './env';
import { ImportFailure, messages } from './failure';
import { normaliseDate, webUrl } from './metadata';
import { sanitizeImportedHtml } from './sanitize';
import type { ImportedDocument } from './types';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

export interface FrontMatter {
  fields: Map<string, string>;
  body: string;
}

/** Splits off a leading "---" block; values may be quoted; nested YAML is not read. */
export function splitFrontMatter(source: string): FrontMatter {
  const fields = new Map<string, string>();
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return { fields, body: source };
  for (const line of match[1]!.split(/\r?\n/)) {
    const pair = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!pair) continue;
    let value = pair[2]!.trim();
    if (/^(["']).*\1$/.test(value)) value = value.slice(1, -1);
    if (value) fields.set(pair[1]!.toLowerCase(), value);
  }
  return { fields, body: source.slice(match[0].length) };
}

function firstHeading(body: string): string | null {
  const atx = /^ {0,3}#[ \t]+(.+?)[ \t#]*$/m.exec(body);
  return atx ? atx[1]!.replace(/[*_`]/g, '').trim() : null;
}

export async function importMarkdown(
  bytes: Uint8Array,
  fileName: string,
  env: HtmlEnv,
): Promise<ImportedDocument> {
  const source = decodeText(bytes, fileName);
  const { fields, body } = splitFrontMatter(source);
  if (!body.trim()) throw new ImportFailure('empty', messages.empty(fileName));
  const title =
    fields.get('title') ?? firstHeading(body) ?? (fileName.replace(/\.[^.]+$/, '') || fileName);
  const html = sanitizeImportedHtml(md.render(body), env, { title });
  return finishDocument(
    {
      title,
      author: fields.get('author') ?? null,
      published: normaliseDate(fields.get('date') ?? fields.get('published')),
      sourceUrl: webUrl(fields.get('source') ?? fields.get('url')),
      format: 'markdown',
      fileName,
      html,
    },
    env,
  );
}
