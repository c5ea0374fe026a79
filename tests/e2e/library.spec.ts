// The library, timeline and settings screens as a reader meets them: browsing, filtering and
// sorting the library, the virtualized list, continue reading, the timeline's keyboard use,
// and settings that apply at once and survive a reload.
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations, failOnPageErrors } from './helpers';

failOnPageErrors();

const list = (page: Page) => page.getByRole('list', { name: 'Library items' });
const rows = (page: Page) => list(page).getByRole('listitem');
const count = (page: Page) => page.getByRole('status').filter({ hasText: /^[\d,]+ items?$/ });

async function shownCount(page: Page): Promise<number> {
  const text = (await count(page).textContent()) ?? '';
  return Number(text.replace(/\D/g, ''));
}

/** The number in an option's label, e.g. "Articles (40)" → 40. */
async function optionCount(page: Page, select: string, label: RegExp): Promise<number> {
  const texts = await page.getByLabel(select, { exact: true }).locator('option').allTextContents();
  const text = texts.find((t) => label.test(t));
  if (!text) throw new Error(`no option ${label} in ${select}: ${texts.join(', ')}`);
  return Number(/\((\d+)\)$/.exec(text)?.[1]);
}

async function optionValue(page: Page, select: string, label: RegExp): Promise<string> {
  const options = page.getByLabel(select, { exact: true }).locator('option');
  const texts = await options.allTextContents();
  const at = texts.findIndex((t) => label.test(t));
  return (await options.nth(at).getAttribute('value')) ?? '';
}

/** Runs a change and waits until the footer has said "Saving…" and then "Saved" again. */
async function changeAndWaitForSave(page: Page, change: () => Promise<void>) {
  // A first start saves a fresh file; let that finish so it is not mistaken for this change.
  await expect(page.locator('.save-status')).toHaveText('Saved');
  await page.evaluate(() => {
    const status = document.querySelector('.save-status')!;
    const seen = { saving: false };
    (window as unknown as { saveSeen: typeof seen }).saveSeen = seen;
    new MutationObserver(() => {
      if (status.textContent !== 'Saved') seen.saving = true;
    }).observe(status, { childList: true, characterData: true, subtree: true });
  });
  await change();
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          (window as unknown as { saveSeen: { saving: boolean } }).saveSeen.saving &&
          document.querySelector('.save-status')?.textContent === 'Saved',
      ),
    )
    .toBe(true);
}

test.describe('library', () => {
  test('lists articles and events and announces how many are shown', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    await expect(count(page)).toHaveText(/^\d+ items$/);
    const total = await shownCount(page);
    expect(total).toBeGreaterThanOrEqual(300);
    expect(await optionCount(page, 'Type', /^All types/)).toBe(total);
    await expect(rows(page).first()).toBeVisible();
    await expect(rows(page).filter({ hasText: 'Article' }).first()).toBeVisible();
    await expect(rows(page).filter({ hasText: 'Event' }).first()).toBeVisible();
    await page.screenshot({ path: 'test-results/e2e/library-screen.png' });
  });

  test('filtering by type and by era changes the list and the other filters’ counts', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(count(page)).toBeVisible();
    const total = await shownCount(page);
    const articles = await optionCount(page, 'Type', /^Articles/);
    const events = await optionCount(page, 'Type', /^Events/);
    expect(articles + events).toBe(total);
    const eraAllBefore = await optionCount(page, 'Era', /^All eras/);

    await page.getByLabel('Type', { exact: true }).selectOption('article');
    await expect(count(page)).toHaveText(`${articles} items`);
    await expect(rows(page).first().locator('.kind-label')).toHaveText('Article');
    // The era options are now counted over articles only.
    expect(await optionCount(page, 'Era', /^All eras/)).toBeLessThan(eraAllBefore);

    await page.getByLabel('Type', { exact: true }).selectOption('event');
    await expect(count(page)).toHaveText(`${events} items`);
    const in2023 = await optionCount(page, 'Era', /^2023 /);
    expect(in2023).toBeGreaterThan(0);
    await page.getByLabel('Era', { exact: true }).selectOption('2023');
    await expect(count(page)).toHaveText(`${in2023} items`);
    // The type options now count 2023 items: events are exactly what is shown.
    expect(await optionCount(page, 'Type', /^Events/)).toBe(in2023);
    const texts = await rows(page).locator('.library-row-meta').allTextContents();
    for (const text of texts) expect(text).toMatch(/^Event\s.*2023/);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(count(page)).toHaveText(`${total} items`);
    await expect(page.getByLabel('Era', { exact: true })).toHaveValue('');
  });

  test('filters by topic, category and place, each option predicting the list it gives', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(count(page)).toBeVisible();
    for (const [select, label] of [
      ['Topic', /^Lachin corridor /],
      ['Event category', /^Blockade /],
      ['Place', /^Lachin /],
    ] as const) {
      const expected = await optionCount(page, select, label);
      await page
        .getByLabel(select, { exact: true })
        .selectOption(await optionValue(page, select, label));
      await expect(count(page)).toHaveText(`${expected} ${expected === 1 ? 'item' : 'items'}`);
      await page.getByRole('button', { name: 'Clear filters' }).click();
    }
  });

  test('sorting by title puts the titles in alphabetical order', async ({ page }) => {
    await page.goto('./');
    await page.getByLabel('Sort by').selectOption({ label: 'Title, A–Z' });
    const links = rows(page).getByRole('link');
    await expect(links.first()).toBeVisible();
    const titles = await links.allTextContents();
    expect(titles.length).toBeGreaterThan(5);
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    expect(titles).toEqual([...titles].sort(collator.compare));
  });

  test('sorting by date puts events in time order', async ({ page }) => {
    await page.goto('./');
    await page.getByLabel('Type', { exact: true }).selectOption('event');
    await page.getByLabel('Sort by').selectOption({ label: 'Date, newest first' });
    const first = await rows(page).first().locator('.library-row-meta').textContent();
    await page.getByLabel('Sort by').selectOption({ label: 'Date, oldest first' });
    const oldest = await rows(page).first().locator('.library-row-meta').textContent();
    expect(oldest).toMatch(/19(18|19)/);
    expect(first).toMatch(/20[2-9]\d/);
  });

  test('the list is virtualized, yet the last item can be reached by keyboard', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(count(page)).toBeVisible();
    const total = await shownCount(page);
    const inDom = await rows(page).count();
    expect(inDom).toBeGreaterThan(5);
    expect(inDom).toBeLessThan(total / 4);
    // Rows say where they are in the whole list, not in what is rendered.
    await expect(rows(page).first()).toHaveAttribute('aria-setsize', String(total));

    // One tab stop: the first row; the arrows move between rows.
    const firstLink = rows(page).first().getByRole('link');
    await firstLink.focus();
    await page.keyboard.press('ArrowDown');
    await expect(rows(page).nth(1).getByRole('link')).toBeFocused();
    await page.screenshot({ path: 'test-results/e2e/library-focus.png' });
    await page.keyboard.press('End');
    const last = list(page).locator(`li[aria-posinset="${total}"]`);
    await expect(last.getByRole('link')).toBeFocused();
    await expect(last).toBeInViewport();
    expect(await rows(page).count()).toBeLessThan(total / 4);
    const lastTitle = (await last.getByRole('link').textContent()) ?? '';
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: lastTitle })).toBeVisible();
  });

  test('Back returns to the same filters and sort', async ({ page }) => {
    await page.goto('./');
    await page.getByLabel('Type', { exact: true }).selectOption('event');
    await page.getByLabel('Sort by').selectOption({ label: 'Title, A–Z' });
    const shown = await count(page).textContent();
    const firstTitle = (await rows(page).first().getByRole('link').textContent()) ?? '';
    await rows(page).first().getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1, name: firstTitle })).toBeVisible();
    await page.goBack();
    await expect(count(page)).toHaveText(shown ?? '');
    await expect(page.getByLabel('Type', { exact: true })).toHaveValue('event');
    await expect(page.getByLabel('Sort by')).toHaveValue('title');
    await expect(rows(page).first().getByRole('link')).toHaveText(firstTitle);
  });

  test('an article read halfway is offered under "Continue reading"', async ({ page }) => {
    await page.goto('./#/article/article%3Afirst-war');
    const title = 'The first war, 1988–1994';
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await changeAndWaitForSave(page, async () => {
      await page
        .locator('#content')
        .evaluate((el) => el.scrollTo(0, (el.scrollHeight - el.clientHeight) / 2));
    });
    await page.goto('./');
    const section = page.getByRole('region', { name: 'Continue reading' });
    await expect(section.getByRole('link', { name: title })).toBeVisible();
    await expect(section).toContainText(/\d+% read/);
    await page.screenshot({ path: 'test-results/e2e/library-continue.png' });
    await section.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  });

  test('passes axe in the light and dark themes', async ({ page }) => {
    await page.goto('./#/settings');
    for (const theme of ['Light', 'Dark']) {
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Settings' })
        .click();
      await page.getByRole('radio', { name: theme, exact: true }).check();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase());
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Library' })
        .click();
      await expect(count(page)).toBeVisible();
      await expectNoSeriousAxeViolations(page, `library (${theme})`);
      await page.screenshot({ path: `test-results/e2e/library-${theme.toLowerCase()}.png` });
    }
  });
});

test.describe('timeline', () => {
  test('shows events under era headings, and the arrow keys move between events', async ({
    page,
  }) => {
    await page.goto('./#/timeline');
    await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
    for (const era of ['1918–1922', '1988–1990', '2020', '2023'])
      await expect(
        page.getByRole('heading', { level: 2, name: new RegExp(`^${era} `) }),
      ).toBeVisible();

    const events = page.locator('a.timeline-link');
    const first = events.first();
    await first.focus();
    await page.keyboard.press('ArrowDown');
    await expect(events.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(events.nth(2)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(events.nth(1)).toBeFocused();
    await page.keyboard.press('End');
    await expect(events.last()).toBeFocused();
    await page.keyboard.press('Home');
    await expect(first).toBeFocused();

    // Only one event is a tab stop, and it is the one last focused.
    await page.keyboard.press('ArrowDown');
    await expect(events.nth(1)).toHaveAttribute('tabindex', '0');
    await expect(first).toHaveAttribute('tabindex', '-1');

    const title = (await events.nth(1).textContent()) ?? '';
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/event\//);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  });

  test('each event shows its date, category and place, and events run in time order', async ({
    page,
  }) => {
    await page.goto('./#/timeline');
    await expect(page.locator('a.timeline-link').first()).toBeVisible();
    // The first rows come at once and the rest behind them: wait for every event the
    // timeline says it has.
    const intro = await page.locator('.timeline-intro').textContent();
    const total = Number(/(\d+) events in time order/.exec(intro ?? '')?.[1]);
    expect(total).toBeGreaterThan(200);
    await expect(page.locator('.timeline-event')).toHaveCount(total);
    await expect(page.locator('.timeline [aria-busy]')).toHaveAttribute('aria-busy', 'false');
    const dates = await page
      .locator('.timeline-event time')
      .evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
    expect(dates).toHaveLength(total);
    expect(dates).toEqual([...dates].sort());
    await expect(page.locator('.timeline-meta').first()).not.toBeEmpty();
    await expectNoSeriousAxeViolations(page, 'timeline');
    await page.screenshot({ path: 'test-results/e2e/timeline.png' });
  });
});

test.describe('settings', () => {
  test('Dark theme applies at once and survives a reload', async ({ page }) => {
    await page.goto('./#/settings');
    await expect(page.getByRole('radiogroup', { name: 'Theme' })).toBeVisible();
    await changeAndWaitForSave(page, () =>
      page.getByRole('radio', { name: 'Dark', exact: true }).check(),
    );
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(page.getByRole('radio', { name: 'Dark', exact: true })).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expectNoSeriousAxeViolations(page, 'settings (dark)');
    await page.screenshot({ path: 'test-results/e2e/settings-dark.png' });

    await page.getByRole('radio', { name: 'Sepia', exact: true }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
    await expectNoSeriousAxeViolations(page, 'settings (sepia)');
  });

  test('Larger text changes the reading size and survives a reload', async ({ page }) => {
    const size = () =>
      page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--reader-font-size').trim(),
      );
    await page.goto('./#/settings');
    const group = page.getByRole('group', { name: 'Text size' });
    await expect(group).toContainText('18 px');
    expect(await size()).toBe('18px');
    await changeAndWaitForSave(page, () => group.getByRole('button', { name: 'Larger' }).click());
    await expect(group).toContainText('20 px');
    expect(await size()).toBe('20px');
    const preview = page.locator('.settings-preview p');
    await expect(preview).toHaveCSS('font-size', '20px');

    await page.reload();
    await expect(page.getByRole('group', { name: 'Text size' })).toContainText('20 px');
    expect(await size()).toBe('20px');

    // Stops at the largest size and keeps focus on the button there.
    const larger = page.getByRole('button', { name: 'Larger' });
    for (let i = 0; i < 4; i++) await larger.click();
    await expect(page.getByRole('group', { name: 'Text size' })).toContainText('28 px');
    await expect(larger).toHaveAttribute('aria-disabled', 'true');
    await larger.press('Enter');
    await expect(page.getByRole('group', { name: 'Text size' })).toContainText('28 px');
    await expect(larger).toBeFocused();
    await page.getByRole('button', { name: 'Smaller' }).click();
    await expect(page.getByRole('group', { name: 'Text size' })).toContainText('26 px');
  });

  test('Sans font applies to the preview and survives a reload', async ({ page }) => {
    await page.goto('./#/settings');
    await changeAndWaitForSave(page, () =>
      page.getByRole('radio', { name: 'Sans', exact: true }).check(),
    );
    await expect(page.locator('html')).toHaveAttribute('data-font', 'sans');
    await page.reload();
    await expect(page.getByRole('radio', { name: 'Sans', exact: true })).toBeChecked();
  });

  test('resetting reading progress asks first, then says it is done', async ({ page }) => {
    await page.goto('./#/settings');
    await page.getByRole('button', { name: 'Reset reading progress…' }).click();
    await expect(page.getByText('Forget how far you read in every article?')).toBeVisible();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('button', { name: 'Reset reading progress…' })).toBeFocused();
    await expect(page.getByText('Forget how far you read')).toHaveCount(0);

    await page.getByRole('button', { name: 'Reset reading progress…' }).click();
    await page.getByRole('button', { name: 'Yes, reset reading progress' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Reading progress was reset' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reset reading progress…' })).toBeFocused();
  });

  test('says where the data lives and which versions are running', async ({ page }) => {
    await page.goto('./#/settings');
    const section = page.getByRole('region', { name: 'Where your data lives' });
    await expect(section).toContainText('IndexedDB: karabakh-reader');
    await expect(section).toContainText(/Karabakh Reader \d+\.\d+\.\d+/);
    await expect(section).toContainText(/\d{4}\.\d+\.\d+, reviewed \d{4}-\d{2}-\d{2}/);
    await expectNoSeriousAxeViolations(page, 'settings');
    await page.screenshot({ path: 'test-results/e2e/settings.png', fullPage: true });
  });
});
