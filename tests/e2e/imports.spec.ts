// Bringing your own articles in, as a reader does it: the import screen and its file dialog,
// files dropped on the window, then the imported article in the library, the reader and the
// search: edited, highlighted, annotated, deleted and restored. Nothing may leave the machine.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { lyingEpub } from '../helpers/lying-epub';
import {
  expectNoSeriousAxeViolations,
  failOnPageErrors,
  screenshotPath,
  selectText,
  waitForSaved,
} from './helpers';

failOnPageErrors();

const FIXTURES = resolve(import.meta.dirname, '../fixtures/import');

const NEWS = 'Millbrook finishes new reservoir pipeline ahead of summer';
const FOOTBRIDGE = 'Repairing the Wexcombe footbridge';

const fixture = (name: string) => ({
  name,
  mimeType: 'application/octet-stream',
  buffer: readFileSync(resolve(FIXTURES, name)),
});

const TEXT_FILE = {
  name: 'allotment-notes.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from(
    'Allotment notes for the spring\n\nThe water butts on plot nine were cleaned and refilled after the frost.\n\nSeed potatoes go in during the second week of April.\n',
  ),
};

// The first bytes of a PNG image, under a web page's name.
const FAKE_PAGE = {
  name: 'photo.html',
  mimeType: 'text/html',
  buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]),
};

/** Records and refuses every request that is not to the local test server. */
async function keepOffline(page: Page): Promise<string[]> {
  const outside: string[] = [];
  await page.context().route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    outside.push(url.href);
    return route.abort();
  });
  return outside;
}

const results = (page: Page) =>
  page.getByRole('list', { name: 'Imported files' }).getByRole('listitem');
const summary = (page: Page) => page.locator('.import-progress [role="status"]');

type FilePayload = { name: string; mimeType: string; buffer: Buffer };

async function importThroughDialog(page: Page, files: FilePayload[]) {
  await page.goto('./');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Import' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import' })).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose files…' }).click();
  await (await chooser).setFiles(files);
}

async function showImported(page: Page) {
  await page.goto('./');
  await page.getByRole('combobox', { name: 'Type' }).selectOption('imported');
  return page.getByRole('list', { name: 'Library items' });
}

test('files chosen in the dialog are imported one by one, each with what became of it', async ({
  page,
}) => {
  const outside = await keepOffline(page);
  await importThroughDialog(page, [
    fixture('news-article.html'),
    fixture('footbridge.md'),
    TEXT_FILE,
    FAKE_PAGE,
    fixture('news-article.html'),
  ]);

  await expect(summary(page)).toHaveText('3 imported, 1 already there, 1 could not be imported');
  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible();
  await expect(page.locator('.import-progress progress')).toHaveAttribute('value', '5');
  await expect(results(page)).toHaveCount(5);
  await expect(results(page).nth(0)).toContainText('Imported');
  await expect(results(page).nth(0).getByRole('link')).toHaveText(NEWS);
  await expect(results(page).nth(1).getByRole('link')).toHaveText(FOOTBRIDGE);
  await expect(results(page).nth(2)).toContainText('allotment-notes.txt');
  await expect(results(page).nth(3)).toContainText('Not imported');
  await expect(results(page).nth(3)).toContainText('looks like a PNG image');
  await expect(results(page).nth(4)).toContainText('Already in your library');
  await expect(results(page).nth(4).getByRole('link')).toHaveText(NEWS);
  // Tall enough to show every result, the refusal included.
  await page.setViewportSize({ width: 1200, height: 1060 });
  await page.screenshot({ path: screenshotPath('import.png') });
  await page.setViewportSize({ width: 1200, height: 800 });
  await expectNoSeriousAxeViolations(page, 'import results');

  // The library offers them as their own kind.
  const list = await showImported(page);
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(list.getByRole('listitem').filter({ hasText: NEWS })).toContainText(
    'Imported Harriet Okafor · 2023-06-14',
  );

  // Opened, its text is there and its source is named; nothing was fetched from the web.
  await list.getByRole('link', { name: NEWS }).click();
  await expect(page.getByRole('heading', { level: 1, name: NEWS })).toBeVisible();
  await expect(page.locator('.article-body')).toContainText('six-kilometre pipeline');
  await expect(page.locator('.imported-facts')).toContainText('Harriet Okafor');
  await expect(page.locator('.imported-facts')).toContainText('14 June 2023');
  await expect(page.locator('.imported-facts')).toContainText('news-article.html');
  await expect(
    page.getByRole('link', {
      name: 'https://valleycourier.example/news/2023/06/millbrook-reservoir-pipeline',
    }),
  ).toBeVisible();
  await page.screenshot({ path: screenshotPath('import-article.png'), fullPage: false });
  await page.getByRole('button', { name: 'Edit details' }).click();
  await expect(page.getByRole('textbox', { name: 'Title' })).toBeFocused();
  await expectNoSeriousAxeViolations(page, 'imported article, editing its details');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Edit details' })).toBeFocused();
  await expect(page.getByRole('form', { name: 'Edit details' })).toHaveCount(0);
  expect(outside).toEqual([]);
});

test('an EPUB that expands to 300 MB is refused at the limit while the page stays responsive', async ({
  page,
}) => {
  await page.goto('./');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Import' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import' })).toBeVisible();
  // Every task the page runs for longer than 50 ms from here on is recorded.
  await page.evaluate(() => {
    const durations: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) durations.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    Object.assign(window, {
      longTasks: () => [...durations, ...observer.takeRecords().map((entry) => entry.duration)],
    });
  });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose files…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'atlas.epub',
    mimeType: 'application/epub+zip',
    buffer: Buffer.from(lyingEpub(300)),
  });

  await expect(summary(page)).toHaveText('1 could not be imported');
  await expect(results(page)).toHaveCount(1);
  await expect(results(page).nth(0)).toContainText('Not imported');
  await expect(results(page).nth(0).locator('.import-result-message')).toHaveText(
    '“atlas.epub” expands to more than 10 MB, so it was not imported.',
  );
  const longTasks = await page.evaluate(() =>
    (window as unknown as { longTasks(): number[] }).longTasks(),
  );
  expect(longTasks.filter((duration) => duration > 200)).toEqual([]);
});

test('an imported article is edited, highlighted with a note, deleted, restored and deleted', async ({
  page,
}) => {
  const outside = await keepOffline(page);
  await importThroughDialog(page, [fixture('news-article.html')]);
  await results(page).first().getByRole('link', { name: NEWS }).click();
  await expect(page.getByRole('heading', { level: 1, name: NEWS })).toBeVisible();

  // A bad date is refused next to its field; a new title is kept.
  await page.getByRole('button', { name: 'Edit details' }).click();
  const date = page.getByRole('textbox', { name: 'Date' });
  await date.fill('2023-13');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toContainText('is not a date');
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(date).toBeFocused();
  await page.screenshot({ path: test.info().outputPath('edit-details.png') });
  await date.fill('2023-06');
  await page.getByRole('textbox', { name: 'Title' }).fill('Millbrook pipeline finished');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Millbrook pipeline finished' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit details' })).toBeFocused();
  await expect(page.locator('.imported-facts')).toContainText('June 2023');

  // A highlight with a note, found by the search.
  await selectText(page, 'eleven million litres a day');
  const toolbar = page.getByRole('group', { name: 'Highlight the selected text' });
  await toolbar.getByRole('textbox', { name: 'Highlight note' }).fill('compare with Ashgrove');
  await toolbar.getByRole('button', { name: 'Highlight', exact: true }).click();
  await expect(page.locator('mark.hl')).toHaveText('eleven million litres a day');
  await waitForSaved(page);

  const list = await showImported(page);
  await expect(list.getByRole('link', { name: 'Millbrook pipeline finished' })).toBeVisible();
  await page.goto('./#/search?q=Ashgrove%20compare');
  await expect(page.locator('.search-main')).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator('.search-main')).toContainText('compare with Ashgrove');

  // Delete, Undo: it is back with its highlight.
  await list.page().goto('./');
  await (
    await showImported(page)
  )
    .getByRole('link', { name: 'Millbrook pipeline finished' })
    .click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Deleted “Millbrook pipeline finished”' }),
  ).toBeFocused();
  await page.screenshot({ path: test.info().outputPath('deleted.png') });
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Millbrook pipeline finished' }),
  ).toBeVisible();
  await expect(page.locator('mark.hl')).toHaveText('eleven million litres a day');

  // Deleted for good: gone from the library and from the search.
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Deleted/ })).toBeVisible();
  await page.goto('./');
  await expect(page.locator('.library-count')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Millbrook pipeline finished' })).toHaveCount(0);
  await page.goto('./#/search?q=reservoir%20pipeline');
  await expect(page.locator('.search-main')).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator('.search-main')).not.toContainText('Millbrook pipeline finished');
  expect(outside).toEqual([]);
});

test('a file dropped on any screen is imported and is still there after a reload', async ({
  page,
}) => {
  await keepOffline(page);
  await page.goto('./#/timeline');
  // Files are dropped on a window that has finished starting.
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  const markdown = readFileSync(resolve(FIXTURES, 'footbridge.md'), 'utf8');
  const drop = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'footbridge.md', { type: 'text/markdown' }));
    return data;
  }, markdown);

  await page.dispatchEvent('main', 'dragenter', { dataTransfer: drop });
  await expect(page.getByText('Drop to import')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer: drop });
  await expect(page.getByText('Drop to import')).toHaveCount(0);
  await expect(page).toHaveURL(/#\/import$/);
  await expect(summary(page)).toHaveText('1 imported');
  await expect(results(page).first().getByRole('link')).toHaveText(FOOTBRIDGE);

  // Text dragged inside the page is not a file: no overlay, nothing imported.
  const textDrag = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'just words');
    return data;
  });
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: textDrag });
  await expect(page.getByText('Drop to import')).toHaveCount(0);

  await page.reload();
  const list = await showImported(page);
  await expect(list.getByRole('link', { name: FOOTBRIDGE })).toBeVisible();
  await list.getByRole('link', { name: FOOTBRIDGE }).click();
  await expect(page.locator('.article-body')).toContainText('green oak');
  await expect(page.locator('.article-body script')).toHaveCount(0);
});
