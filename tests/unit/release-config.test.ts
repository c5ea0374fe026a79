// The packaging and release configuration, checked without building: the workflows against
// GitHub's workflow schema and our own rules, electron-builder.yml against electron-builder's
// own validator and the targets, contents and hooks a release needs.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import viteConfig from '../../electron.vite.config';
import { REPO_ROOT } from '../../scripts/paths';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  'runs-on': string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  strategy?: { matrix: { os: string[] } };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const text = (path: string): string => readFileSync(resolve(REPO_ROOT, path), 'utf8');
const workflow = (name: string): Workflow => parse(text(`.github/workflows/${name}.yml`));
const allSteps = (wf: Workflow): Step[] => Object.values(wf.jobs).flatMap((job) => job.steps);
const runs = (wf: Workflow, pattern: RegExp): Step[] =>
  allSteps(wf).filter((step) => step.run !== undefined && pattern.test(step.run));
const OSES = ['ubuntu-latest', 'windows-latest', 'macos-latest'];

describe.each(['ci', 'release'])('the %s workflow', (name) => {
  it('is valid for GitHub Actions', () => {
    expect(validateWorkflow(text(`.github/workflows/${name}.yml`)).errors).toEqual([]);
  });

  it('pins every action to a major version or a commit', () => {
    const uses = allSteps(workflow(name)).flatMap((step) => (step.uses ? [step.uses] : []));
    expect(uses.length).toBeGreaterThan(0);
    for (const action of uses) expect(action).toMatch(/@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/);
  });

  it('builds on Linux, Windows and macOS with Node 20 from a clean install', () => {
    const wf = workflow(name);
    const matrixJob = Object.values(wf.jobs).find((job) => job.strategy)!;
    expect(matrixJob.strategy!.matrix.os).toEqual(OSES);
    expect(matrixJob['runs-on']).toBe('${{ matrix.os }}');
    const setupNode = matrixJob.steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(String(setupNode?.with?.['node-version'])).toBe('20');
    expect(matrixJob.steps.some((step) => /^npm ci\b/.test(step.run ?? ''))).toBe(true);
  });

  it('runs the Electron smoke test under xvfb on Linux', () => {
    const [smoke] = runs(workflow(name), /xvfb-run -a npm run test:electron/);
    expect(smoke?.if).toBe("runner.os == 'Linux'");
    const fetch = runs(workflow(name), /npx install-electron/);
    expect(fetch).toHaveLength(1);
  });
});

describe('the ci workflow', () => {
  it('runs on every push and pull request, with read-only access', () => {
    const ci = workflow('ci');
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
    expect(ci.permissions).toEqual({ contents: 'read' });
  });

  it('runs npm test, the same command as .ci/run', () => {
    expect(runs(workflow('ci'), /^npm test$/)).toHaveLength(1);
    expect(text('.ci/run')).toMatch(/^npm test$/m);
  });
});

describe('the release workflow', () => {
  const release = workflow('release');
  const jobs = Object.entries(release.jobs);

  it('runs for version tags only', () => {
    expect(release.on).toEqual({ push: { tags: ['v*'] } });
  });

  it('gives write access to the release job alone', () => {
    expect(release.permissions).toEqual({ contents: 'read' });
    const writers = jobs.filter(([, job]) => job.permissions?.['contents'] === 'write');
    expect(writers.map(([id]) => id)).toEqual(['release']);
    expect(release.jobs['release']!.needs).toBe('package');
  });

  it('builds packages with npm run dist and never publishes from electron-builder', () => {
    expect(runs(release, /^npm run dist -- --publish never$/)).toHaveLength(1);
    expect(JSON.parse(text('package.json')).scripts.dist).toMatch(
      /electron-builder --config electron-builder\.yml/,
    );
  });

  it('uploads the packages, writes their SHA-256 checksums and attaches both to the release', () => {
    const upload = release.jobs['package']!.steps.find((s) =>
      s.uses?.startsWith('actions/upload-artifact@'),
    );
    expect(String(upload?.with?.['path'])).toContain('release/karabakh-reader-*');
    const job = release.jobs['release']!;
    const checksums = job.steps.find((step) => /sha256sum/.test(step.run ?? ''));
    expect(checksums?.run).toMatch(/sha256sum karabakh-reader-\* > SHA256SUMS\.txt/);
    const publish = job.steps.find((step) => step.uses?.startsWith('softprops/action-gh-release@'));
    const files = String(publish?.with?.['files']).split('\n').filter(Boolean);
    expect(files).toEqual([
      'packages/karabakh-reader-*',
      'packages/karabakh-library-*.krpack',
      'packages/SHA256SUMS.txt',
    ]);
    expect(publish?.with?.['fail_on_unmatched_files']).toBe(true);
    const order = job.steps.indexOf(checksums!) < job.steps.indexOf(publish!);
    expect(order).toBe(true);
  });

  it('builds the content pack signed with the secret key, verifies it and attaches it with its checksum', () => {
    const [build] = runs(release, /^npm run --silent build:pack$/m);
    expect(build?.if).toBe("runner.os == 'Linux'");
    expect(build?.env).toEqual({
      KR_PACK_SIGNING_KEY: '${{ secrets.KR_PACK_SIGNING_KEY }}',
    });
    expect(build?.run).toMatch(
      /^npm run --silent cli -- pack verify release\/karabakh-library-\*\.krpack$/m,
    );
    expect(JSON.parse(text('package.json')).scripts['build:pack']).toBe(
      'tsx scripts/build-pack.ts',
    );
    const steps = release.jobs['package']!.steps;
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(steps.indexOf(build!)).toBeLessThan(steps.indexOf(upload!));
    expect(String(upload?.with?.['path'])).toContain('release/karabakh-library-*.krpack');
    const job = release.jobs['release']!;
    const checksums = job.steps.find((step) => /sha256sum/.test(step.run ?? ''));
    expect(checksums?.run).toMatch(/^sha256sum karabakh-library-\*\.krpack >> SHA256SUMS\.txt$/m);
  });
});

describe('electron-builder.yml', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const config = parse(text('electron-builder.yml')) as Record<string, any>;
  const pkg = JSON.parse(text('package.json')) as Record<string, string>;
  const targets = (platform: string): Record<string, string[]> =>
    Object.fromEntries(
      config[platform].target.map((t: string | { target: string; arch?: string[] }) =>
        typeof t === 'string' ? [t, []] : [t.target, t.arch ?? []],
      ),
    );

  it('passes electron-builder’s own validation', async () => {
    const require = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration: (config: unknown, logger: { isEnabled: boolean }) => Promise<void>;
    };
    await expect(validateConfiguration(config, { isEnabled: false })).resolves.toBeUndefined();
  });

  it('names the app as package.json does', () => {
    expect(config['productName']).toBe(pkg['productName']);
    expect(config['appId']).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(pkg['description']!.length).toBeGreaterThan(20);
  });

  it('builds AppImage, deb and tar.gz; an NSIS installer and a portable exe; dmg and zip for Intel and Apple silicon', () => {
    expect(Object.keys(targets('linux'))).toEqual(['AppImage', 'deb', 'tar.gz']);
    expect(Object.keys(targets('win'))).toEqual(['nsis', 'portable']);
    expect(targets('mac')).toEqual({ dmg: ['x64', 'arm64'], zip: ['x64', 'arm64'] });
    expect(config['nsis'].artifactName).not.toBe(config['portable'].artifactName);
  });

  it('gives the deb a maintainer, a description and a category', () => {
    expect(config['linux'].maintainer).toBeTruthy();
    expect(config['linux'].category).toBe('Education');
    expect(config['linux'].executableName).toBe('karabakh-reader');
  });

  it('packs the built app into an asar with the content DB beside it', () => {
    expect(config['asar']).toBe(true);
    expect(config['extraResources']).toContainEqual({
      from: 'resources/reader.db',
      to: 'reader.db',
    });
  });

  it('packs only the build output and package.json: no tests, sources, maps or node_modules', () => {
    const files = config['files'] as string[];
    const included = files.filter((pattern) => !pattern.startsWith('!'));
    expect(included).toEqual(['out/**', 'package.json']);
    expect(files).toEqual(expect.arrayContaining(['!**/*.map', '!node_modules/**']));
    expect(files.some((p) => /tests?|electron\/|renderer\//.test(p) && !p.startsWith('!'))).toBe(
      false,
    );
  });

  it('needs no node_modules at run time because main bundles its packages', () => {
    const config = viteConfig as { main: { build: { externalizeDeps: unknown } } };
    expect(config.main.build.externalizeDeps).toBe(false);
  });

  it('sets fuses after packing with a hook electron-builder can load', async () => {
    expect(config['afterPack']).toBe('./scripts/after-pack.cjs');
    const hook = createRequire(import.meta.url)(join(REPO_ROOT, config['afterPack']));
    expect(typeof hook.afterPack).toBe('function');
    expect(hook.default).toBe(hook.afterPack);
  });

  it('takes every icon from resources/icons, generated from one svg', () => {
    const buildResources = resolve(REPO_ROOT, config['directories'].buildResources);
    expect(existsSync(join(buildResources, 'icon.svg'))).toBe(true);
    expect(existsSync(resolve(REPO_ROOT, config['win'].icon))).toBe(true);
    expect(existsSync(resolve(REPO_ROOT, config['mac'].icon))).toBe(true);
    const linuxSet = readdirSync(resolve(REPO_ROOT, config['linux'].icon));
    expect(linuxSet).toEqual(expect.arrayContaining(['512x512.png', '1024x1024.png']));
    for (const file of linuxSet) expect(file).toMatch(/^(\d+)x\1\.png$/);
  });

  it('writes packages to release/, which git ignores', () => {
    expect(config['directories'].output).toBe('release');
    expect(text('.gitignore')).toMatch(/^release\/$/m);
  });
});
