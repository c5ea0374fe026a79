// electron-builder's afterPack hook: sets Electron's fuses in the packed app, after the app
// files are copied and before electron-builder signs it and wraps it into installers.
// CommonJS because electron-builder loads hooks with require(); @electron/fuses is ESM, so it
// is imported dynamically.
'use strict';

const path = require('node:path');

// builder-util's Arch enum: ia32 0, x64 1, armv7l 2, arm64 3, universal 4.
const ARCH_ARM64 = 3;

/**
 * Every fuse Electron has, each set on purpose. `strictlyRequireAllFuses` makes a future
 * Electron that adds a fuse fail the build until this list says what to do with it.
 */
const FUSES = Object.freeze({
  // The app binary is never a plain Node (ELECTRON_RUN_AS_NODE); main never forks.
  RunAsNode: false,
  // The app keeps no cookies (everything is app://, offline), so there is nothing to encrypt,
  // and turning it on would make an unsigned build ask for the macOS keychain after updates.
  EnableCookieEncryption: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  // macOS and Windows check app.asar against the hash electron-builder embeds; Linux ignores it.
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  // We ship no browser-process V8 snapshot of our own.
  LoadBrowserProcessSpecificV8Snapshot: false,
  // Pages come from app://, never file://.
  GrantFileProtocolExtraPrivileges: false,
  // Electron's default; sql.js's WebAssembly relies on fast bounds checks.
  WasmTrapHandlers: true,
});

/** The Electron executable inside the packed app, named as electron-builder names it. */
function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'linux':
      return path.join(appOutDir, packager.executableName);
    default:
      throw new Error(`No Electron binary known for platform "${electronPlatformName}".`);
  }
}

/** The @electron/fuses config for one packed app; FuseV1Options maps names to wire indexes. */
function fuseConfig(fuses, context) {
  const config = {
    version: fuses.FuseVersion.V1,
    strictlyRequireAllFuses: true,
    // Apple Silicon refuses to run a binary whose ad-hoc signature no longer matches; when no
    // signing identity is configured nothing re-signs it after this hook, so re-sign here.
    resetAdHocDarwinSignature:
      (context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas') &&
      context.arch === ARCH_ARM64,
  };
  for (const [name, value] of Object.entries(FUSES)) {
    const index = fuses.FuseV1Options[name];
    if (typeof index !== 'number') throw new Error(`@electron/fuses has no fuse named ${name}.`);
    config[index] = value;
  }
  return config;
}

async function afterPack(context) {
  const fuses = await import('@electron/fuses');
  const binary = electronBinaryPath(context);
  await fuses.flipFuses(binary, fuseConfig(fuses, context));
  console.log(`  • fuses set in ${binary}`);
}

module.exports = { FUSES, electronBinaryPath, fuseConfig, afterPack, default: afterPack };
