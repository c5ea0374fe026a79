// Makes sure the desktop runtime is on disk before anything launches it. When it is missing,
// the download goes through @electron/get (so ELECTRON_MIRROR, the proxy variables and its
// cache work as documented) with progress shown, then Electron's own install.js unpacks it
// from that cache and writes path.txt, exactly as `npx install-electron` would.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as ElectronGet from '@electron/get';
import {
  downloadFailureCause,
  mirrorIn,
  proxyIn,
  runtimeUnavailableMessage,
} from './download-failure';
import {
  findRuntime,
  nodeAtLeast,
  OLDEST_NODE_FOR_INSTALLER,
  readElectronPackage,
} from './runtime';

export interface Target {
  version: string;
  platform: string;
  arch: string;
}

export interface Progress {
  transferred: number;
  total: number | null;
}

export interface EnsureOptions {
  /** node_modules/electron, or a copy of it. */
  electronDir: string;
  /** Where to look for @electron/get when the electron folder has no node_modules of its own. */
  modulesDir: string;
  env: NodeJS.ProcessEnv;
  nodeVersion: string;
  /** Status lines for the person at the terminal. */
  say: (line: string) => void;
  /** Download progress, called as bytes arrive. */
  progress: (p: Progress) => void;
}

export type EnsureResult =
  { ok: true; path: string; downloaded: boolean } | { ok: false; message: string };

function targetOf(version: string, env: NodeJS.ProcessEnv): Target {
  return {
    version,
    platform: env.ELECTRON_INSTALL_PLATFORM || env.npm_config_platform || process.platform,
    arch: env.ELECTRON_INSTALL_ARCH || env.npm_config_arch || process.arch,
  };
}

/** @electron/get's proxy support is opt-in; a person who set a proxy expects it to be used. */
function downloadEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return proxyIn(env) && !env.ELECTRON_GET_USE_PROXY
    ? { ...env, ELECTRON_GET_USE_PROXY: '1' }
    : env;
}

async function download(options: EnsureOptions, target: Target): Promise<void> {
  const require = createRequire(join(options.modulesDir, 'noop.js'));
  const entry = (() => {
    try {
      return createRequire(join(options.electronDir, 'package.json')).resolve('@electron/get');
    } catch {
      return require.resolve('@electron/get');
    }
  })();
  const get = (await import(pathToFileURL(entry).href)) as typeof ElectronGet;
  const env = options.env;
  if (downloadEnv(env).ELECTRON_GET_USE_PROXY) get.initializeProxy();
  const remoteChecksums =
    env.electron_use_remote_checksums || env.npm_config_electron_use_remote_checksums;
  const mirror = mirrorIn(env);
  await get.downloadArtifact({
    version: target.version,
    artifactName: 'electron',
    platform: target.platform,
    arch: target.arch,
    cacheRoot: env.electron_config_cache,
    checksums: remoteChecksums
      ? undefined
      : (JSON.parse(readFileSync(join(options.electronDir, 'checksums.json'), 'utf8')) as Record<
          string,
          string
        >),
    ...(mirror ? { mirrorOptions: { mirror } } : {}),
    downloadOptions: {
      quiet: true,
      getProgressCallback: async (p: { transferred: number; total: number | null }) =>
        options.progress({ transferred: p.transferred, total: p.total }),
    },
  });
}

/** Runs the electron package's install.js, which finds the file in the cache and unpacks it. */
function unpack(options: EnsureOptions): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(options.electronDir, 'install.js')], {
      env: {
        ...downloadEnv(options.env),
        NODE_PATH: options.modulesDir,
        ELECTRON_GET_NO_PROGRESS: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', (error) => resolve({ code: 1, output: String(error) }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

export async function ensureRuntime(options: EnsureOptions): Promise<EnsureResult> {
  const found = findRuntime(options.electronDir, options.env);
  if (found.present) return { ok: true, path: found.path, downloaded: false };
  if (options.env.ELECTRON_OVERRIDE_DIST_PATH) {
    return {
      ok: false,
      message: `The desktop runtime could not be started: ${found.reason}. Point it at an Electron executable, or unset it to download Electron with \`npm start\`.`,
    };
  }

  const pkg = readElectronPackage(options.electronDir);
  const target = targetOf(pkg.version, options.env);
  if (!nodeAtLeast(options.nodeVersion, OLDEST_NODE_FOR_INSTALLER)) {
    return {
      ok: false,
      message: runtimeUnavailableMessage(
        `This is Node ${options.nodeVersion}, and Electron's installer needs Node ${OLDEST_NODE_FOR_INSTALLER} or newer (it declares ${pkg.installerNode}); install Node ${pkg.installerNode.split('.')[0]} (\`nvm install\` reads .nvmrc) and run \`npm start\` again.`,
        pkg.version,
      ),
    };
  }
  if (!nodeAtLeast(options.nodeVersion, pkg.installerNode)) {
    options.say(
      `Note: Electron's installer declares Node ${pkg.installerNode} or newer and this is Node ${options.nodeVersion.replace(/^v/, '')}. It works on Node ${OLDEST_NODE_FOR_INSTALLER} and later; if the download fails for another reason, use Node ${pkg.installerNode.split('.')[0]} (\`nvm use\` reads .nvmrc).`,
    );
  }
  options.say(
    `The desktop runtime (Electron ${pkg.version} for ${target.platform}-${target.arch}, about 100 MB) is downloaded once, now${mirrorIn(options.env) ? ` from ${mirrorIn(options.env)}` : ''}.`,
  );
  try {
    await download(options, target);
  } catch (error) {
    return {
      ok: false,
      message: runtimeUnavailableMessage(
        downloadFailureCause(error, options.env, target),
        pkg.version,
      ),
    };
  }
  options.say('Unpacking the desktop runtime…');
  const unpacked = await unpack(options);
  const after = findRuntime(options.electronDir, options.env);
  if (unpacked.code !== 0 || !after.present) {
    const last =
      unpacked.output
        .trim()
        .split('\n')
        .find((line) => line.trim()) ?? `exit code ${unpacked.code}`;
    return {
      ok: false,
      message: runtimeUnavailableMessage(
        `It was downloaded but could not be unpacked into ${options.electronDir} (${last.trim()}).`,
        pkg.version,
      ),
    };
  }
  options.say('The desktop runtime is ready.');
  return { ok: true, path: after.path, downloaded: true };
}
