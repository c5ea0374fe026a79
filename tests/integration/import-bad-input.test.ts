// Files that cannot be imported: each gives a result with the right reason and a message that
// names the file; none throws.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importFile, MAX_IMPORT_BYTES, type ImportErrorCode } from '../../renderer/import/index';
import { buildEpub, env, fixtureFile, importOk, utf8 } from '../helpers/import';

async function expectRefused(
  name: string,
  bytes: Uint8Array,
  code: ImportErrorCode,
  options?: { maxBytes: number },
) {
  const result = await importFile({ name, bytes }, env, options);
  expect(result.ok).toBe(false);
  if (result.ok) return '';
  expect(result.code).toBe(code);
  expect(result.fileName).toBe(name);
  expect(result.message).toContain(`“${name}”`);
  expect(result.message.length).toBeLessThan(300);
  return result.message;
}

function randomBinary(length: number): Uint8Array {
  let seed = 42;
  return Uint8Array.from({ length }, (_, i) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return i % 7 === 0 ? 0 : seed & 0xff;
  });
}

const PNG_HEAD = [
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
];

function smallBook() {
  return buildEpub({
    title: 'Short book',
    creator: 'A. Writer',
    date: '2020',
    chapters: [
      {
        id: 'c1',
        file: 'c1.xhtml',
        label: 'One',
        body: '<p>The first chapter of a short book about the harbour wall.</p>',
      },
    ],
  });
}

describe('files that cannot be imported', () => {
  it('refuses an empty file', async () => {
    const message = await expectRefused('notes.txt', new Uint8Array(0), 'empty');
    expect(message).toMatch(/empty/);
  });

  it('refuses a file of only whitespace, in any format', async () => {
    await expectRefused('blank.txt', utf8('  \n\t\r\n  '), 'empty');
    await expectRefused('blank.md', utf8('\n\n\n'), 'empty');
    await expectRefused('blank.html', Uint8Array.from([0xef, 0xbb, 0xbf, 0x20, 0x0a]), 'empty');
  });

  it('refuses binary data named as text', async () => {
    const message = await expectRefused('diary.txt', randomBinary(4096), 'binary');
    expect(message).toMatch(/binary/);
  });

  it('says what a file really is when its name says otherwise', async () => {
    const png = await expectRefused(
      'article.html',
      Uint8Array.from([...PNG_HEAD, ...randomBinary(200)]),
      'wrong-type',
    );
    expect(png).toMatch(/PNG image/);
    const pdf = await expectRefused(
      'notes.md',
      utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
      'wrong-type',
    );
    expect(pdf).toMatch(/PDF document/);
    const zip = await expectRefused('story.txt', smallBook(), 'wrong-type');
    expect(zip).toMatch(/ZIP archive/);
    await expectRefused(
      'photo.htm',
      Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, ...randomBinary(64)]),
      'wrong-type',
    );
    await expectRefused('book.epub', utf8('%PDF-1.4 not a book'), 'wrong-type');
  });

  it('refuses a file over the size limit and states the limit', async () => {
    const limit = 1024 * 1024;
    const bytes = utf8('A long line of text. '.repeat(60_000));
    const message = await expectRefused('huge.txt', bytes, 'too-large', { maxBytes: limit });
    expect(message).toContain('1 MB');
    // The default limit is the one messages name.
    expect(MAX_IMPORT_BYTES).toBe(50 * 1024 * 1024);
  });

  it('refuses a truncated EPUB', async () => {
    const whole = smallBook();
    await expectRefused('cut.epub', whole.subarray(0, Math.floor(whole.length / 2)), 'malformed');
  });

  it('refuses a ZIP without a container.xml as not an EPUB', async () => {
    const bytes = zipSync({
      mimetype: strToU8('application/epub+zip'),
      'chapter.xhtml': strToU8('<p>x</p>'),
    });
    const message = await expectRefused('loose.epub', bytes, 'malformed');
    expect(message).toMatch(/container\.xml/);
  });

  it('refuses an EPUB whose entry claims a huge unpacked size, before unpacking it', async () => {
    const bytes = zipSync({
      mimetype: strToU8('application/epub+zip'),
      'big.xhtml': strToU8('x'.repeat(1000)),
    });
    // Rewrite the entry's uncompressed size in the central directory to 3 GB.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = bytes.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) === 0x02014b50) {
        const nameLength = view.getUint16(i + 28, true);
        const name = new TextDecoder().decode(bytes.subarray(i + 46, i + 46 + nameLength));
        if (name === 'big.xhtml') view.setUint32(i + 24, 3 * 1024 * 1024 * 1024, true);
      }
    }
    const result = await importFile({ name: 'bomb.epub', bytes }, env);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.code).toBe('too-large');
  });

  it('refuses an EPUB with a broken package file or an empty spine', async () => {
    const noOpf = zipSync({
      mimetype: strToU8('application/epub+zip'),
      'META-INF/container.xml': strToU8(
        '<container><rootfiles><rootfile full-path="missing.opf"/></rootfiles></container>',
      ),
    });
    await expectRefused('no-opf.epub', noOpf, 'malformed');
  });

  it('lists the supported kinds for an unknown extension', async () => {
    const message = await expectRefused('report.docx', utf8('hello'), 'unsupported');
    for (const ext of ['.html', '.mhtml', '.md', '.txt', '.epub']) expect(message).toContain(ext);
    await expectRefused('README', utf8('no extension'), 'unsupported');
  });

  it('refuses text that decodes to garbage', async () => {
    // Control bytes no text encoding turns into readable text.
    const bytes = Uint8Array.from(
      { length: 400 },
      (_, i) => [0x01, 0x02, 0x03, 0x1b, 0x7f, 0x41][i % 6]!,
    );
    await expectRefused('garbled.txt', bytes, 'encoding');
  });

  it('tells a page that says UTF-8 but is not what is wrong and what to do', async () => {
    // Text saved in a single-byte encoding under a UTF-8 declaration: most bytes are invalid.
    const head = utf8(
      '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ş</title></head><body><p>',
    );
    const body = Uint8Array.from({ length: 600 }, (_, i) => (i % 3 === 0 ? 0x20 : 0xe7 + (i % 5)));
    const bytes = new Uint8Array([...head, ...body, ...utf8('</p></body></html>')]);
    const message = await expectRefused('page.html', bytes, 'encoding');
    expect(message).toBe(
      '“page.html” says it is UTF-8 text, but some of its bytes are not. Open the page in your browser and save it again (Save Page As…), or copy its text into a .txt file and import that.',
    );
  });

  it('refuses a page with no article and too little text', async () => {
    await expectRefused(
      'menu.html',
      utf8(
        '<html><body><nav><a href="/">Home</a> <a href="/a">About</a></nav><script>x()</script></body></html>',
      ),
      'no-content',
    );
  });

  it('never throws, whatever the bytes', async () => {
    const names = ['a.html', 'a.mhtml', 'a.md', 'a.txt', 'a.epub', 'a.xhtml', 'a.mht'];
    const inputs = [
      randomBinary(512),
      utf8(
        'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Transfer-Encoding: base64\r\nContent-Type: text/html\r\n\r\n!!!notbase64***\r\n--b--',
      ),
      utf8('<'.repeat(5000)),
      Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
    ];
    for (const name of names) {
      for (const bytes of inputs) {
        const result = await importFile({ name, bytes }, env);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.message).toContain(name);
      }
    }
  });
});

describe('content hash', () => {
  it('is the same when the same file is imported twice', async () => {
    const first = await importOk(fixtureFile('news-article.html'));
    const second = await importOk(fixtureFile('news-article.html'));
    expect(second.contentHash).toBe(first.contentHash);
    expect(first.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignores differences of whitespace and Unicode normalisation', async () => {
    const a = await importOk({
      name: 'a.txt',
      bytes: utf8('Title\n\nThe café   opens at nine.\nBring a card.'),
    });
    const b = await importOk({
      name: 'b.txt',
      bytes: utf8('Title\r\n\r\n  The cafe\u0301 opens at nine.  \r\nBring   a card.\r\n\r\n'),
    });
    expect(b.contentHash).toBe(a.contentHash);
    const c = await importOk({
      name: 'c.txt',
      bytes: utf8('Title\n\nThe café opens at ten.\nBring a card.'),
    });
    expect(c.contentHash).not.toBe(a.contentHash);
  });
});
