import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronBinary } from './electron-binary';

const binary = electronBinary();

test('the desktop app opens the library in a locked-down window', async () => {
  if ('missing' in binary) {
    const reason = `Electron smoke test skipped: ${binary.missing}.`;
    console.log(reason);
    test.skip(true, reason);
    return;
  }
  const userData = mkdtempSync(join(tmpdir(), 'kr-electron-'));
  const app = await electron.launch({
    executablePath: binary.path,
    args: [resolve(import.meta.dirname, '../..'), `--user-data-dir=${userData}`],
  });
  try {
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { name: 'Library' })).toBeVisible();
    expect(window.url()).toMatch(/^app:\/\/reader\//);
    const exposed = await window.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      shell: typeof (globalThis as { karabakhShell?: unknown }).karabakhShell,
    }));
    expect(exposed).toEqual({ require: 'undefined', process: 'undefined', shell: 'object' });
    await window.getByRole('searchbox', { name: 'Search' }).fill('Lachin');
    await expect(window.locator('.results li').first()).toBeVisible();
  } finally {
    await app.close();
  }
});
