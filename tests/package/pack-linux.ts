// Packs the Linux app (dir and tar.gz) with electron-builder.yml into a folder, using a
// stand-in Electron folder, and records the desktop entry and icons the deb and AppImage would
// carry in pack.json there. Run in its own process (electron-builder reads asar headers with
// Buffer code that does not run inside Vitest's workers):
//   tsx tests/package/pack-linux.ts <output folder> <stand-in Electron folder>
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { Arch, build, Platform, type AfterPackContext } from 'electron-builder';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const ROOT = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const [out, standIn] = process.argv.slice(2);
if (!out || !standIn)
  throw new Error('usage: pack-linux.ts <output folder> <stand-in Electron folder>');

const config = parse(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as {
  afterPack: string;
};
const hook = require(resolve(ROOT, config.afterPack)) as {
  afterPack: (c: AfterPackContext) => Promise<void>;
};
const { LinuxTargetHelper } = require('app-builder-lib/out/targets/LinuxTargetHelper') as {
  LinuxTargetHelper: new (p: unknown) => {
    computeDesktopEntry(options: unknown): Promise<string>;
    icons: Promise<{ file: string; size: number }[]>;
  };
};

const recorded: { desktopEntry: string; icons: { file: string; size: number }[] } = {
  desktopEntry: '',
  icons: [],
};
await build({
  projectDir: ROOT,
  targets: Platform.LINUX.createTarget(['dir', 'tar.gz'], Arch.x64),
  publish: 'never',
  config: {
    extends: join(ROOT, 'electron-builder.yml'),
    electronDist: standIn,
    directories: { output: out, buildResources: 'resources/icons' },
    // The configured hook runs as in `npm run dist`; then the same packager says what the
    // desktop entry and the icon set would be.
    afterPack: async (context) => {
      await hook.afterPack(context);
      const helper = new LinuxTargetHelper(context.packager);
      recorded.desktopEntry = await helper.computeDesktopEntry(
        context.packager.platformSpecificBuildOptions,
      );
      recorded.icons = await helper.icons;
    },
  },
});
writeFileSync(join(out, 'pack.json'), JSON.stringify(recorded, null, 2));
