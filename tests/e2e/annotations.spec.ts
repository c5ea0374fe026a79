// The Bookmarks and Notes screens, the keyboard shortcuts sheet and the command palette, as
// a reader uses them: through the reader's own buttons and the keyboard, never internals.
import { expect, test, type Page } from '@playwright/test';
import {
  expectNoSeriousAxeViolations,
  failOnPageErrors,
  selectText,
  waitForSaved,
} from './helpers';

const FIRST_WAR = { path: './#/article/article%3Afirst-war', title: 'The first war, 1988–1994' };
const LACHIN = {
  path: './#/article/article%3Alachin-corridor',
  title: 'The Lachin corridor and the blockade',
};

failOnPageErrors();

async function openArticle(page: Page, article: { path: string; title: string }) {
  await page.goto(article.path);
  await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible();
}

async function bookmarkArticle(page: Page, article: { path: string; title: string }) {
  await openArticle(page, article);
  const button = page.getByRole('button', { name: 'Bookmark', exact: true });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

async function openScreen(page: Page, name: 'Bookmarks' | 'Notes') {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

const bookmarkList = (page: Page) => page.getByRole('list', { name: 'Bookmarked items' });

/** Highlights the start of the article's third paragraph; returns the quote, or null if the
 * reader cannot highlight yet. */
async function highlightPassage(page: Page, colour: string, note: string): Promise<string> {
  const paragraph = await page.locator('.article-body p').nth(2).innerText();
  const quote = paragraph.split(/(?<=\.)\s/)[0]!;
  await selectText(page, quote);
  const toolbar = page.getByRole('group', { name: 'Highlight the selected text' });
  await expect(toolbar).toBeVisible();
  await toolbar.getByRole('button', { name: colour }).click();
  await toolbar.getByRole('textbox', { name: 'Highlight note' }).fill(note);
  await toolbar.getByRole('button', { name: 'Highlight', exact: true }).click();
  await expect(page.locator('mark.hl').first()).toBeVisible();
  return quote;
}

async function setTheme(page: Page, theme: 'Light' | 'Dark' | 'Sepia') {
  await page.goto('./#/settings');
  await page.getByRole('radio', { name: theme, exact: true }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase());
}

// The title link of each bookmark, in the order shown.
const bookmarkTitles = (page: Page) => bookmarkList(page).locator('.bookmark-head a');

test('bookmarks: both listed, sorted by title, tagged and filtered by tag, removed and undone', async ({
  page,
}) => {
  await bookmarkArticle(page, FIRST_WAR);
  await bookmarkArticle(page, LACHIN);
  await openScreen(page, 'Bookmarks');

  // Newest first, then by title.
  await expect(bookmarkTitles(page)).toHaveText([LACHIN.title, FIRST_WAR.title]);
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('title');
  await expect(bookmarkTitles(page)).toHaveText([FIRST_WAR.title, LACHIN.title]);

  // A tag, shown as a chip, and the tag filter. (The field offers the tags already in use.)
  const war = bookmarkList(page).getByRole('listitem').filter({ hasText: FIRST_WAR.title });
  await war.getByRole('combobox', { name: 'Add tag' }).fill('Exam Prep');
  await war.getByRole('combobox', { name: 'Add tag' }).press('Enter');
  await expect(war.getByRole('list', { name: /^Tags of/ })).toHaveText(/exam-prep/);
  await expect(war.getByRole('combobox', { name: 'Add tag' })).toHaveValue('');
  await page.getByRole('combobox', { name: 'Tag', exact: true }).selectOption('exam-prep');
  await expect(bookmarkTitles(page)).toHaveText([FIRST_WAR.title]);
  await expect(page.getByText('Showing 1 of 2 bookmarks')).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/bookmarks.png' });
  await page.getByRole('combobox', { name: 'Tag', exact: true }).selectOption('');
  await expect(bookmarkTitles(page)).toHaveCount(2);

  // Remove, then Undo from the toast; focus moves on to the remaining bookmark meanwhile.
  await page.getByRole('button', { name: `Remove bookmark: ${LACHIN.title}` }).click();
  await expect(bookmarkTitles(page)).toHaveText([FIRST_WAR.title]);
  await expect(page.getByRole('link', { name: FIRST_WAR.title })).toBeFocused();
  const toast = page.getByRole('status').filter({ hasText: `Removed “${LACHIN.title}”` });
  await expect(toast).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/bookmarks-undo.png' });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(bookmarkTitles(page)).toHaveText([FIRST_WAR.title, LACHIN.title]);
  await expect(page.getByRole('link', { name: LACHIN.title })).toBeFocused();
  await expect(toast).toHaveCount(0);
  await waitForSaved(page);

  // All of it is on disk.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Bookmarks' })).toBeVisible();
  await expect(bookmarkTitles(page)).toHaveText([LACHIN.title, FIRST_WAR.title]);
  await expect(
    bookmarkList(page).getByRole('listitem').filter({ hasText: FIRST_WAR.title }).getByRole('list'),
  ).toHaveText(/exam-prep/);
});

test('a removed bookmark stays removed once the Undo toast has gone', async ({ page }) => {
  await bookmarkArticle(page, FIRST_WAR);
  await openScreen(page, 'Bookmarks');
  await page.getByRole('button', { name: `Remove bookmark: ${FIRST_WAR.title}` }).click();
  await expect(page.getByText('No bookmarks yet.')).toBeVisible();
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeVisible();
  await expect(undo).toBeHidden({ timeout: 12_000 });
  await waitForSaved(page);
  await page.reload();
  await expect(page.getByText('No bookmarks yet.')).toBeVisible();
});

test('bookmarks filter by kind and by words of the title', async ({ page }) => {
  await bookmarkArticle(page, LACHIN);
  await page.goto('./#/event/event%3A2023-09-19-offensive');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const eventTitle = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
  await page.getByRole('button', { name: 'Bookmark', exact: true }).click();
  await openScreen(page, 'Bookmarks');
  await expect(bookmarkTitles(page)).toHaveCount(2);

  await page.getByRole('combobox', { name: 'Kind' }).selectOption('event');
  await expect(bookmarkTitles(page)).toHaveText([eventTitle]);
  await page.getByRole('combobox', { name: 'Kind' }).selectOption('all');
  await page.getByRole('searchbox', { name: 'Filter bookmarks' }).fill('BLOCKADE lachin');
  await expect(bookmarkTitles(page)).toHaveText([LACHIN.title]);
  await page.getByRole('searchbox', { name: 'Filter bookmarks' }).fill('zzqxv');
  await expect(page.getByText('No bookmarks match these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(bookmarkTitles(page)).toHaveCount(2);
});

test('a bookmarked place shows where it is and opens the article there', async ({ page }) => {
  await openArticle(page, FIRST_WAR);
  const place = page.getByRole('button', { name: 'Bookmark this place' });
  const content = page.locator('#content');
  await content.evaluate((el) => el.scrollTo(0, (el.scrollHeight - el.clientHeight) / 2));
  // The reader has taken in the new position once the progress bar shows it.
  await expect
    .poll(async () =>
      Number(
        await page
          .getByRole('progressbar', { name: 'Reading progress' })
          .getAttribute('aria-valuenow'),
      ),
    )
    .toBeGreaterThan(30);
  await place.click();
  await expect(page.getByText('Place bookmarked')).toBeVisible();
  await content.evaluate((el) => el.scrollTo(0, 0));

  await openScreen(page, 'Bookmarks');
  const item = bookmarkList(page).getByRole('listitem').filter({ hasText: /\d+%/ });
  await expect(item).toHaveCount(1);
  await expect(item.locator('.bookmark-where')).toHaveText(/ · \d+%$/);
  await item.getByRole('link', { name: FIRST_WAR.title }).click();
  await expect(page).toHaveURL(/#\/article\/article%3Afirst-war$/);
  await expect(page.getByRole('heading', { level: 1, name: FIRST_WAR.title })).toBeVisible();
  await expect.poll(() => content.evaluate((el) => el.scrollTop)).toBeGreaterThan(200);
});

test('the Notes screen lists notes written in the reader and filters them by text', async ({
  page,
}) => {
  await openArticle(page, FIRST_WAR);
  const noteBox = page.getByRole('textbox', { name: 'Note', exact: true });
  await noteBox.fill('Compare with **de Waal**, chapter 12.');
  await waitForSaved(page);
  await openArticle(page, LACHIN);
  await page
    .getByRole('textbox', { name: 'Note', exact: true })
    .fill('Ask about the Hakari bridge.');
  await waitForSaved(page);

  await openScreen(page, 'Notes');
  const list = page.getByRole('list', { name: 'Notes and highlights' });
  const entries = list.getByRole('listitem');
  await expect(entries).toHaveCount(2);
  // Newest first, each under a link to its article, the Markdown formatted.
  await expect(entries.first().getByRole('heading', { level: 2 })).toHaveText(LACHIN.title);
  await expect(entries.nth(1).locator('strong')).toHaveText('de Waal');
  await expect(entries.nth(1).getByRole('link', { name: FIRST_WAR.title })).toHaveAttribute(
    'href',
    '#/article/article%3Afirst-war',
  );
  await page.screenshot({ path: 'test-results/e2e/notes.png' });

  const filter = page.getByRole('searchbox', { name: 'Filter notes and highlights' });
  await filter.fill('hakari');
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText('Ask about the Hakari bridge.');
  await filter.fill('waal');
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText('Compare with de Waal');
  await filter.fill('first war');
  await expect(entries).toHaveCount(1);
  await filter.fill('');
  await page.getByRole('button', { name: /^Highlights \(0\)$/ }).click();
  await expect(page.getByText('Nothing matches these filters.')).toBeVisible();
  await page.getByRole('button', { name: /^Notes \(2\)$/ }).click();
  await expect(entries).toHaveCount(2);
  await entries.nth(1).getByRole('link', { name: FIRST_WAR.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: FIRST_WAR.title })).toBeVisible();
});

test('"?" opens the keyboard shortcuts, Escape closes them and focus comes back', async ({
  page,
}) => {
  await page.goto('./#/bookmarks');
  await expect(page.getByRole('heading', { level: 1, name: 'Bookmarks' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Notes' }).focus();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet).toHaveAttribute('aria-modal', 'true');
  for (const text of [
    'Ctrl',
    'Search the library',
    'Go to a screen, article or event',
    'Bookmark the article or event',
    'Larger text',
    'Highlight the selected text',
    'Previous or next event',
    'Back',
    'Forward',
  ]) {
    await expect(sheet).toContainText(text);
  }
  await page.screenshot({ path: 'test-results/e2e/shortcuts.png' });

  // Tab stays inside the dialog.
  await expect(sheet.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(sheet.getByRole('button', { name: 'Close' })).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Notes' })).toBeFocused();

  // Typed into a field, "?" is just a character.
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.focus();
  await page.keyboard.type('why?');
  await expect(sheet).toHaveCount(0);
  await expect(search).toHaveValue('why?');
});

test('Ctrl+K opens the palette; "Lachin" and Enter open the Lachin corridor article', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Go to' });
  await expect(palette).toBeVisible();
  const input = palette.getByRole('combobox', { name: 'Go to' });
  await expect(input).toBeFocused();
  const listbox = palette.getByRole('listbox');
  await expect(input).toHaveAttribute('aria-controls', (await listbox.getAttribute('id'))!);

  await input.pressSequentially('Lachin');
  const options = listbox.getByRole('option');
  await expect(options.first()).toContainText(LACHIN.title);
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute(
    'aria-activedescendant',
    (await options.first().getAttribute('id'))!,
  );
  await page.screenshot({ path: 'test-results/e2e/palette.png' });
  await page.keyboard.press('Enter');
  await expect(palette).toHaveCount(0);
  await expect(page).toHaveURL(/#\/article\/article%3Alachin-corridor$/);
  await expect(page.getByRole('heading', { level: 1, name: LACHIN.title })).toBeVisible();
});

test('the palette moves with the arrow keys, finds screens and closes on Escape', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.focus();
  // Ctrl+K works while typing too, and the palette (not the search box) takes it.
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Go to' });
  const input = palette.getByRole('combobox');
  await expect(input).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(palette).toHaveCount(0);
  await expect(search).toBeFocused();

  // A click beside the dialog closes it too.
  await page.keyboard.press('Control+k');
  await expect(input).toBeFocused();
  await page.mouse.click(20, 760);
  await expect(palette).toHaveCount(0);

  await page.keyboard.press('Control+k');
  await input.fill('sus');
  const options = palette.getByRole('option');
  await expect(options.first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(options.first()).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  // Up from the first wraps to the last: the full-text search for what was typed.
  await expect(options.last()).toHaveAttribute('aria-selected', 'true');
  await expect(options.last()).toContainText('Search the library for “sus”');

  await input.fill('bookm');
  await expect(options.first()).toContainText('Bookmarks');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Bookmarks' })).toBeVisible();
  await expect(page.locator('#content')).toBeFocused();
});

test('highlights are listed as quotes in their colour and filter by colour', async ({ page }) => {
  await openArticle(page, FIRST_WAR);
  const quote = await highlightPassage(page, 'Green', 'Key **point**');
  await waitForSaved(page);

  await openScreen(page, 'Notes');
  const entries = page.getByRole('list', { name: 'Notes and highlights' }).getByRole('listitem');
  await expect(entries).toHaveCount(1);
  const entry = entries.first();
  await expect(entry).toContainText('Green highlight');
  await expect(entry.locator('blockquote.hl-green')).toContainText(quote.slice(0, 30));
  await expect(entry.locator('strong')).toHaveText('point');
  await expect(entry).not.toContainText('Detached');

  const colour = page.getByRole('combobox', { name: 'Highlight colour' });
  await colour.selectOption('pink');
  await expect(page.getByText('Nothing matches these filters.')).toBeVisible();
  await colour.selectOption('green');
  await expect(entries).toHaveCount(1);
  await page
    .getByRole('searchbox', { name: 'Filter notes and highlights' })
    .fill(quote!.split(' ').slice(0, 3).join(' '));
  await expect(entries).toHaveCount(1);
});

test('the annotation screens and both dialogs pass axe in every theme, with data in them', async ({
  page,
}) => {
  // Full axe runs over several screens and themes: minutes on a loaded two-core machine.
  test.setTimeout(180_000);
  await bookmarkArticle(page, FIRST_WAR);
  await bookmarkArticle(page, LACHIN);
  const noteBox = page.getByRole('textbox', { name: 'Note', exact: true });
  if ((await noteBox.count()) > 0) {
    await noteBox.fill(
      '# Sources\nCompare with **de Waal**, chapter 12; see [the war](#/article/article%3Afirst-war).',
    );
    await highlightPassage(page, 'Yellow', 'Worth quoting');
    await waitForSaved(page);
  }
  await openScreen(page, 'Bookmarks');
  const lachin = bookmarkList(page).getByRole('listitem').filter({ hasText: LACHIN.title });
  await lachin.getByRole('combobox', { name: 'Add tag' }).fill('blockade, 2023');
  await lachin.getByRole('combobox', { name: 'Add tag' }).press('Enter');
  await expect(lachin.getByRole('list', { name: /^Tags of/ }).getByRole('listitem')).toHaveCount(2);
  await waitForSaved(page);

  for (const theme of ['Light', 'Dark', 'Sepia'] as const) {
    await setTheme(page, theme);
    const shot = (name: string) =>
      theme === 'Light'
        ? Promise.resolve()
        : page.screenshot({ path: `test-results/e2e/${name}-${theme.toLowerCase()}.png` });

    await openScreen(page, 'Bookmarks');
    await page.getByRole('button', { name: `Remove bookmark: ${FIRST_WAR.title}` }).click();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
    await expectNoSeriousAxeViolations(page, `${theme} bookmarks`);
    await shot('bookmarks');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(bookmarkTitles(page)).toHaveCount(2);

    await openScreen(page, 'Notes');
    await expectNoSeriousAxeViolations(page, `${theme} notes`);
    await shot('notes');

    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await expectNoSeriousAxeViolations(page, `${theme} shortcuts`);
    await shot('shortcuts');
    await page.keyboard.press('Escape');

    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Go to' }).fill('shu');
    await expect(
      page.getByRole('dialog', { name: 'Go to' }).getByRole('option').first(),
    ).toBeVisible();
    await expectNoSeriousAxeViolations(page, `${theme} palette`);
    await shot('palette');
    await page.keyboard.press('Escape');
  }
});
