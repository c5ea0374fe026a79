// A hostile EPUB for the tests: a real book whose one chapter is hundreds of megabytes of zeros
// while its ZIP headers declare 4 KB. The DEFLATE stream is made by repeating one byte-aligned
// block that encodes 1 MB of zeros, so a 300 MB chapter costs a few hundred kilobytes and no
// time to build. No test framework is imported here: the unit and the e2e tests both use it.
import { Deflate } from 'fflate';

const encode = (text: string) => new TextEncoder().encode(text);

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A raw DEFLATE stream that inflates to `megabytes` MB of zero bytes. */
export function deflatedZeros(megabytes: number): Uint8Array {
  const pending: Uint8Array[] = [];
  const deflate = new Deflate({ level: 1 }, (chunk) => pending.push(chunk.slice()));
  const take = () => concat(pending.splice(0));
  const megabyte = new Uint8Array(1024 * 1024);
  deflate.push(megabyte);
  deflate.flush(true);
  const first = take();
  // After the first block the window holds only zeros, so this block decodes the same
  // wherever it is repeated.
  deflate.push(megabyte);
  deflate.flush(true);
  const repeated = take();
  deflate.push(new Uint8Array(0), true);
  const last = take();
  return concat([first, ...Array.from({ length: megabytes - 1 }, () => repeated), last]);
}

export interface ZipEntry {
  name: string;
  /** 0: stored, 8: deflated. */
  method: 0 | 8;
  data: Uint8Array;
  /** The uncompressed size the headers claim. */
  declaredSize: number;
}

/** A ZIP archive written field by field, so its headers can say what the test wants. */
export function writeZip(entries: ZipEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encode(entry.name);
    const local = new Uint8Array(30 + name.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, 20, true);
    l.setUint16(8, entry.method, true);
    l.setUint32(18, entry.data.length, true);
    l.setUint32(22, entry.declaredSize, true);
    l.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const c = new DataView(central.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint16(10, entry.method, true);
    c.setUint32(20, entry.data.length, true);
    c.setUint32(24, entry.declaredSize, true);
    c.setUint16(28, name.length, true);
    c.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, entry.data);
    centrals.push(central);
    offset += local.length + entry.data.length;
  }
  const directory = concat(centrals);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, entries.length, true);
  e.setUint16(10, entries.length, true);
  e.setUint32(12, directory.length, true);
  e.setUint32(16, offset, true);
  return concat([...locals, directory, end]);
}

export const storedEntry = (name: string, text: string): ZipEntry => {
  const data = encode(text);
  return { name, method: 0, data, declaredSize: data.length };
};

/**
 * An EPUB whose chapter declares 4 KB and inflates to `megabytes` MB. With `image`, the chapter
 * is honest and shows an image, map.png, which is the entry that lies.
 */
export function lyingEpub(megabytes = 300, options: { image?: boolean } = {}): Uint8Array {
  const lie: ZipEntry = {
    name: options.image ? 'map.png' : 'chapter.xhtml',
    method: 8,
    data: deflatedZeros(megabytes),
    declaredSize: 4096,
  };
  const chapter = storedEntry(
    'chapter.xhtml',
    '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>One</title></head><body><p>The map of the valley.</p><img src="map.png" alt="Map"/></body></html>',
  );
  return writeZip([
    storedEntry('mimetype', 'application/epub+zip'),
    storedEntry(
      'META-INF/container.xml',
      '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="book.opf" media-type="application/oebps-package+xml"/></rootfiles></container>',
    ),
    storedEntry(
      'book.opf',
      '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Small book</dc:title></metadata><manifest><item id="c1" href="chapter.xhtml" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="c1"/></spine></package>',
    ),
    ...(options.image ? [chapter, lie] : [lie]),
  ]);
}
