// The committed platform icons: present, well-formed, and made from the current icon.svg.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ICONS_DIR,
  ICO_SIZES,
  MANIFEST,
  PNG_SIZES,
  SOURCE_SVG,
  type IconManifest,
  pngName,
  sha256,
} from '../../scripts/icons';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as IconManifest;
const read = (name: string): Buffer => readFileSync(join(ICONS_DIR, name));

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('platform icons', () => {
  it('were generated from the current icon.svg (run `npm run icons` after changing it)', () => {
    expect(manifest.sha256).toBe(sha256(readFileSync(SOURCE_SVG)));
  });

  it('are the files npm run icons wrote, unedited', () => {
    for (const [name, hash] of Object.entries(manifest.files)) {
      expect(sha256(read(name)), name).toBe(hash);
    }
  });

  it.each(PNG_SIZES)('has a %ipx PNG of that size for Linux', (size) => {
    expect(pngSize(read(pngName(size)))).toEqual({ width: size, height: size });
  });

  it('has a Windows icon with every size from 16 to 256', () => {
    const ico = read('icon.ico');
    expect(ico.readUInt16LE(0)).toBe(0); // reserved
    expect(ico.readUInt16LE(2)).toBe(1); // 1 = icon
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => ico.readUInt8(6 + i * 16) || 256);
    expect(sizes.sort((a, b) => a - b)).toEqual([...ICO_SIZES]);
    for (let i = 0; i < count; i++) {
      const entry = 6 + i * 16;
      const [length, offset] = [ico.readUInt32LE(entry + 8), ico.readUInt32LE(entry + 12)];
      expect(offset + length).toBeLessThanOrEqual(ico.length);
    }
  });

  it('has a macOS icon whose length field matches the file and holds a 1024px image', () => {
    const icns = read('icon.icns');
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      types.push(icns.toString('latin1', at, at + 4));
    }
    expect(types).toContain('ic10'); // 512@2x, i.e. 1024x1024
  });
});
