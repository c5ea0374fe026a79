// The one search box, as a reader uses it: typing, the filters, the kinds of result, the empty
// states, recent searches and the user's own notes, through the page only.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { failOnPageErrors, lastSavedAt, waitForSaved, waitForSaveAfter } from './helpers';

failOnPageErrors();

const SHOTS = process.env.SCREENSHOT_DIR ?? 'test-results/e2e';

// A searchbox, or a combobox once it offers recent searches.
const searchBox = (page: Page) => page.getByRole('banner').getByLabel('Search', { exact: true });
const resultCount = (page: Page) =>
  page.getByRole('status').filter({ hasText: /^[\d,]+ results?$/ });
const group = (page: Page, label: string) =>
  page.getByRole('region', { name: new RegExp(`^${label} [\\d,]+$`) });

async function countIn(text: Promise<string | null>): Promise<number> {
  return Number((await text)?.replace(/\D/g, ''));
}

/** Opens a search (or, with '', waits for the one on screen) and waits for its results. */
async function openSearch(page: Page, hash: string) {
  if (hash) await page.goto(`./${hash}`);
  await expect(page.getByRole('heading', { level: 1, name: /^Results for/ })).toBeVisible();
  await expect(page.locator('.search-main')).toHaveAttribute('aria-busy', 'false');
}

async function setTheme(page: Page, theme: 'Light' | 'Dark') {
  await page.goto('./#/settings');
  await page.getByRole('radio', { name: theme, exact: true }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase());
}

test('a place typed in one form finds items that use another, and says which name matched', async ({
  page,
}) => {
  await page.goto('./');
  await searchBox(page).fill('Xankəndi');
  await expect(page).toHaveURL(/#\/search\?q=Xank%C9%99ndi$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Results for “Xankəndi”' }),
  ).toBeVisible();
  await expect(page.locator('.search-names')).toContainText('Xankəndi: also searching Stepanakert');
  expect(await countIn(resultCount(page).textContent())).toBeGreaterThan(10);

  const events = group(page, 'Events');
  const found = events.getByRole('listitem').filter({ hasText: 'Found as Stepanakert' }).first();
  await expect(found).toBeVisible();
  await expect(found.getByRole('link')).toContainText('Stepanakert');

  // Quotes search the typed name alone: the notice goes and no hit is "found as" another name.
  await page.getByRole('link', { name: 'Search only “Xankəndi”' }).click();
  await expect(page).toHaveURL(/#\/search\?q=%22Xank%C9%99ndi%22$/);
  await expect(page.locator('.search-names')).toHaveCount(0);
  await expect(page.getByText('Found as Stepanakert')).toHaveCount(0);
});

test('results are grouped by kind with counts, and a kind can be shown alone', async ({ page }) => {
  await openSearch(page, '#/search?q=Lachin');
  const total = await countIn(resultCount(page).textContent());
  const articlesButton = page.getByRole('button', { name: /^Articles \(\d+\)$/ });
  const eventsButton = page.getByRole('button', { name: /^Events \(\d+\)$/ });
  const articles = await countIn(articlesButton.textContent());
  const events = await countIn(eventsButton.textContent());
  expect(articles).toBeGreaterThan(5);
  expect(events).toBeGreaterThan(5);
  expect(articles + events).toBeLessThanOrEqual(total);
  await expect(page.getByRole('button', { name: `All (${total})` })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('button', { name: 'Your notes (0)' })).toBeVisible();

  // Headings in order, each with its count; the best five of each kind, then a link to the rest.
  const headings = page.locator('.search-main').getByRole('heading', { level: 2 });
  await expect(headings).toHaveText([`Articles ${articles}`, `Events ${events}`]);
  await expect(group(page, 'Articles').getByRole('listitem')).toHaveCount(5);
  await expect(group(page, 'Events').getByRole('listitem')).toHaveCount(5);
  await page.screenshot({ path: `${SHOTS}/search-grouped.png` });

  await eventsButton.click();
  await expect(eventsButton).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/#\/search\?q=Lachin&kind=event$/);
  await expect(group(page, 'Articles')).toHaveCount(0);
  await expect(group(page, 'Events').getByRole('listitem')).toHaveCount(Math.min(events, 100));

  // Back returns to every kind; "Show all" opens one kind.
  await page.goBack();
  await expect(page).toHaveURL(/#\/search\?q=Lachin$/);
  await expect(group(page, 'Articles')).toBeVisible();
  await page.getByRole('link', { name: `Show all ${articles} articles` }).click();
  await expect(page).toHaveURL(/#\/search\?q=Lachin&kind=article$/);
  await expect(group(page, 'Articles').getByRole('listitem')).toHaveCount(articles);
  await expect(group(page, 'Events')).toHaveCount(0);
});

test('a date range and a category narrow the results, stay in the link and can be cleared', async ({
  page,
}) => {
  await openSearch(page, '#/search?q=Stepanakert');
  const before = await countIn(resultCount(page).textContent());
  const from = page.getByRole('textbox', { name: 'From' });
  const to = page.getByRole('textbox', { name: 'To' });

  await from.fill('2023');
  await to.fill('2023');
  await to.press('Enter');
  await expect(page).toHaveURL(/#\/search\?q=Stepanakert&from=2023&to=2023$/);
  await expect(page.locator('.search-main')).toHaveAttribute('aria-busy', 'false');
  const after = await countIn(resultCount(page).textContent());
  expect(after).toBeGreaterThan(0);
  expect(after).toBeLessThan(before);
  await page.getByRole('button', { name: /^Events \(\d+\)$/ }).click();
  const dates = await group(page, 'Events').locator('.search-hit-meta').allTextContents();
  expect(dates.length).toBeGreaterThan(0);
  for (const date of dates) expect(date).toMatch(/2023$/);

  // A date that is not one is said so, and not applied.
  await from.fill('19x4');
  await from.press('Tab');
  await expect(page.getByText('“19x4” is not a date; the search still uses 2023.')).toBeVisible();
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: `${SHOTS}/search-date-error.png` });
  await expect(page).toHaveURL(/from=2023&to=2023$/);
  await from.fill('2023-09');
  await from.press('Enter');
  await expect(page).toHaveURL(/#\/search\?q=Stepanakert&kind=event&from=2023-09&to=2023$/);
  await expect(from).not.toHaveAttribute('aria-invalid', 'true');

  // The filters survive a reload.
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'From' })).toHaveValue('2023-09');
  await expect(page.getByRole('textbox', { name: 'To' })).toHaveValue('2023');
  await expect(page.getByRole('button', { name: /^Events \(\d+\)$/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/#\/search\?q=Stepanakert$/);
  await expect(page.getByRole('textbox', { name: 'From' })).toHaveValue('');
  await expect(resultCount(page)).toHaveText(`${before} results`);

  // A category: typing on keeps the filter, and the filter keeps the words.
  await page.getByLabel('Event category').selectOption('blockade');
  await expect(page).toHaveURL(/#\/search\?q=Stepanakert&category=blockade$/);
  await searchBox(page).fill('Lachin');
  await expect(page).toHaveURL(/#\/search\?q=Lachin&category=blockade$/);
  await expect(page.getByLabel('Event category')).toHaveValue('blockade');
  await expect(page.locator('.search-main')).toHaveAttribute('aria-busy', 'false');
  await expect(group(page, 'Articles')).toHaveCount(0);
  const blockade = group(page, 'Events').getByRole('listitem');
  expect(await blockade.count()).toBeGreaterThan(0);
  await expect(blockade.filter({ hasText: 'Lachin road blocked by protesters' })).toHaveCount(1);
});

test('nothing found offers another spelling and the results the filters hide', async ({ page }) => {
  await openSearch(page, '#/search?q=blokade');
  await expect(page.getByText('No results.')).toBeVisible();
  await expect(page.getByText('Did you mean blockade?')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Search tips' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/search-empty.png` });
  await page.getByRole('link', { name: 'blockade', exact: true }).click();
  await expect(page).toHaveURL(/#\/search\?q=blockade$/);
  await expect(page.locator('.search-main')).toHaveAttribute('aria-busy', 'false');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Results for “blockade”' }),
  ).toBeVisible();
  expect(await countIn(resultCount(page).textContent())).toBeGreaterThan(0);

  await openSearch(page, '#/search?q=Lachin&from=1900&to=1901');
  const hint = page.getByText(/^No results with these filters; \d+ results without them\./);
  await expect(hint).toBeVisible();
  await hint.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/#\/search\?q=Lachin$/);
  await expect(group(page, 'Articles')).toBeVisible();
});

test('recent searches are remembered, offered in the box and survive a reload', async ({
  page,
}) => {
  await page.goto('./#/search?q=');
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
  await expect(page.getByText('Searches you make are listed here.')).toBeVisible();

  // Enter records a search at once; typing alone records it once the results have settled.
  await searchBox(page).fill('Hakari');
  await searchBox(page).press('Enter');
  await waitForSaved(page);
  const beforeShusha = await lastSavedAt(page);
  await searchBox(page).fill('Shusha');
  await expect(page.getByRole('heading', { level: 1, name: 'Results for “Shusha”' })).toBeVisible();
  // The box offers both once the results have been on screen for a moment.
  await expect(async () => expect(await suggestions(page)).toHaveCount(2)).toPass({
    timeout: 15_000,
  });
  // Reload once the recorded search is on disk, as a reader who sees "Saved" would.
  await waitForSaveAfter(page, beforeShusha);
  await page.reload();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Search' })
    .click();
  const recent = page.getByRole('list', { name: 'Recent searches' });
  await expect(recent.getByRole('link')).toHaveText(['Shusha', 'Hakari']);
  const options = await suggestions(page);
  await expect(options).toHaveCount(2);
  expect(
    await options.evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).value)),
  ).toEqual(['Shusha', 'Hakari']);
  await page.screenshot({ path: `${SHOTS}/search-start.png` });

  await recent.getByRole('link', { name: 'Hakari' }).click();
  await expect(page).toHaveURL(/#\/search\?q=Hakari$/);
  await expect(searchBox(page)).toHaveValue('Hakari');

  await page.goto('./#/search?q=');
  await waitForSaved(page);
  const beforeClear = await lastSavedAt(page);
  await page.getByRole('button', { name: 'Clear recent searches' }).click();
  await expect(page.getByText('Searches you make are listed here.')).toBeVisible();
  // The clearing itself is saved (not an earlier change) before the page is reloaded.
  await waitForSaveAfter(page, beforeClear);
  await page.reload();
  await expect(page.getByText('Searches you make are listed here.')).toBeVisible();
});

/** The suggestions the search box offers (its datalist). */
async function suggestions(page: Page) {
  const id = await searchBox(page).getAttribute('list');
  expect(id).toBeTruthy();
  return page.locator(`datalist[id="${id}"] option`);
}

test('a note the user writes is found under "Your notes" and opens its article', async ({
  page,
}) => {
  await page.goto('./#/article/article%3Afirst-war');
  await expect(
    page.getByRole('heading', { level: 1, name: 'The first war, 1988–1994' }),
  ).toBeVisible();
  const note = page.getByRole('textbox', { name: 'Note', exact: true });
  await note.fill('Ask the archivist about the Marzipanov letters.');
  await waitForSaved(page);

  await searchBox(page).fill('marzipanov');
  const notes = group(page, 'Your notes');
  await expect(notes).toBeVisible();
  await expect(page.getByRole('button', { name: 'Your notes (1)' })).toBeVisible();
  const hit = notes.getByRole('listitem');
  await expect(hit).toHaveCount(1);
  await expect(hit.locator('mark')).toHaveText(/marzipanov/i);
  await hit.getByRole('link', { name: 'Note on The first war, 1988–1994' }).click();
  await expect(page).toHaveURL(/#\/article\/article%3Afirst-war$/);
});

test('going to another screen while typing drops the search that was about to open', async ({
  page,
}) => {
  // The page's clock stands still unless the test moves it, so the click surely comes within
  // the box's 150 ms pause, as a quick reader's would.
  await page.clock.install();
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await page.clock.pauseAt(Date.now() + 1_000);

  await searchBox(page).fill('lachin');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.clock.runFor(2_000);
  await expect(page).toHaveURL(/#\/settings$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

  // Typing and pausing still opens the results, on the same clock.
  await searchBox(page).fill('shusha');
  await page.clock.runFor(200);
  await expect(page).toHaveURL(/#\/search\?q=shusha/);
});

test('a result is reached with Tab and opened with Enter', async ({ page }) => {
  await openSearch(page, '#/search?q=Hakari');
  await page.locator('#content').focus();
  let onResult = false;
  for (let i = 0; i < 40 && !onResult; i++) {
    await page.keyboard.press('Tab');
    onResult = await page.evaluate(
      () =>
        document.activeElement?.closest('.search-hit') !== null &&
        document.activeElement?.tagName === 'A',
    );
  }
  expect(onResult).toBe(true);
  const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('typing keeps the last results on screen instead of a loading page', async ({ page }) => {
  await openSearch(page, '#/search?q=Lachin');
  await page.evaluate(() => {
    const w = window as unknown as { sawLoading: boolean };
    w.sawLoading = false;
    new MutationObserver(() => {
      if (document.querySelector('.search-main .loading')) w.sawLoading = true;
    }).observe(document.body, { subtree: true, childList: true });
  });
  const box = searchBox(page);
  await box.click();
  await box.press('End');
  await box.pressSequentially(' corridor blockade', { delay: 40 });
  await expect(box).toHaveValue('Lachin corridor blockade');
  await expect(page).toHaveURL(/q=Lachin%20corridor%20blockade$/);
  await expect(page.locator('.search-main')).toHaveAttribute('aria-busy', 'false');
  expect(await page.evaluate(() => (window as unknown as { sawLoading: boolean }).sawLoading)).toBe(
    false,
  );
});

test('hostile input shows no error', async ({ page }) => {
  await page.goto('./');
  const box = searchBox(page);
  for (const text of ['x'.repeat(10_000), '"line of contact', 'Şuşa 🕊️ "(( OR -', '*^NEAR/3']) {
    await box.fill(text);
    await expect(page.getByRole('heading', { level: 1, name: /^Results for/ })).toBeVisible();
    await expect(page.locator('.search-main')).toHaveAttribute('aria-busy', 'false');
    await expect(page.getByText('The search failed')).toHaveCount(0);
  }
  await page.goto(`./#/search?q=${'%F0%9F%98%80'.repeat(3000)}&from=abc&kind=zzz&place=nowhere`);
  await expect(page.getByRole('heading', { level: 1, name: /^Results for/ })).toBeVisible();
  await expect(page.getByText('“abc” is not a date, so it is not applied.')).toBeVisible();
  await expect(page.getByText('No results.')).toBeVisible();
  await expect(page.getByText('The search failed')).toHaveCount(0);
});

test('the results screen in the light and dark themes', async ({ page }) => {
  for (const theme of ['Light', 'Dark'] as const) {
    await setTheme(page, theme);
    await openSearch(page, '#/search?q=Khankendi');
    await page.screenshot({ path: `${SHOTS}/search-${theme.toLowerCase()}.png` });
    await openSearch(page, '#/search?q=Xank%C9%99ndi&kind=event&from=1988&to=1995-06');
    await page.screenshot({ path: `${SHOTS}/search-filtered-${theme.toLowerCase()}.png` });
  }
});

test('every state of the search screen passes axe in the light and dark themes', async ({
  page,
}) => {
  // Full axe runs over several screens and themes: minutes on a loaded two-core machine.
  test.setTimeout(180_000);
  const states: { hash: string; ready: (page: Page) => Promise<void> }[] = [
    {
      hash: '#/search?q=',
      ready: (p) => expect(p.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible(),
    },
    { hash: '#/search?q=Xank%C9%99ndi&kind=event', ready: (p) => openSearch(p, '') },
    { hash: '#/search?q=blokade', ready: (p) => openSearch(p, '') },
    {
      hash: '#/search?q=Lachin&from=1900&to=1901&topic=first-war',
      ready: (p) => openSearch(p, ''),
    },
    { hash: '#/search?q=Lachin&from=19x4&to=2023-13', ready: (p) => openSearch(p, '') },
  ];
  for (const theme of ['Light', 'Dark'] as const) {
    await setTheme(page, theme);
    for (const state of states) {
      await page.goto(`./${state.hash}`);
      await state.ready(page);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
        .analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${state.hash}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(serious, `${theme} theme`).toEqual([]);
    }
  }
});
