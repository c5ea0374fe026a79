// The desktop app's commands: `npm start`, `npm run dev`, and the runtime check in front of
// `npm run test:electron` and `npm run dist`.
//
//   tsx scripts/desktop.ts start            the built app in the desktop window
//   tsx scripts/desktop.ts dev              electron-vite's dev server and window
//   tsx scripts/desktop.ts ensure           the runtime, downloaded if missing (exit 1 if not)
//   tsx scripts/desktop.ts ensure --optional  the same, but a missing runtime is only reported
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureRuntime, type Progress } from './desktop/ensure-runtime';
import { REPO_ROOT } from './paths';

export interface DesktopDeps {
  /** The app folder Electron is started with (its package.json names out/main/index.js). */
  appDir: string;
  electronDir: string;
  modulesDir: string;
  env: NodeJS.ProcessEnv;
  nodeVersion: string;
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether progress can be redrawn in place (a terminal) or is printed as lines. */
  tty: boolean;
}

function progressPrinter(deps: DesktopDeps): (p: Progress) => void {
  let lastShown = -1;
  const mb = (n: number) => (n / 1_048_576).toFixed(0);
  return ({ transferred, total }) => {
    const percent = total ? Math.floor((transferred / total) * 100) : -1;
    const step = deps.tty ? percent : Math.floor(percent / 10) * 10;
    if (total && step === lastShown) return;
    if (!total && transferred - lastShown < 10 * 1_048_576) return;
    lastShown = total ? step : transferred;
    const text = total
      ? `Downloading: ${percent}% (${mb(transferred)} of ${mb(total)} MB)`
      : `Downloading: ${mb(transferred)} MB`;
    deps.out(deps.tty ? `\r${text}${percent === 100 ? '\n' : ''}` : `${text}\n`);
  };
}

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env, cwd });
    const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
    const handlers = (['SIGINT', 'SIGTERM'] as const).map((s) => [s, forward(s)] as const);
    handlers.forEach(([s, h]) => process.on(s, h));
    child.on('error', (error) => {
      handlers.forEach(([s, h]) => process.off(s, h));
      process.stderr.write(`Could not start ${command}: ${error.message}\n`);
      resolve(1);
    });
    child.on('close', (code, signal) => {
      handlers.forEach(([s, h]) => process.off(s, h));
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

export async function desktop(args: string[], deps: DesktopDeps): Promise<number> {
  const [command = 'start', ...flags] = args;
  if (!['start', 'dev', 'ensure'].includes(command)) {
    deps.err(`Unknown command "${command}": use start, dev or ensure.\n`);
    return 2;
  }
  const optional = flags.includes('--optional');
  const runtime = await ensureRuntime({
    electronDir: deps.electronDir,
    modulesDir: deps.modulesDir,
    env: deps.env,
    nodeVersion: deps.nodeVersion,
    say: (line) => deps.out(`${line}\n`),
    progress: progressPrinter(deps),
  });
  if (!runtime.ok) {
    if (optional) {
      deps.out(`${runtime.message}\n`);
      return 0;
    }
    deps.err(`\n${runtime.message}\n\n`);
    return 1;
  }
  if (command === 'ensure') return 0;
  if (command === 'dev') {
    const vite = join(deps.modulesDir, 'electron-vite', 'bin', 'electron-vite.js');
    return run(
      process.execPath,
      [vite, 'dev'],
      { ...deps.env, ELECTRON_EXEC_PATH: runtime.path },
      deps.appDir,
    );
  }
  if (!existsSync(join(deps.appDir, 'out', 'main', 'index.js'))) {
    deps.err('The app has not been built yet: run `npm start`, which builds it first.\n');
    return 1;
  }
  return run(runtime.path, [deps.appDir], deps.env, deps.appDir);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await desktop(process.argv.slice(2), {
    appDir: REPO_ROOT,
    electronDir: join(REPO_ROOT, 'node_modules', 'electron'),
    modulesDir: join(REPO_ROOT, 'node_modules'),
    env: process.env,
    nodeVersion: process.version,
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    tty: Boolean(process.stdout.isTTY),
  });
}
