// Shared pieces of the import tests: the fixture files as real bytes, a Node environment for
// the pipeline, and importFile with a successful result unwrapped.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { zipSync } from 'fflate';
import { expect } from 'vitest';
import { createNodeEnv } from '../../renderer/import/env-node';
import { importFile, type ImportedDocument, type ImportOptions } from '../../renderer/import/index';

export const IMPORT_FIXTURES = resolve(import.meta.dirname, '../fixtures/import');

export const env = createNodeEnv();

export function fixtureFile(name: string) {
  return { name, bytes: new Uint8Array(readFileSync(resolve(IMPORT_FIXTURES, name))) };
}

export async function importOk(
  file: { name: string; bytes: Uint8Array },
  options?: ImportOptions,
): Promise<ImportedDocument> {
  const result = await importFile(file, env, options);
  if (!result.ok) expect.fail(`${file.name}: ${result.code}: ${result.message}`);
  return result.document;
}

export const utf8 = (text: string) => new TextEncoder().encode(text);

/** Bytes of text in a single-byte legacy encoding, built from TextDecoder's own table. */
export function legacyBytes(text: string, encoding: string): Uint8Array {
  const table = new TextDecoder(encoding).decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  const byChar = new Map([...table].map((char, byte) => [char, byte] as const));
  return Uint8Array.from([...text], (char) => {
    const byte = byChar.get(char);
    if (byte === undefined) throw new Error(`${char} is not in ${encoding}`);
    return byte;
  });
}

export function utf16Bytes(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const out: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (order === 'le') out.push(unit & 0xff, unit >> 8);
    else out.push(unit >> 8, unit & 0xff);
  }
  return Uint8Array.from(out);
}

export interface EpubChapter {
  path: string;
  xhtml: string;
}

/** A small EPUB 3 book as real ZIP bytes: mimetype stored first, then container, package, nav. */
export function buildEpub(options: {
  title: string;
  creator: string;
  date: string;
  source?: string;
  chapters: { id: string; file: string; label: string; body: string }[];
  extra?: Record<string, Uint8Array>;
  manifestExtra?: string;
}): Uint8Array {
  const { chapters } = options;
  const container = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>`;
  const opf = `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="bookid">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="bookid">urn:uuid:6f1c2d3e-0000-4000-8000-00000000beef</dc:identifier>
    <dc:title>${options.title}</dc:title>
    <dc:creator>${options.creator}</dc:creator>
    <dc:date>${options.date}</dc:date>
    ${options.source ? `<dc:source>${options.source}</dc:source>` : ''}
    <dc:language>en</dc:language>
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    ${chapters.map((c) => `<item id="${c.id}" href="${c.file}" media-type="application/xhtml+xml"/>`).join('\n    ')}
    ${options.manifestExtra ?? ''}
  </manifest>
  <spine>
    ${chapters.map((c) => `<itemref idref="${c.id}"/>`).join('\n    ')}
  </spine>
</package>`;
  const nav = `<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
<head><title>Contents</title></head>
<body><nav epub:type="toc"><h1>Contents</h1><ol>
${chapters.map((c) => `<li><a href="${c.file}">${c.label}</a></li>`).join('\n')}
</ol></nav></body></html>`;
  const files: Record<string, Uint8Array | [Uint8Array, { level: 0 }]> = {
    mimetype: [utf8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': utf8(container),
    'OEBPS/content.opf': utf8(opf),
    'OEBPS/nav.xhtml': utf8(nav),
  };
  for (const c of chapters) {
    files[`OEBPS/${c.file}`] = utf8(`<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>${c.label}</title></head>
<body>${c.body}</body></html>`);
  }
  Object.assign(files, options.extra ?? {});
  return zipSync(files);
}
