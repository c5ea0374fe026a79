import { expect, test } from '@playwright/test';
import { failOnPageErrors } from './helpers';

failOnPageErrors();

test('opens on the library with articles and events listed', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Library', level: 1 })).toBeVisible();
  const shown = page.getByRole('status').filter({ hasText: /^\d+ items$/ });
  expect(Number((await shown.textContent())?.replace(/\D/g, ''))).toBeGreaterThanOrEqual(35);
  const items = page.getByRole('list', { name: 'Library items' }).getByRole('listitem');
  await page.getByLabel('Type', { exact: true }).selectOption('article');
  await expect(items.first()).toContainText('Article');
  await page.screenshot({ path: 'test-results/e2e/library.png' });
});

test('opens an article with its body, sources and events', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Topic', { exact: true }).selectOption('lachin-corridor');
  await page.getByRole('link', { name: 'The Lachin corridor and the blockade' }).click();
  await expect(page).toHaveURL(/#\/article\/article%3Alachin-corridor$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'The Lachin corridor and the blockade' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Events in this article' })).toBeVisible();
  await expect(page.locator('.article-body p').first()).not.toBeEmpty();
  await page.screenshot({ path: 'test-results/e2e/article.png' });
  await page
    .getByRole('heading', { name: 'Events in this article' })
    .locator('..')
    .getByRole('link')
    .first()
    .click();
  await expect(page).toHaveURL(/#\/event\//);
  await expect(page.getByText('Whose figure').or(page.getByText('Parties'))).toBeVisible();
});

test('search finds an article by a word from its body and by another name of a place', async ({
  page,
}) => {
  await page.goto('./');
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.fill('Hakari');
  await expect(page).toHaveURL(/#\/search\?q=Hakari/);
  const results = page.locator('.results li');
  await expect(results.filter({ hasText: 'The Lachin corridor and the blockade' })).toHaveCount(1);
  await expect(results.first().locator('mark').first()).toHaveText(/hakari/i);
  await page.screenshot({ path: 'test-results/e2e/search.png' });

  await box.fill('Khankendi');
  await expect(results.first()).toBeVisible();
  await results.first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a source shows everything that cites it', async ({ page }) => {
  await page.goto('./#/article/article%3Afirst-war');
  const sources = page.getByRole('region', { name: 'Sources' });
  await sources.getByRole('link', { name: 'everything citing this' }).first().click();
  await expect(page).toHaveURL(/#\/source\/source%3A/);
  const citing = page.getByRole('list', { name: 'Items citing this source' });
  await expect(citing.getByRole('link', { name: 'The first war, 1988–1994' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Cited by \d+ items?$/ })).toBeVisible();
});

test('a search with no match says so', async ({ page }) => {
  await page.goto('./#/search?q=zzqxv');
  await expect(page.getByText('No results.')).toBeVisible();
});

test('a bookmark is still there after a reload', async ({ page }) => {
  await page.goto('./#/article/article%3Afirst-war');
  const bookmark = page.getByRole('button', { name: 'Bookmark', exact: true });
  await expect(bookmark).toHaveAttribute('aria-pressed', 'false');
  await bookmark.click();
  await expect(bookmark).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Bookmark', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByRole('link', { name: 'Bookmarks' }).click();
  await expect(page.getByRole('list', { name: 'Bookmarked items' })).toContainText('The first war');
});

test('an unknown link shows a way back instead of an error', async ({ page }) => {
  await page.goto('./#/article/article%3Adoes-not-exist');
  await expect(page.getByRole('heading', { name: 'Not in this library' })).toBeVisible();
});
