// A new release of the library changes an article: highlights follow their text, and one whose
// passage was removed is shown as detached with its quote, never dropped.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildContentDb } from '../../scripts/content/build';
import { selectText, waitForSaved } from './helpers';

const ARTICLE = './#/article/article%3Afirst-war';
const KEPT = 'The dispute turned violent within days of the vote.';
const REMOVED_PARAGRAPH_START = 'The Soviet Union then fell apart.';
const REMOVED = 'The Soviet Union then fell apart.';

async function highlight(page: Page, phrase: string, colour: string) {
  await selectText(page, phrase);
  await page.getByRole('button', { name: colour, exact: true }).click();
  await page.getByRole('button', { name: 'Highlight', exact: true }).click();
  await expect(page.locator('mark.hl', { hasText: phrase.slice(0, 20) }).first()).toBeVisible();
}

/** The bundled corpus with the article changed: a new first paragraph, one paragraph gone. */
async function changedLibrary(): Promise<Buffer> {
  const root = mkdtempSync(join(tmpdir(), 'kr-release-'));
  cpSync(resolve(import.meta.dirname, '../../resources/content'), root, { recursive: true });
  const file = join(root, 'articles/first-war.md');
  const paragraphs = readFileSync(file, 'utf8').split('\n\n');
  const kept = paragraphs.filter((p) => !p.startsWith(REMOVED_PARAGRAPH_START));
  expect(kept.length).toBe(paragraphs.length - 1);
  const firstHeading = kept.findIndex((p) => p.startsWith('## '));
  kept.splice(
    firstHeading,
    0,
    'This explainer was revised in a later release: a new opening paragraph now comes first, and one passage on the Soviet collapse was shortened.',
  );
  writeFileSync(file, kept.join('\n\n'));
  return Buffer.from((await buildContentDb(root)).bytes);
}

test('after a content update, highlights re-attach and a removed passage is shown as detached', async ({
  page,
}) => {
  await page.goto(ARTICLE);
  await expect(
    page.getByRole('heading', { level: 1, name: 'The first war, 1988–1994' }),
  ).toBeVisible();
  await highlight(page, KEPT, 'Green');
  await highlight(page, REMOVED, 'Blue');
  await waitForSaved(page);

  const release = await changedLibrary();
  await page.route('**/reader.db', (route) =>
    route.fulfill({ status: 200, contentType: 'application/octet-stream', body: release }),
  );
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'The first war, 1988–1994' }),
  ).toBeVisible();
  await expect(page.locator('.article-body')).toContainText('revised in a later release');

  const kept = page.locator('.article-body mark.hl');
  await expect(kept).toHaveCount(1);
  await expect(kept).toHaveText(KEPT);

  const detached = page.getByRole('region', { name: /Detached highlights/ });
  await expect(detached).toContainText(REMOVED);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notes' }).click();
  await expect(page.getByRole('main')).toContainText(/Detached/);
  await expect(page.getByRole('main')).toContainText(REMOVED);
});
