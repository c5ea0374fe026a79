// A reader's day: open an article, adjust the text, read, bookmark, note, highlight, reload
// and find everything where it was; then remove the bookmark and undo.
import { expect, test, type Page } from '@playwright/test';
import {
  lastSavedAt,
  selectText,
  waitForPositionSaved,
  waitForSaved,
  waitForSaveAfter,
} from './helpers';

const ARTICLE = './#/article/article%3Afirst-war';
const TITLE = 'The first war, 1988–1994';

async function firstSentence(page: Page): Promise<string> {
  const text = await page.locator('.article-body p').nth(2).innerText();
  return text.split(/(?<=\.)\s/)[0]!;
}

test('everything a reader does survives a reload, and a removed bookmark comes back on undo', async ({
  page,
}) => {
  await page.goto(ARTICLE);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  // Text size and theme.
  const size = () =>
    page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--reader-font-size').trim(),
    );
  const before = await size();
  await page.keyboard.press('Control+=');
  await expect.poll(size).not.toBe(before);
  const larger = await size();
  await page.goto('./#/settings');
  await page.getByRole('radio', { name: 'Dark', exact: true }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // Read halfway down.
  await page.goto(ARTICLE);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const content = page.locator('#content');
  await content.evaluate((el) => el.scrollTo(0, (el.scrollHeight - el.clientHeight) / 2));
  await expect(page.getByRole('progressbar', { name: 'Reading progress' })).not.toHaveAttribute(
    'aria-valuenow',
    '0',
  );

  // Bookmark, note, highlight with a note.
  await page.getByRole('button', { name: 'Bookmark', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Bookmark', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page
    .getByRole('textbox', { name: 'Note', exact: true })
    .fill('Compare with **de Waal**, chapter 12.');
  await expect(page.getByText('Saved', { exact: true }).first()).toBeVisible();
  const sentence = await firstSentence(page);
  await selectText(page, sentence);
  await page.getByRole('textbox', { name: 'Highlight note' }).fill('Key point');
  await page.getByRole('button', { name: 'Highlight', exact: true }).click();
  await expect(page.locator('mark.hl')).toContainText(sentence.slice(0, 20));
  // Read on a little further, then let the position be written (at most every half second).
  const progress = page.getByRole('progressbar', { name: 'Reading progress' });
  const shownBefore = (await progress.getAttribute('aria-valuenow')) ?? '';
  await content.evaluate((el) => el.scrollTo(0, el.scrollTop + 900));
  await expect(progress).not.toHaveAttribute('aria-valuenow', shownBefore);
  const scrolled = await content.evaluate((el) => el.scrollTop);
  await waitForPositionSaved(page);

  // Reload: everything is where it was.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await size()).toBe(larger);
  await expect.poll(() => content.evaluate((el) => el.scrollTop)).toBeGreaterThan(scrolled * 0.8);
  await expect(page.getByRole('button', { name: 'Bookmark', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('textbox', { name: 'Note', exact: true })).toHaveValue(
    'Compare with **de Waal**, chapter 12.',
  );
  await expect(page.locator('mark.hl')).toContainText(sentence.slice(0, 20));
  await page.screenshot({ path: 'test-results/e2e/reader-dark.png' });

  // The Notes screen has both; the Bookmarks screen has the bookmark; remove it and undo.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notes' }).click();
  await expect(page.getByRole('main')).toContainText('de Waal');
  await expect(page.getByRole('main')).toContainText(sentence.slice(0, 20));
  await expect(page.getByRole('main')).toContainText('Key point');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Bookmarks' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bookmarks' })).toBeVisible();
  const bookmarked = page.getByRole('list', { name: 'Bookmarked items' });
  await expect(bookmarked.getByRole('link', { name: TITLE })).toBeVisible();
  await waitForSaved(page);
  const beforeRemove = await lastSavedAt(page);
  await page
    .getByRole('button', { name: /^Remove/ })
    .first()
    .click();
  await expect(bookmarked.getByRole('link', { name: TITLE })).toHaveCount(0);
  await waitForSaveAfter(page, beforeRemove);
  const beforeUndo = await lastSavedAt(page);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(bookmarked.getByRole('link', { name: TITLE })).toBeVisible();
  // Reload only once the undone removal is on disk, as a reader who sees "Saved" would.
  await waitForSaveAfter(page, beforeUndo);
  await page.reload();
  await expect(bookmarked.getByRole('link', { name: TITLE })).toBeVisible();
});
