// Runs Electronegativity (Doyensec's checker for Electron misconfigurations) over the app's
// sources and decides what fails the build. The sources are copied to a temporary folder with
// renderer/index.html as the build writes it (the CSP <meta> tag in place), so the scanner
// reads the policy the page really gets.
//
// The gate: a finding fails the scan when its severity is MEDIUM or HIGH and the scanner is
// FIRM or CERTAIN about it. TENTATIVE findings ("review the use of openExternal") are the
// scanner asking for a person to look; they are printed, and docs/SECURITY.md answers each.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { withCspMeta } from '../../electron/csp';

type Level = { value: number; name: string };

export type Finding = {
  id: string;
  file: string;
  location: { line: number; column: number };
  sample?: string;
  description: string;
  severity: Level;
  confidence: Level;
  manualReview?: boolean;
};

type ScanResult = {
  globalChecks: number;
  atomicChecks: number;
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: Finding[];
};

type Run = (options: {
  input: string;
  isRelative?: boolean;
  electronVersionOverride?: string;
  excludeFromScan?: string[];
}) => Promise<ScanResult>;

const SEVERITY_FLOOR = 2; // MEDIUM
const CONFIDENCE_FLOOR = 1; // FIRM

/**
 * Checks left out of every scan, each with its reason (docs/SECURITY.md says more).
 * AvailableSecurityFixesGlobalCheck downloads Electron's release list, and the scan runs
 * offline; keeping Electron current is a release step instead.
 */
export const EXCLUDED_CHECKS = ['availablesecurityfixesglobalcheck'];

export function fails(finding: Finding): boolean {
  return finding.severity.value >= SEVERITY_FLOOR && finding.confidence.value >= CONFIDENCE_FLOOR;
}

/** One line per finding, worst first, with FAIL on the ones that fail the scan. */
export function report(findings: readonly Finding[]): string[] {
  return [...findings]
    .sort((a, b) => b.severity.value - a.severity.value || b.confidence.value - a.confidence.value)
    .map((finding) => {
      const where =
        finding.file === 'N/A' ? 'whole app' : `${finding.file}:${finding.location.line}`;
      const mark = fails(finding) ? 'FAIL' : 'note';
      return `${mark}  ${finding.severity.name}/${finding.confidence.name}  ${finding.id}  ${where}  ${finding.description}`;
    });
}

/** Copies what ships into a temporary folder, as the builds see it. */
export function stageSources(repoRoot: string): string {
  const stage = mkdtempSync(join(tmpdir(), 'kr-electronegativity-'));
  for (const folder of ['electron', 'renderer']) {
    cpSync(join(repoRoot, folder), join(stage, folder), { recursive: true });
  }
  const page = join(stage, 'renderer', 'index.html');
  writeFileSync(page, withCspMeta(readFileSync(page, 'utf8')));
  return stage;
}

export type ScanOutcome = { lines: string[]; failed: boolean };

/**
 * The scanner fetches updated message translations from the internet at every start (and the
 * excluded release check would fetch Electron's release list). The scan must neither need nor
 * try the network, so its HTTP client is replaced, for the scanner alone, by one that fails at
 * once: the scanner then uses the English messages it ships.
 */
function keepOffline(): void {
  const requireFromScanner = createRequire(
    createRequire(import.meta.url).resolve('@doyensec/electronegativity/dist/locales/i18n.js'),
  );
  const got = requireFromScanner.resolve('got');
  const offline = () => Promise.reject(new Error('The security scan runs offline.'));
  const module = requireFromScanner.cache[got];
  if (module?.exports === offline) return;
  requireFromScanner.cache[got] = {
    id: got,
    filename: got,
    loaded: true,
    exports: Object.assign(offline, { default: offline }),
  } as unknown as NodeJS.Module;
}

/** Scans `input` (a folder of sources) and says whether the scan fails. */
export async function scan(input: string, electronVersion: string): Promise<ScanOutcome> {
  keepOffline();
  const run = createRequire(import.meta.url)('@doyensec/electronegativity') as Run;
  const result = await run({
    input,
    isRelative: true,
    electronVersionOverride: electronVersion,
    excludeFromScan: EXCLUDED_CHECKS,
  });
  const unparsed = result.errors.filter((error) => !error.tolerable);
  const lines = [
    `Electronegativity: ${result.globalChecks} global and ${result.atomicChecks} per-file checks.`,
    ...unparsed.map(
      (error) => `FAIL  could not read ${relative(input, error.file)}: ${error.message}`,
    ),
    ...report(result.issues),
  ];
  const failing = result.issues.filter(fails).length + unparsed.length;
  lines.push(
    failing === 0
      ? `No finding of MEDIUM severity or above with FIRM or CERTAIN confidence (${result.issues.length} to review).`
      : `${failing} finding(s) fail the scan: fix them, or suppress a false positive with an eng-disable comment and say why in docs/SECURITY.md.`,
  );
  return { lines, failed: failing > 0 };
}

/** The Electron version the app is built with, from package.json. */
export function electronVersionOf(repoRoot: string): string {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
    devDependencies?: Record<string, string>;
  };
  const version = pkg.devDependencies?.['electron']?.replace(/^[^\d]*/, '');
  if (version === undefined || version === '') throw new Error('package.json names no Electron.');
  return version;
}

export async function scanRepo(repoRoot: string): Promise<ScanOutcome> {
  const stage = stageSources(repoRoot);
  try {
    return await scan(stage, electronVersionOf(repoRoot));
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
