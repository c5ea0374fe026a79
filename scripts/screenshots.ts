// npm run docs:screenshots: builds the web app, walks through it in Chromium with a little
// user data, and saves the README's screenshots in docs/screenshots/.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build } from 'vite';
import { ensureContentDb } from './content/build';
import { CONTENT_DB, CONTENT_ROOT, REPO_ROOT } from './paths';
import { createStaticServer, listen } from './web/serve';

const OUT = resolve(REPO_ROOT, 'docs/screenshots');
const WEB = resolve(REPO_ROOT, 'dist/web-screenshots');

await ensureContentDb(CONTENT_ROOT, CONTENT_DB);
await build({
  configFile: resolve(REPO_ROOT, 'vite.web.config.ts'),
  logLevel: 'warn',
  build: { outDir: WEB },
});
const server = createStaticServer(WEB);
const base = await listen(server, 0);
mkdirSync(OUT, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 820 } });
  const shot = async (name: string) => {
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved$/ })
      .last()
      .waitFor();
    await page.screenshot({ path: resolve(OUT, `${name}.png`) });
  };
  const heading = (page: Page, name: string | RegExp) =>
    page.getByRole('heading', { level: 1, name }).waitFor();

  // Some reading history and annotations, made through the UI.
  await page.goto(`${base}#/article/article%3Alachin-corridor`);
  await heading(page, 'The Lachin corridor and the blockade');
  await page.getByRole('button', { name: 'Bookmark', exact: true }).click();
  await page
    .getByRole('textbox', { name: 'Note' })
    .fill('Compare the **ICJ order** with the ICRC statements.');
  await page.getByText('Saved', { exact: true }).first().waitFor();
  await page.evaluate(() => {
    const body = document.querySelector('.article-body')!;
    const paragraph = body.querySelectorAll('p')[1]!;
    const text = paragraph.firstChild!;
    const sentence = text.textContent!.split(/(?<=\.)\s/)[0]!;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, sentence.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    document.dispatchEvent(new Event('selectionchange'));
  });
  await page
    .getByRole('textbox', { name: 'Highlight note' })
    .fill('The legal basis each side cites.');
  await page.getByRole('button', { name: 'Highlight', exact: true }).click();
  await page.locator('mark.hl').first().waitFor();
  await page.locator('#content').evaluate((el) => el.scrollTo(0, el.scrollHeight * 0.35));
  await page.waitForTimeout(800);
  await page.goto(`${base}#/article/article%3A2020-war`);
  await heading(page, 'The 2020 war');
  await page.getByRole('button', { name: 'Bookmark', exact: true }).click();
  await page.locator('#content').evaluate((el) => el.scrollTo(0, el.scrollHeight * 0.5));
  await page.waitForTimeout(800);

  await page.goto(`${base}#/`);
  await heading(page, 'Library');
  await shot('library');

  await page.goto(`${base}#/article/article%3Afirst-war`);
  await heading(page, 'The first war, 1988–1994');
  await page.waitForTimeout(300);
  await shot('reader-light');

  await page.goto(`${base}#/settings`);
  await page.getByRole('radio', { name: 'Dark', exact: true }).check();
  await page.goto(`${base}#/article/article%3Afirst-war`);
  await heading(page, 'The first war, 1988–1994');
  await page.waitForTimeout(300);
  await shot('reader-dark');

  await page.goto(`${base}#/settings`);
  await page.getByRole('radio', { name: 'Light', exact: true }).check();
  await page.goto(`${base}#/bookmarks`);
  await heading(page, 'Bookmarks');
  await shot('bookmarks');

  await page.goto(`${base}#/notes`);
  await heading(page, 'Notes');
  await shot('notes');

  await page.goto(`${base}#/search?q=${encodeURIComponent('Khankendi shelling')}`);
  await heading(page, /Results for/);
  await page
    .getByRole('status')
    .filter({ hasText: /\d+ results?/ })
    .waitFor();
  await shot('search');

  await page.goto(`${base}#/search?q=${encodeURIComponent('Xocali blokade')}`);
  await page.getByText('Did you mean').waitFor();
  await shot('search-suggestion');
} finally {
  await browser.close();
  server.close();
}

// The rest of the README's pictures are taken by the end-to-end tests that set up those
// screens (timeline, map, event and place pages, imports, restore); here they are told to save
// them in docs/screenshots/ instead of test-results/.
const README_SPECS = ['timeline', 'map', 'links', 'imports', 'export'].map((s) => `${s}.spec.ts`);
const run = spawnSync(
  process.execPath,
  [
    resolve(REPO_ROOT, 'node_modules/@playwright/test/cli.js'),
    'test',
    '--config',
    'tests/e2e/playwright.config.ts',
    ...README_SPECS,
  ],
  {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    env: { ...process.env, KR_SCREENSHOTS_DIR: 'docs/screenshots', E2E_PORT: '4191' },
  },
);
if (run.status !== 0) {
  console.error('The end-to-end tests that take the remaining README pictures failed.');
  process.exit(run.status ?? 1);
}
console.log(`Screenshots written to ${OUT}`);
