// The reader: progress and reading position, contents, citations, notes, highlights and
// bookmarked places, as a reader uses them in the web build.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { failOnPageErrors, waitForPositionSaved } from './helpers';

const FIRST_WAR = './#/article/article%3Afirst-war';
const FIRST_WAR_TITLE = 'The first war, 1988–1994';
const SENTENCE =
  'Baku rejected it, and in July 1988 so did the Presidium of the USSR Supreme Soviet.';

failOnPageErrors();

async function openArticle(page: Page, href = FIRST_WAR) {
  await page.goto(href);
  await expect(page.getByRole('heading', { level: 1, name: FIRST_WAR_TITLE })).toBeVisible();
}

const content = (page: Page) => page.locator('#content');
const progress = (page: Page) => page.getByRole('progressbar', { name: 'Reading progress' });
const progressValue = async (page: Page) =>
  Number(await progress(page).getAttribute('aria-valuenow'));

/** Waits until the footer says the user DB is on disk (IndexedDB in the web build). */
async function waitUntilSaved(page: Page) {
  await expect(page.locator('.app-footer').getByRole('status')).toHaveText('Saved');
}

/** Selects the first occurrence of text inside the article body, as a reader's drag would. */
async function selectInBody(page: Page, text: string) {
  await page.evaluate((needle) => {
    const body = document.querySelector('.article-body')!;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(needle);
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        const selection = document.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
    }
    throw new Error(`Not in the article: ${needle}`);
  }, text);
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the progress bar follows scrolling and the article reopens where the reader stopped', async ({
  page,
}) => {
  await openArticle(page);
  await expect(progress(page)).toHaveAttribute('aria-valuenow', '0');

  await content(page).evaluate((el) => el.scrollTo(0, 2_000));
  await expect.poll(() => progressValue(page)).toBeGreaterThan(10);
  const value = await progressValue(page);
  const scrolled = await content(page).evaluate((el) => el.scrollTop);
  await page.screenshot({ path: 'test-results/e2e/reader-progress.png' });

  // Leaving through the app saves on the way out; the next visit scrolls back.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Library' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: FIRST_WAR_TITLE })).toBeVisible();
  await expect.poll(() => content(page).evaluate((el) => el.scrollTop)).toBeCloseTo(scrolled, -1);
  await expect(progress(page)).toHaveAttribute('aria-valuenow', String(value));

  // And after the app is closed and opened again.
  await content(page).evaluate((el) => el.scrollTo(0, 3_000));
  await expect.poll(() => progressValue(page)).toBeGreaterThan(value);
  const later = await progressValue(page);
  await waitForPositionSaved(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: FIRST_WAR_TITLE })).toBeVisible();
  await expect.poll(() => progressValue(page)).toBe(later);
  expect(await content(page).evaluate((el) => el.scrollTop)).toBeGreaterThan(2_500);
});

test('a bookmarked place opens at that place, ahead of the saved progress', async ({ page }) => {
  await openArticle(page);
  await page.evaluate(() =>
    sessionStorage.setItem('kr.jump', JSON.stringify({ id: 'article:first-war', fraction: 0.5 })),
  );
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: FIRST_WAR_TITLE })).toBeVisible();
  await expect.poll(() => progressValue(page)).toBe(50);
  expect(await page.evaluate(() => sessionStorage.getItem('kr.jump'))).toBeNull();
});

test('the contents of a long article jump to a section without changing the address', async ({
  page,
}) => {
  await openArticle(page);
  const url = page.url();
  const contents = page.getByRole('navigation', { name: 'Contents' });
  await expect(contents.getByRole('link')).toHaveCount(7);
  await contents.getByRole('link', { name: 'Open war, 1992' }).click();
  const heading = page.getByRole('heading', { level: 2, name: 'Open war, 1992' });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  // Just below the reading bar that stays at the top, not hidden under it.
  const [headingTop, barBottom] = await Promise.all([
    heading.evaluate((el) => el.getBoundingClientRect().top),
    page.locator('.reading-bar').evaluate((el) => el.getBoundingClientRect().bottom),
  ]);
  expect(headingTop).toBeGreaterThanOrEqual(barBottom);
  expect(headingTop - barBottom).toBeLessThan(40);
  expect(page.url()).toBe(url);
  await expect.poll(() => progressValue(page)).toBeGreaterThan(0);
});

test('Copy citation puts a plain reference on the clipboard and says so', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openArticle(page);
  const sources = page.getByRole('region', { name: 'Sources' });
  const items = sources.getByRole('listitem');
  await items.nth(1).getByRole('button', { name: 'Copy citation' }).click();
  await expect(items.nth(1).getByRole('status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'Human Rights Watch/Helsinki, “Azerbaijan: Seven Years of Conflict in Nagorno-Karabakh”, December 1994. https://www.hrw.org/report/1994/12/01/seven-years-conflict-nagorno-karabakh',
  );
  await items.first().getByRole('button', { name: 'Copy citation' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'NYU Press, “Thomas de Waal, Black Garden: Armenia and Azerbaijan through Peace and War (10th anniversary edition)”, 2013.',
  );
  await expect(items.first().getByRole('status')).toHaveText('Copied');
  await expect(items.nth(1).getByRole('status')).toHaveText('');
  await sources.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/e2e/reader-sources.png' });
});

test('a note is saved as it is typed, is there after a reload, and previews its Markdown', async ({
  page,
}) => {
  await openArticle(page);
  const note = page.getByRole('textbox', { name: 'Note', exact: true });
  await note.fill('Check the **Sumgait** figures against HRW.');
  const noteStatus = page.locator('.note-box').getByRole('status');
  await expect(noteStatus).toHaveText('Saved');
  await waitUntilSaved(page);

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Note', exact: true })).toHaveValue(
    'Check the **Sumgait** figures against HRW.',
  );
  await expect(noteStatus).toHaveText('');
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('button', { name: 'Preview' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const preview = page.getByRole('region', { name: 'Note preview' });
  await expect(preview.locator('strong')).toHaveText('Sumgait');
  await expect(preview).not.toContainText('**');
  await page.screenshot({ path: 'test-results/e2e/reader-note-preview.png' });
});

test('a selected sentence highlighted with a note stays highlighted after a reload', async ({
  page,
}) => {
  await openArticle(page);
  await selectInBody(page, SENTENCE);
  const toolbar = page.getByRole('group', { name: 'Highlight the selected text' });
  await expect(toolbar).toBeVisible();
  await toolbar.getByRole('button', { name: 'Green' }).click();
  await expect(toolbar.getByRole('button', { name: 'Green' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await toolbar.getByRole('textbox', { name: 'Highlight note' }).fill('Moscow sided with Baku');
  await page.screenshot({ path: 'test-results/e2e/reader-highlight-toolbar.png' });
  await toolbar.getByRole('button', { name: 'Highlight', exact: true }).click();
  await expect(toolbar).toBeHidden();

  const mark = page.locator('.article-body mark.hl');
  await expect(mark).toHaveText(SENTENCE);
  await expect(mark).toHaveClass(/hl-green/);
  await expect(mark).toHaveAttribute('title', 'Note: Moscow sided with Baku');
  await waitUntilSaved(page);

  await page.reload();
  await expect(page.locator('.article-body mark.hl')).toHaveText(SENTENCE);
  await expect(page.locator('.article-body mark.hl')).toHaveClass(/hl-green/);
  // The body's text is unchanged, so later highlights still line up with the library's text.
  expect(await page.locator('.article-body p').first().textContent()).toContain(SENTENCE);

  // Opened from the text: the note is there, and the colour can be changed.
  await page.locator('.article-body mark.hl').click();
  const editor = page.getByRole('dialog', { name: 'Highlight' });
  await expect(editor.getByRole('textbox', { name: 'Highlight note' })).toHaveValue(
    'Moscow sided with Baku',
  );
  await page.screenshot({ path: 'test-results/e2e/reader-highlight-editor.png' });
  await editor.getByRole('button', { name: 'Pink' }).click();
  await expect(page.locator('.article-body mark.hl')).toHaveClass(/hl-pink/);
  await editor.getByRole('button', { name: 'Remove highlight' }).click();
  await expect(editor).toBeHidden();
  await expect(page.locator('.article-body mark.hl')).toHaveCount(0);
});

test('a highlight can be made and edited from the keyboard', async ({ page }) => {
  await openArticle(page);
  await selectInBody(page, 'Operation Ring');
  await expect(page.getByRole('group', { name: 'Highlight the selected text' })).toBeVisible();
  await page.keyboard.press('h');
  const mark = page.locator('.article-body mark.hl', { hasText: 'Operation Ring' });
  await expect(mark).toHaveClass(/hl-yellow/);

  // Tab goes into the toolbar: choose a colour, write a note, Enter highlights.
  await selectInBody(page, 'Azerbaijani Popular Front');
  const toolbar = page.getByRole('group', { name: 'Highlight the selected text' });
  await expect(toolbar).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(toolbar.getByRole('button', { name: 'Yellow' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(toolbar.getByRole('button', { name: 'Blue' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(toolbar.getByRole('button', { name: 'Blue' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(toolbar.getByRole('textbox', { name: 'Highlight note' })).toBeFocused();
  await page.keyboard.type('De Waal');
  await page.keyboard.press('Enter');
  const blue = page.locator('.article-body mark.hl', { hasText: 'Azerbaijani Popular Front' });
  await expect(blue).toHaveClass(/hl-blue/);
  await expect(blue).toHaveAttribute('title', 'Note: De Waal');
  await expect(blue).toBeFocused();

  await selectInBody(page, 'Black January');
  await expect(page.getByRole('group', { name: 'Highlight the selected text' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('group', { name: 'Highlight the selected text' })).toBeHidden();
  await expect(page.locator('.article-body mark.hl')).toHaveCount(2);

  // The mark is in the tab order; Enter opens it and Escape gives the focus back.
  await mark.focus();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('dialog', { name: 'Highlight' });
  await expect(editor.getByRole('button', { name: 'Yellow' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(editor.getByRole('button', { name: 'Green' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(mark).toHaveClass(/hl-green/);
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
  await expect(mark).toBeFocused();
});

test('a highlight the library refuses keeps the toolbar open and says why', async ({ page }) => {
  await openArticle(page);
  // The whole body: far more than the 5,000 characters a highlight may cover.
  await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('.article-body')!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });
  const toolbar = page.getByRole('group', { name: 'Highlight the selected text' });
  await toolbar.getByRole('textbox', { name: 'Highlight note' }).fill('Everything');
  await toolbar.getByRole('button', { name: 'Highlight', exact: true }).click();
  await expect(toolbar.getByRole('alert')).toContainText('5,000 characters');
  await expect(toolbar.getByRole('textbox', { name: 'Highlight note' })).toHaveValue('Everything');
  await expect(page.locator('.article-body mark.hl')).toHaveCount(0);
  await toolbar.getByRole('button', { name: 'Cancel' }).click();
  await expect(toolbar).toBeHidden();
});

test('bookmark toggles are read by their words, not their star or flag glyphs', async ({
  page,
}) => {
  await openArticle(page);
  // Found by class, not by name, so that a glyph in the name makes the check fail.
  const toggle = page.locator('.bookmark-button');
  await expect(toggle).toHaveAccessibleName('Bookmark');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(toggle).toHaveAccessibleName('Bookmark');
  const placeButton = page.locator('.reading-bar button.small-button');
  await expect(placeButton).toHaveAccessibleName('Bookmark this place');
});

test('Bookmark this place adds a bookmark the Bookmarks screen lists', async ({ page }) => {
  await openArticle(page);
  await content(page).evaluate((el) => el.scrollTo(0, 2_500));
  await expect.poll(() => progressValue(page)).toBeGreaterThan(10);
  await page.getByRole('button', { name: 'Bookmark this place' }).click();
  await expect(page.locator('.place-status')).toHaveText('Place bookmarked');
  // The whole-article bookmark is a separate thing and stays off.
  await expect(page.getByRole('button', { name: 'Bookmark', exact: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await waitUntilSaved(page);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Bookmarks' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bookmarks' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(FIRST_WAR_TITLE);
});

test('an event has a note box and Copy citation buttons', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./#/event/event%3A1994-05-12-ceasefire');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const note = page.getByRole('textbox', { name: 'Note', exact: true });
  await note.fill('Signed in Bishkek, in force from 12 May.');
  await expect(page.locator('.note-box').getByRole('status')).toHaveText('Saved');
  const first = page.getByRole('region', { name: 'Sources' }).getByRole('listitem').first();
  await first.getByRole('button', { name: 'Copy citation' }).click();
  await expect(first.getByRole('status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^.+, “.+”(, .+)?\./);
  await waitUntilSaved(page);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Note', exact: true })).toHaveValue(
    'Signed in Bishkek, in force from 12 May.',
  );
  await page.screenshot({ path: 'test-results/e2e/reader-event.png' });
});

for (const scheme of ['light', 'dark', 'sepia'] as const) {
  test(`the reader has no serious accessibility problems (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme === 'dark' ? 'dark' : 'light' });
    await openArticle(page);
    // Sepia is chosen in Settings; set as the settings would set it.
    if (scheme === 'sepia')
      await page.evaluate(() => (document.documentElement.dataset.theme = 'sepia'));
    await selectInBody(page, SENTENCE);
    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    await selectInBody(page, 'Operation Ring');
    await expect(page.getByRole('group', { name: 'Highlight the selected text' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `test-results/e2e/reader-article-${scheme}.png` });

    await page.locator('.article-body mark.hl').first().click();
    await expect(page.getByRole('dialog', { name: 'Highlight' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto('./#/event/event%3A1994-05-12-ceasefire');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `test-results/e2e/reader-event-${scheme}.png` });
  });
}
