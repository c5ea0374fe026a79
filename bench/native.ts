// better-sqlite3 for the native engines. Version 13 ships prebuilt Node-API binaries inside the
// package, built for Node-API 10 (Node 22 and later); on Node 20 (Node-API 9) loading one
// crashes the process. When the prebuilt binary does not load, it is compiled from the
// package's own sources with node-gyp (no download: node-gyp uses the installed Node headers),
// declaring the module experimental so Node 20 accepts the references it makes to strings.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { log, now } from './measure';

export interface NativeStatus {
  ok: boolean;
  /** How the binary was obtained, for the report. */
  how: string;
  sqliteVersion: string | null;
  /** Why it is not available, when it is not. */
  reason: string | null;
}

const PROBE = `const D = require('better-sqlite3'); const db = new D(':memory:');
db.exec("CREATE VIRTUAL TABLE a USING fts4(x); CREATE VIRTUAL TABLE b USING fts5(x)");
process.stdout.write(db.prepare('SELECT sqlite_version() AS v').get().v); db.close();`;

function probe(cwd: string): { ok: boolean; version: string; detail: string } {
  const r = spawnSync(process.execPath, ['-e', PROBE], { cwd, encoding: 'utf8' });
  const detail = r.signal
    ? `the process died with ${r.signal}`
    : (r.stderr || '').trim().split('\n').slice(-3).join(' ');
  return { ok: r.status === 0, version: r.stdout.trim(), detail };
}

function findNodeGyp(): string | null {
  const candidates: string[] = [];
  const execPath = process.env.npm_execpath;
  if (execPath)
    candidates.push(
      join(dirname(execPath), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    );
  const npmRoot = spawnSync('npm', ['root', '-g'], { encoding: 'utf8' }).stdout?.trim();
  if (npmRoot)
    candidates.push(join(npmRoot, 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  candidates.push(
    join(
      dirname(process.execPath),
      '..',
      'lib',
      'node_modules',
      'npm',
      'node_modules',
      'node-gyp',
      'bin',
      'node-gyp.js',
    ),
  );
  return candidates.find((c) => existsSync(c)) ?? null;
}

/** Headers of the running Node, so node-gyp needs no download. */
function nodeDir(): string | null {
  const fromConfig = process.env.npm_config_nodedir;
  if (fromConfig && existsSync(join(fromConfig, 'include', 'node', 'node_api.h')))
    return fromConfig;
  const prefix = join(dirname(process.execPath), '..');
  return existsSync(join(prefix, 'include', 'node', 'node_api.h')) ? prefix : null;
}

export function ensureNativeSqlite(repoRoot: string): NativeStatus {
  let packageDir: string;
  try {
    packageDir = dirname(
      createRequire(join(repoRoot, 'package.json')).resolve('better-sqlite3/package.json'),
    );
  } catch {
    return {
      ok: false,
      how: 'not installed',
      sqliteVersion: null,
      reason: 'better-sqlite3 is not installed (npm ci)',
    };
  }
  const first = probe(repoRoot);
  if (first.ok) {
    const built = existsSync(join(packageDir, 'build', 'Release', 'better_sqlite3.node'));
    return {
      ok: true,
      how: built
        ? 'compiled from source with node-gyp (earlier run)'
        : 'prebuilt binary from the package',
      sqliteVersion: first.version,
      reason: null,
    };
  }
  log(`better-sqlite3 does not load (${first.detail || 'no detail'}); compiling it from source`);
  const gyp = findNodeGyp();
  const headers = nodeDir();
  if (!gyp)
    return {
      ok: false,
      how: 'not built',
      sqliteVersion: null,
      reason: 'node-gyp was not found (it ships with npm)',
    };
  const flags = Number(process.versions.napi) < 10 ? '-UNAPI_VERSION -DNAPI_EXPERIMENTAL' : '';
  const t = now();
  const r = spawnSync(
    process.execPath,
    [gyp, 'rebuild', '--release', '--force_build=1', ...(headers ? [`--nodedir=${headers}`] : [])],
    {
      cwd: packageDir,
      encoding: 'utf8',
      env: { ...process.env, CXXFLAGS: `${process.env.CXXFLAGS ?? ''} ${flags}`.trim() },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const seconds = ((now() - t) / 1000).toFixed(0);
  if (r.status !== 0) {
    const tail = `${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-5).join(' ');
    return {
      ok: false,
      how: 'build failed',
      sqliteVersion: null,
      reason: `node-gyp rebuild failed: ${tail}`,
    };
  }
  const second = probe(repoRoot);
  if (!second.ok) {
    return {
      ok: false,
      how: 'built but does not load',
      sqliteVersion: null,
      reason: second.detail,
    };
  }
  log(`better-sqlite3 compiled in ${seconds} s (SQLite ${second.version})`);
  return {
    ok: true,
    how: `compiled from source with node-gyp${flags ? ` (${flags}, Node-API ${process.versions.napi})` : ''}`,
    sqliteVersion: second.version,
    reason: null,
  };
}
