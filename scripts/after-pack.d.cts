// Types for after-pack.cjs, for the tests: the subset of electron-builder's AfterPackContext
// the hook reads.
import type * as Fuses from '@electron/fuses';

export interface PackedApp {
  appOutDir: string;
  electronPlatformName: string;
  /** builder-util's Arch enum: ia32 0, x64 1, armv7l 2, arm64 3, universal 4. */
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}

export declare const FUSES: Readonly<Record<string, boolean>>;
export declare function electronBinaryPath(context: PackedApp): string;
export declare function fuseConfig(
  fuses: typeof Fuses,
  context: PackedApp,
): Record<string | number, unknown>;
export declare function afterPack(context: PackedApp): Promise<void>;
declare const defaultExport: typeof afterPack;
export { defaultExport as default };
