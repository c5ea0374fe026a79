// npm run icons: renders resources/icons/icon.svg, the one source image, into every icon the
// packages need: PNGs by size (the Linux set, named NxN.png as electron-builder expects),
// icon.ico (Windows) and icon.icns (macOS). The results are committed so packaging needs no
// extra step; icons.json records the svg's hash so a test notices an svg changed without
// regenerating them.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';
import pngToIco from 'png-to-ico';
import { REPO_ROOT } from './paths';

export const ICONS_DIR = resolve(REPO_ROOT, 'resources/icons');
export const SOURCE_SVG = join(ICONS_DIR, 'icon.svg');
export const MANIFEST = join(ICONS_DIR, 'icons.json');
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;
/** Windows shows 16 to 48 in lists and the taskbar, 256 in large views and the installer. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;

export interface IconManifest {
  source: string;
  /** sha256 of the svg the icons were made from. */
  sha256: string;
  /** Every generated file, relative to resources/icons, with its sha256. */
  files: Record<string, string>;
}

export const pngName = (size: number): string => `png/${size}x${size}.png`;

export const sha256 = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex');

export function renderPng(svg: Buffer, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

export async function generateIcons(dir = ICONS_DIR): Promise<IconManifest> {
  const svg = readFileSync(join(dir, 'icon.svg'));
  const pngs = new Map(PNG_SIZES.map((size) => [size, renderPng(svg, size)]));
  const outputs = new Map<string, Buffer>();
  for (const [size, png] of pngs) outputs.set(pngName(size), png);

  // Each ICO entry is rendered at its own size rather than scaled down from a large one.
  outputs.set('icon.ico', await pngToIco(ICO_SIZES.map((size) => pngs.get(size)!)));
  const icns = png2icons.createICNS(pngs.get(1024)!, png2icons.BICUBIC, 0);
  if (!icns) throw new Error('png2icons could not build icon.icns.');
  outputs.set('icon.icns', icns);

  rmSync(join(dir, 'png'), { recursive: true, force: true });
  mkdirSync(join(dir, 'png'), { recursive: true });
  const files: Record<string, string> = {};
  for (const [name, bytes] of outputs) {
    writeFileSync(join(dir, name), bytes);
    files[name] = sha256(bytes);
  }
  const manifest: IconManifest = { source: 'icon.svg', sha256: sha256(svg), files };
  writeFileSync(join(dir, 'icons.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const manifest = await generateIcons();
  console.log(`Wrote ${Object.keys(manifest.files).length} icons from icon.svg into ${ICONS_DIR}`);
}
