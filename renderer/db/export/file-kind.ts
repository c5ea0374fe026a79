// What a file is, from its first bytes, for telling a reader which file they picked when it
// is not the one the app expected ("it is a PNG image"). Only kinds people keep next to their
// backups are named; anything else is left to the caller's own message.

const startsWith = (head: Uint8Array, ...bytes: number[]) => bytes.every((b, i) => head[i] === b);

const ascii = (head: Uint8Array, length: number) =>
  String.fromCharCode(...head.subarray(0, length));

/** A short noun phrase ("a PNG image") for a known kind of file, or null. */
export function fileKind(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, 512);
  if (startsWith(head, 0x89, 0x50, 0x4e, 0x47)) return 'a PNG image';
  if (startsWith(head, 0xff, 0xd8, 0xff)) return 'a JPEG image';
  if (ascii(head, 4) === 'GIF8') return 'a GIF image';
  if (ascii(head, 4) === 'RIFF' && ascii(head.subarray(8), 4) === 'WEBP') return 'a WebP image';
  if (ascii(head, 5) === '%PDF-') return 'a PDF document';
  if (ascii(head, 16) === 'SQLite format 3\u0000') return 'an SQLite database';
  if (startsWith(head, 0x50, 0x4b, 0x03, 0x04) || startsWith(head, 0x50, 0x4b, 0x05, 0x06)) {
    // An EPUB names itself in its first entry, stored uncompressed.
    return ascii(head.subarray(30), 28) === 'mimetypeapplication/epub+zip'
      ? 'an EPUB book'
      : 'a ZIP archive';
  }
  const text = new TextDecoder('utf-8')
    .decode(head)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^<(!doctype html|html)[\s>]/i.test(text)) return 'a web page (HTML)';
  return null;
}
