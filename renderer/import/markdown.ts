// Markdown files: optional YAML front matter (a "---" block) for the metadata, markdown-it
// for the body with raw HTML escaped rather than rendered.
import MarkdownIt from 'markdown-it';
import { parse as parseYaml } from 'yaml';
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

/**
 * Splits off a leading "---" block and reads it as YAML. Top-level text, number and date values
 * become fields; lists and nested maps are not read. Front matter that is not valid YAML, or not
 * a map, gives no fields, and the file still imports.
 */
export function splitFrontMatter(source: string): FrontMatter {
  const fields = new Map<string, string>();
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return { fields, body: source };
  const body = source.slice(match[0].length);
  let data: unknown;
  try {
    data = parseYaml(match[1]!, {
      schema: 'core',
      uniqueKeys: false,
      // Errors throw and are handled below; warnings are not worth a console line per file.
      logLevel: 'error',
    });
  } catch {
    return { fields, body };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { fields, body };
  for (const [key, value] of Object.entries(data)) {
    const text = typeof value === 'string' ? value.trim() : scalarText(value);
    if (text) fields.set(key.toLowerCase(), text);
  }
  return { fields, body };
}

/** A number or boolean as it was probably written; anything else is not a field. */
function scalarText(value: unknown): string {
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
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
