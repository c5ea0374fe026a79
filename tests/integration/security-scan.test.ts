// The security scan that `npm test` runs: what it lets through and what fails it.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fails, report, scan } from '../../scripts/security/electronegativity';
import type { Finding } from '../../scripts/security/electronegativity';

const level = (name: string, value: number) => ({ name, value });
const severity = {
  HIGH: level('HIGH', 3),
  MEDIUM: level('MEDIUM', 2),
  LOW: level('LOW', 1),
};
const confidence = {
  CERTAIN: level('CERTAIN', 2),
  FIRM: level('FIRM', 1),
  TENTATIVE: level('TENTATIVE', 0),
};

const finding = (overrides: Partial<Finding>): Finding => ({
  id: 'SOME_CHECK',
  file: 'electron/main/window.ts',
  location: { line: 12, column: 2 },
  description: 'Something to look at',
  severity: severity.MEDIUM,
  confidence: confidence.FIRM,
  ...overrides,
});

describe('the scan’s threshold', () => {
  it('fails on MEDIUM or HIGH findings the scanner is FIRM or CERTAIN about', () => {
    expect(fails(finding({}))).toBe(true);
    expect(fails(finding({ severity: severity.HIGH, confidence: confidence.CERTAIN }))).toBe(true);
  });

  it('lets LOW findings and TENTATIVE ones through, to be reviewed by a person', () => {
    expect(fails(finding({ severity: severity.LOW, confidence: confidence.CERTAIN }))).toBe(false);
    expect(fails(finding({ severity: severity.HIGH, confidence: confidence.TENTATIVE }))).toBe(
      false,
    );
  });

  it('lists every finding, the failing ones marked and first', () => {
    expect(
      report([
        finding({ id: 'OPEN_EXTERNAL_JS_CHECK', confidence: confidence.TENTATIVE }),
        finding({ id: 'CSP_GLOBAL_CHECK', file: 'N/A', severity: severity.HIGH }),
      ]),
    ).toEqual([
      'FAIL  HIGH/FIRM  CSP_GLOBAL_CHECK  whole app  Something to look at',
      'note  MEDIUM/TENTATIVE  OPEN_EXTERNAL_JS_CHECK  electron/main/window.ts:12  Something to look at',
    ]);
  });
});

describe('Electronegativity over an app', () => {
  let folder = '';
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'kr-scan-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('fails a window without context isolation and sandbox, naming the line', async () => {
    await writeFile(
      join(folder, 'main.ts'),
      [
        "import { BrowserWindow } from 'electron';",
        'export const open = () =>',
        '  new BrowserWindow({',
        '    webPreferences: { contextIsolation: false, sandbox: false, nodeIntegration: true },',
        '  });',
        '',
      ].join('\n'),
    );
    const { lines, failed } = await scan(folder, '45.4.1');
    expect(failed).toBe(true);
    expect(lines).toContainEqual(
      expect.stringMatching(/^FAIL .*CONTEXT_ISOLATION_JS_CHECK.*main\.ts:4/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^FAIL .*SANDBOX_JS_CHECK.*main\.ts:4/));
    // No policy anywhere, no navigation limits, no permission handler: the whole app fails.
    expect(lines).toContainEqual(expect.stringMatching(/^FAIL .*CSP_GLOBAL_CHECK/));
    expect(lines).toContainEqual(expect.stringMatching(/^FAIL .*LIMIT_NAVIGATION_GLOBAL_CHECK/));
  }, 60_000);
});
