// Just enough YAML to write front matter: every string double-quoted with escapes, so
// colons, quotes, leading dashes, '#', newlines and control characters all read back as
// written by any YAML 1.2 parser (Obsidian, Logseq, js-yaml, the `yaml` package).

export type FrontMatterValue = string | number | string[] | null | undefined;

const NAMED: Record<string, string> = {
  '\0': '\\0',
  '\x07': '\\a',
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\v': '\\v',
  '\f': '\\f',
  '\r': '\\r',
  '\x1b': '\\e',
  '"': '\\"',
  '\\': '\\\\',
  '\u2028': '\\L',
  '\u2029': '\\P',
};

/** A YAML double-quoted scalar for any string, including lone surrogates. */
export function yamlString(value: string): string {
  // Quotes, backslashes, C0/C1 controls, DEL, line/paragraph separators, BOM, surrogates.
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  const special = /["\\\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]/g;
  const escaped = value.replace(special, (ch, offset: number, whole: string) => {
    const named = NAMED[ch];
    if (named) return named;
    const code = ch.charCodeAt(0);
    // A well-formed surrogate pair is written as is; only a lone half is escaped.
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = whole.charCodeAt(offset + 1);
      if (next >= 0xdc00 && next <= 0xdfff) return ch;
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      const prev = whole.charCodeAt(offset - 1);
      if (prev >= 0xd800 && prev <= 0xdbff) return ch;
    }
    return `\\u${code.toString(16).padStart(4, '0')}`;
  });
  return `"${escaped}"`;
}

/** `---`-fenced front matter; null and undefined fields are left out, lists are block lists. */
export function frontMatter(fields: [key: string, value: FrontMatterValue][]): string {
  const lines = ['---'];
  for (const [key, value] of fields) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length === 0) continue;
      lines.push(`${key}:`, ...value.map((v) => `  - ${yamlString(v)}`));
    } else if (typeof value === 'number') {
      lines.push(`${key}: ${Number.isFinite(value) ? String(value) : 'null'}`);
    } else {
      lines.push(`${key}: ${yamlString(value)}`);
    }
  }
  lines.push('---');
  return lines.join('\n');
}
