// Front matter for exported notes, written by the `yaml` package with every string
// double-quoted, so colons, quotes, leading dashes, '#', newlines and control characters read
// back as written by any YAML 1.2 reader (Obsidian, Logseq, our own Markdown import).
import { stringify, type ToStringOptions } from 'yaml';

export type FrontMatterValue = string | number | string[] | null | undefined;

const OPTIONS: ToStringOptions = {
  defaultStringType: 'QUOTE_DOUBLE',
  defaultKeyType: 'PLAIN',
  // Long titles stay on one line: a folded line is harder to read in another editor.
  lineWidth: 0,
};

/** A YAML double-quoted scalar for any string, including lone surrogates. */
export function yamlString(value: string): string {
  return stringify(value, OPTIONS).trimEnd();
}

/** `---`-fenced front matter; null, undefined and empty lists are left out. */
export function frontMatter(fields: [key: string, value: FrontMatterValue][]): string {
  const record: Record<string, string | number | string[] | null> = {};
  for (const [key, value] of fields) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    record[key] = typeof value === 'number' && !Number.isFinite(value) ? null : value;
  }
  const body = Object.keys(record).length > 0 ? stringify(record, OPTIONS) : '';
  return `---\n${body}---`;
}
