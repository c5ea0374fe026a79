// End-to-end tests: the web build served on loopback, driven in the system Chromium.
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4179);
// Separate build folders let several runs (on different ports) share one checkout.
const OUT = process.env.E2E_PORT ? `dist/web-${PORT}` : 'dist/web';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: `../../test-results/e2e-${PORT}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Generous ceilings, not targets: every wait is for a state, and on a two-core machine that
  // is busy with other work a screen can take several seconds to appear.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
    viewport: { width: 1200, height: 800 },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `npx tsx scripts/web.ts --port ${PORT} --out ${OUT}`,
    cwd: '../..',
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
  },
});
