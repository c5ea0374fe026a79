// Settings → Your data, as a reader uses it: export notes, highlights and bookmarks in open
// formats, back up, and restore the backup into an empty profile through the file picker.
import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { failOnPageErrors, screenshotPath, selectText, waitForSaved } from './helpers';

const FIRST_WAR = { path: './#/article/article%3Afirst-war', title: 'The first war, 1988–1994' };
const NOTE = 'Compare with de Waal, chapter 12.';

failOnPageErrors();

async function openArticle(page: Page) {
  await page.goto(FIRST_WAR.path);
  await expect(page.getByRole('heading', { level: 1, name: FIRST_WAR.title })).toBeVisible();
}

/** Bookmarks the article, writes a note and highlights a sentence; returns the sentence. */
async function annotate(page: Page): Promise<string> {
  await openArticle(page);
  const bookmark = page.getByRole('button', { name: 'Bookmark', exact: true });
  await bookmark.click();
  await expect(bookmark).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('textbox', { name: 'Note', exact: true }).fill(NOTE);
  await waitForSaved(page);

  const paragraph = await page.locator('.article-body p').nth(2).innerText();
  const quote = paragraph.split(/(?<=\.)\s/)[0]!;
  await selectText(page, quote);
  const toolbar = page.getByRole('group', { name: 'Highlight the selected text' });
  await toolbar.getByRole('button', { name: 'Highlight', exact: true }).click();
  await expect(page.locator('mark.hl').first()).toBeVisible();
  await waitForSaved(page);
  return quote;
}

async function openYourData(page: Page) {
  await page.goto('./#/settings?section=data');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Your data', exact: true }),
  ).toBeFocused();
}

async function download(page: Page, button: string): Promise<Download> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  await expect(page.getByRole('status').filter({ hasText: /^Saved / })).toContainText(
    file.suggestedFilename(),
  );
  return file;
}

const text = async (file: Download) => readFile((await file.path())!, 'utf8');
const DATE = /\d{4}-\d{2}-\d{2}/.source;

test('exports notes, highlights and bookmarks, and a backup restores them into an empty profile', async ({
  page,
  browser,
}, testInfo) => {
  const quote = await annotate(page);
  await openYourData(page);

  // Markdown: one file for the article, with front matter and the highlight as a quote.
  const zip = await download(
    page,
    'Export notes and highlights (Markdown, for Obsidian or Logseq)',
  );
  expect(zip.suggestedFilename()).toMatch(new RegExp(`^karabakh-notes-${DATE}\\.zip$`));
  const files = unzipSync(new Uint8Array(await readFile((await zip.path())!)));
  const articleFile = Object.keys(files).find((p) => p.endsWith('/the-first-war-1988-1994.md'));
  expect(articleFile).toBeDefined();
  const markdown = strFromU8(files[articleFile!]!);
  expect(markdown).toMatch(/^---\n/);
  expect(markdown).toContain(`title: "${FIRST_WAR.title}"`);
  expect(markdown).toContain(NOTE);
  const firstWords = quote.split(' ').slice(0, 3).join(' ');
  expect(markdown).toMatch(new RegExp(`^> ${firstWords}`, 'm'));

  // Bookmarks for browsers: one link, named for the article.
  const html = await text(await download(page, 'Export bookmarks (HTML, for browsers)'));
  const links = [...html.matchAll(/<A [^>]*>([^<]*)<\/A>/g)].map((m) => m[1]);
  expect(links).toEqual([FIRST_WAR.title]);

  // Web Annotations: the highlight's exact text in a TextQuoteSelector.
  const annotations = await download(page, 'Export annotations (W3C Web Annotation)');
  expect(annotations.suggestedFilename()).toMatch(/\.jsonld$/);
  const collection = JSON.parse(await text(annotations)) as {
    '@context': string;
    first: { items: { target: unknown }[] };
  };
  expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
  const exacts = collection.first.items.flatMap((a) =>
    typeof a.target === 'object' && a.target !== null && 'selector' in a.target
      ? (a.target.selector as { type: string; exact?: string }[])
          .filter((s) => s.type === 'TextQuoteSelector')
          .map((s) => s.exact)
      : [],
  );
  expect(exacts).toEqual([quote]);

  // The backup.
  const backup = await download(page, 'Back up everything');
  expect(backup.suggestedFilename()).toMatch(new RegExp(`^karabakh-reader-backup-${DATE}\\.json$`));
  const backupPath = testInfo.outputPath(backup.suggestedFilename());
  await backup.saveAs(backupPath);

  // An empty profile: a new browser context has its own, empty IndexedDB.
  const context = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    viewport: { width: 1200, height: 900 },
  });
  const fresh = await context.newPage();
  const errors: string[] = [];
  fresh.on('pageerror', (error) => errors.push(error.message));
  await openYourData(fresh);

  const [chooser] = await Promise.all([
    fresh.waitForEvent('filechooser'),
    fresh.getByRole('button', { name: 'Restore from a backup…' }).click(),
  ]);
  await chooser.setFiles(backupPath);

  const preview = fresh.getByRole('group', { name: /What restoring .* will change/ });
  await expect(preview.getByRole('heading', { level: 4 })).toBeFocused();
  await expect(preview.getByRole('radio', { name: 'Merge with what is here' })).toBeChecked();
  const row = (kind: string) => preview.getByRole('row', { name: new RegExp(`^${kind}`) });
  await expect(row('Bookmarks').getByRole('cell')).toHaveText(['1', '0', '0', '0']);
  await expect(row('Notes').getByRole('cell')).toHaveText(['1', '0', '0', '0']);
  await expect(row('Highlights').getByRole('cell')).toHaveText(['1', '0', '0', '0']);
  await expect(preview.getByRole('listitem').first()).toHaveText(/^Merge:/);

  // Replace explains what it removes; nothing has changed yet.
  await preview.getByRole('radio', { name: 'Replace everything' }).check();
  await expect(preview.getByRole('listitem').first()).toHaveText(/^Replace:/);
  await expect(preview).toContainText('not in the backup are removed');
  await preview.getByRole('radio', { name: 'Merge with what is here' }).check();
  await preview.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await fresh.screenshot({ path: screenshotPath('restore.png') });

  await preview.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(fresh.getByRole('status').filter({ hasText: /^Restored from/ })).toContainText(
    'Bookmarks: 1 added.',
  );
  await expect(fresh.getByRole('button', { name: 'Restore from a backup…' })).toBeFocused();
  await waitForSaved(fresh);

  // The note, the highlight and the bookmark are back, and stay after a reload.
  await fresh.reload();
  await openArticle(fresh);
  await expect(fresh.getByRole('button', { name: 'Bookmark', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(fresh.getByRole('textbox', { name: 'Note', exact: true })).toHaveValue(NOTE);
  await expect(fresh.locator('mark.hl').first()).toContainText(firstWords);
  expect(errors).toEqual([]);
  await context.close();
});

test('a file that is not a backup is refused with a plain message, and nothing changes', async ({
  page,
}, testInfo) => {
  await openYourData(page);
  const path = testInfo.outputPath('notes.json');
  await writeFile(path, '{"hello":"world"}');
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Restore from a backup…' }).click(),
  ]);
  await chooser.setFiles(path);
  await expect(page.getByRole('status').filter({ hasText: /cannot be restored/ })).toHaveText(
    '“notes.json” cannot be restored. This file is not a Karabakh Reader backup.',
  );
  await expect(page.getByRole('group', { name: /What restoring/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Restore from a backup…' })).toBeFocused();
});

test('a picture or an empty file offered as a backup is named for what it is', async ({
  page,
}, testInfo) => {
  await openYourData(page);
  const offer = async (name: string, bytes: Uint8Array) => {
    const path = testInfo.outputPath(name);
    await writeFile(path, bytes);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Restore from a backup…' }).click(),
    ]);
    await chooser.setFiles(path);
  };
  const status = page.getByRole('status').filter({ hasText: /cannot be restored/ });

  await offer(
    'photo.png',
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]),
  );
  await expect(status).toHaveText(
    '“photo.png” cannot be restored. This file is not a Karabakh Reader backup: it is a PNG image.',
  );
  await offer('empty.json', new Uint8Array(0));
  await expect(status).toHaveText('“empty.json” cannot be restored. This file is empty.');
  await expect(page.getByRole('group', { name: /What restoring/ })).toHaveCount(0);
});

test('the restore preview names the items of a backup that the library does not have', async ({
  page,
}, testInfo) => {
  await openYourData(page);
  const at = '2024-01-01T00:00:00.000Z';
  const backup = {
    format: 'karabakh-reader-backup',
    version: 1,
    createdAt: at,
    userDbVersion: 1,
    bookmarks: [
      { targetId: 'event:2031-01-01-not-here', position: '', label: '', tags: [], createdAt: at },
      { targetId: 'article:first-war', position: '', label: '', tags: [], createdAt: at },
    ],
    notes: [{ targetId: 'article:withdrawn', body: 'Kept.', createdAt: at, updatedAt: at }],
    highlights: [],
    progress: [],
    settings: [],
    imported: [],
  };
  const path = testInfo.outputPath('older-backup.json');
  await writeFile(path, JSON.stringify(backup));
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Restore from a backup…' }).click(),
  ]);
  await chooser.setFiles(path);
  const preview = page.getByRole('group', {
    name: 'What restoring “older-backup.json” will change',
  });
  await expect(preview).toBeVisible();
  await expect(preview.getByRole('listitem').filter({ hasText: 'not in your library' })).toHaveText(
    '2 items in this backup are not in your library (they will be kept and shown as not in the library): article:withdrawn, event:2031-01-01-not-here.',
  );
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(preview).toHaveCount(0);
});
