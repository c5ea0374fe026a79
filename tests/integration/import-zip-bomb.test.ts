// An EPUB is a ZIP archive, and a ZIP's declared sizes are whatever its maker wrote. These
// tests hold that unpacking trusts only the bytes it really produces: a chapter that declares
// 4 KB and inflates to 300 MB is refused at the limit, quickly, with a sentence about the file.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  EPUB_LIMITS,
  INFLATE_STEP_BYTES,
  inflateEpubArchive,
  type InflatedArchive,
} from '../../renderer/import/epub-archive';
import { importFile, MAX_DATA_IMAGE_BYTES } from '../../renderer/import/index';
import { buildEpub, env, importOk } from '../helpers/import';
import { lyingEpub } from '../helpers/lying-epub';

const MB = 1024 * 1024;
// DEFLATE expands at most 1032 to 1: the most one step of compressed input can add.
const ONE_STEP = 1032 * INFLATE_STEP_BYTES;

describe('an EPUB that lies about its size', () => {
  const bomb = lyingEpub(300);

  it('is small on disk and declares a 4 KB chapter', () => {
    expect(bomb.length).toBeLessThan(1 * MB);
  });

  // The work the refusal takes is bounded by the bytes inflated (next test), not by a timing
  // that a busy machine would stretch.
  it('is refused with the limit it passed', async () => {
    const result = await importFile({ name: 'lying.epub', bytes: bomb }, env);
    expect(result).toEqual({
      ok: false,
      fileName: 'lying.epub',
      code: 'too-large',
      message: '“lying.epub” expands to more than 10 MB, so it was not imported.',
    });
  });

  it('stops inflating at the limit for one entry', () => {
    let inflated = 0;
    const result = inflateEpubArchive(bomb, 'lying.epub', {
      onInflated: (total) => (inflated = Math.max(inflated, total)),
    });
    expect(result.ok).toBe(false);
    expect(inflated).toBeGreaterThan(EPUB_LIMITS.maxEntryBytes);
    expect(inflated).toBeLessThanOrEqual(EPUB_LIMITS.maxEntryBytes + ONE_STEP);
  });

  it('stops at the limit for the whole book when each entry is within its own', () => {
    // Four honest 3 MB chapters against a 10 MB book limit.
    const chapter = new Uint8Array(3 * MB).fill(0x61);
    const bytes = zipSync({ a: chapter, b: chapter, c: chapter, d: chapter });
    let inflated = 0;
    const limits = { maxEntryBytes: 4 * MB, maxTotalBytes: 10 * MB, maxEntries: 100 };
    // The declared sizes are honest here, so the early check refuses it without inflating.
    expect(inflateEpubArchive(bytes, 'four.epub', { limits })).toMatchObject({
      ok: false,
      message: '“four.epub” expands to more than 10 MB, so it was not imported.',
    });
    // Declared sizes that lie low are caught by the bytes counted.
    const lying = understate(bytes);
    const result = inflateEpubArchive(lying, 'four.epub', {
      limits,
      onInflated: (total) => (inflated = Math.max(inflated, total)),
    });
    expect(result).toMatchObject({
      ok: false,
      code: 'too-large',
      message: '“four.epub” expands to more than 10 MB, so it was not imported.',
    });
    expect(inflated).toBeLessThanOrEqual(10 * MB + ONE_STEP);
  });

  it('drops an image that inflates past what an image may be, and imports the book', async () => {
    const book = lyingEpub(300, { image: true });
    let inflated = 0;
    const result = inflateEpubArchive(book, 'atlas.epub', {
      onInflated: (total) => (inflated = Math.max(inflated, total)),
    });
    expect(result.ok && Object.keys(result.files).sort()).toEqual([
      'META-INF/container.xml',
      'book.opf',
      'chapter.xhtml',
      'mimetype',
    ]);
    expect(inflated).toBeLessThanOrEqual(MAX_DATA_IMAGE_BYTES + 10_000 + ONE_STEP);
    const doc = await importOk({ name: 'atlas.epub', bytes: book });
    expect(doc.text).toContain('The map of the valley.');
    expect(doc.html).toContain('Image not imported: map.png');
  });

  it('is unpacked by the inflater the caller passes, whose refusal is the result', async () => {
    const calls: string[] = [];
    const refusal: InflatedArchive = {
      ok: false,
      code: 'too-large',
      message: 'Refused elsewhere.',
    };
    const result = await importFile({ name: 'lying.epub', bytes: bomb }, env, {
      inflateArchive: async (_bytes, name) => {
        calls.push(name);
        return refusal;
      },
    });
    expect(calls).toEqual(['lying.epub']);
    expect(result).toMatchObject({ ok: false, code: 'too-large', message: 'Refused elsewhere.' });
  });
});

describe('unpacking a good EPUB as a stream', () => {
  it('gives every entry whole, however many steps its data takes', () => {
    let seed = 7;
    const noisy = Uint8Array.from({ length: 200_000 }, () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return 0x61 + ((seed >>> 8) % 26);
    });
    const bytes = zipSync({
      'OEBPS/': new Uint8Array(0),
      'OEBPS/noisy.txt': noisy,
      x: strToU8('x'),
    });
    expect(bytes.length).toBeGreaterThan(4 * INFLATE_STEP_BYTES);
    const result = inflateEpubArchive(bytes, 'book.epub');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.files).sort()).toEqual(['OEBPS/noisy.txt', 'x']);
    expect(result.files['OEBPS/noisy.txt']).toEqual(noisy);
  });

  it('leaves sound, video and fonts packed: the importer never reads them', () => {
    const sound = new Uint8Array(3 * MB).fill(1);
    const bytes = zipSync({
      'audio/chapter.mp3': sound,
      'fonts/serif.woff2': sound,
      'c.xhtml': strToU8('<p/>'),
    });
    let inflated = 0;
    const result = inflateEpubArchive(bytes, 'audio.epub', {
      limits: { maxEntryBytes: 1 * MB, maxTotalBytes: 2 * MB, maxEntries: 10 },
      onInflated: (total) => (inflated = Math.max(inflated, total)),
    });
    expect(result.ok && Object.keys(result.files)).toEqual(['c.xhtml']);
    expect(inflated).toBe(4);
  });

  it('imports a book through an inflater the caller passes', async () => {
    const book = buildEpub({
      title: 'Harbour',
      creator: 'A. Writer',
      date: '2021',
      chapters: [{ id: 'c1', file: 'c1.xhtml', label: 'One', body: '<p>The harbour wall.</p>' }],
    });
    const doc = await importOk(
      { name: 'harbour.epub', bytes: book },
      { inflateArchive: async (bytes, name) => inflateEpubArchive(bytes, name) },
    );
    expect(doc.title).toBe('Harbour');
    expect(doc.text).toContain('The harbour wall.');
  });
});

/** The archive with every entry's declared uncompressed size rewritten to 4 KB. */
function understate(bytes: Uint8Array): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50) view.setUint32(i + 22, 4096, true);
    if (signature === 0x02014b50) view.setUint32(i + 24, 4096, true);
  }
  return out;
}
