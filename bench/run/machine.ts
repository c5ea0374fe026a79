// What a benchmark was measured on: the machine, the commit and the package versions.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { REPO_ROOT } from '../../scripts/paths';
import type { BenchReport } from '../report';

export function machine(): BenchReport['machine'] {
  const cpus = os.cpus();
  const distro = (() => {
    try {
      return /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? '';
    } catch {
      return '';
    }
  })();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    ramBytes: os.totalmem(),
    node: process.version,
    os: `${distro ? `${distro}, ` : ''}${os.type()} ${os.release()} ${os.arch()}`,
    heapLimitBytes: getHeapStatistics().heap_size_limit,
  };
}

/** The commit measured, and whether the working tree differed from it (outside bench/ and docs/). */
export function codeVersion(): string {
  const git = (...args: string[]) =>
    spawnSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).stdout ?? '';
  const commit = git('rev-parse', '--short', 'HEAD').trim();
  if (!commit) return 'not a git checkout';
  const changed = git('status', '--porcelain', '--untracked-files=no')
    .split('\n')
    .map((l) => l.slice(3))
    .filter((f) => f && !/^(bench|docs)\/|^package(-lock)?\.json$/.test(f));
  return changed.length
    ? `${commit} with uncommitted changes to ${changed.join(', ')}`
    : `${commit} (${git('log', '-1', '--format=%s').trim().slice(0, 80)})`;
}

export function packageVersion(name: string): string {
  try {
    const pkg = JSON.parse(
      readFileSync(join(REPO_ROOT, 'node_modules', name, 'package.json'), 'utf8'),
    ) as { version: string };
    return pkg.version;
  } catch {
    return 'not installed';
  }
}
