// The timeline as a reader uses it: zooming, the histogram scrubber, filters, jumping to a date,
// opening an event with the keyboard, exporting the view as CSV, and how it looks.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { failOnPageErrors, screenshotPath } from './helpers';

failOnPageErrors();

const events = (page: Page) => page.locator('a.timeline-link');

/**
 * How many events the view shows, as its introduction says, once every one of them is in the
 * list (long lists are rendered in passes).
 */
async function allShown(page: Page): Promise<number> {
  const intro = (await page.locator('.timeline-intro').textContent()) ?? '';
  const shown = Number(/^(\d+)/.exec(intro)?.[1]);
  expect(shown).toBeGreaterThan(0);
  await expect(events(page)).toHaveCount(shown);
  return shown;
}

async function open(page: Page, hash = '#/timeline') {
  await page.goto(`./${hash}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  await expect(events(page).first()).toBeVisible();
}

test('zooming to years retitles the list, and a histogram bar scrolls to its year', async ({
  page,
}) => {
  await open(page);
  await expect(page.getByRole('radio', { name: 'Decade' })).toBeChecked();
  await expect(page.getByRole('heading', { level: 3, name: '1990s' }).first()).toBeVisible();

  await page.getByRole('radio', { name: 'Year' }).check();
  await expect(page).toHaveURL(/#\/timeline\?zoom=year$/);
  const heading = page.getByRole('heading', { level: 3, name: '1992', exact: true }).first();
  await expect(heading).toBeAttached();

  const bar = page.getByRole('button', { name: /^1992: \d+ events?$/ });
  await bar.click();
  await expect(heading).toBeInViewport();

  // The zoom survives a reload through the link.
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Year' })).toBeChecked();

  await page.getByRole('radio', { name: 'Month' }).check();
  await expect(page.getByRole('button', { name: /^May 1992: \d+ events?$/ })).toBeAttached();
});

test('filtering by category shows only that category, with the count the option promised', async ({
  page,
}) => {
  await open(page);
  const all = await allShown(page);
  const select = page.getByLabel('Category', { exact: true });
  const options = await select.locator('option').allTextContents();
  const choice = options.find((o) => !o.startsWith('All') && !/\(0\)$/.test(o))!;
  const promised = Number(/\((\d+)\)$/.exec(choice)?.[1]);
  await select.selectOption({ label: choice });
  await expect(events(page)).toHaveCount(promised);
  expect(promised).toBeLessThan(all);
  const label = choice.replace(/ \(\d+\)$/, '');
  for (const meta of await page.locator('.timeline-meta').allTextContents())
    expect(meta.startsWith(label)).toBe(true);
  await expect(page).toHaveURL(/category=/);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(events(page)).toHaveCount(all);
});

test('Jump to date focuses the first event on or after it, and explains a bad date', async ({
  page,
}) => {
  await open(page);
  const input = page.getByLabel('Jump to date');
  await input.fill('May 1992');
  await input.press('Enter');
  await expect(page.getByRole('alert')).toContainText('YYYY, YYYY-MM or YYYY-MM-DD');

  await input.fill('1992-05');
  await input.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('');
  const focused = page.locator('a.timeline-link:focus');
  await expect(focused).toBeInViewport();
  const date = await focused.locator('xpath=../../time').getAttribute('datetime');
  expect(date! >= '1992-05').toBe(true);
  const before = await page
    .locator('.timeline-event time')
    .evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
  const at = before.indexOf(date!);
  expect(before[at - 1]! < '1992-05').toBe(true);

  // Enter opens the focused event.
  const title = (await focused.textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/event\//);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
});

test('events spanning dates show a range and its length', async ({ page }) => {
  await open(page);
  const ranged = page.locator('.timeline-event-range').first();
  await expect(ranged.locator('.timeline-span')).toHaveText(/\d+ (days|months|years)|Range/);
  await expect(ranged.locator('time')).toContainText('–');
});

test('Export CSV downloads the filtered view, one row per shown event', async ({ page }) => {
  await open(page);
  const select = page.getByLabel('Category', { exact: true });
  const options = await select.locator('option').allTextContents();
  const choice = options.find((o) => !o.startsWith('All') && !/\(0\)$/.test(o))!;
  await select.selectOption({ label: choice });
  await expect(page.locator('.timeline-intro')).toContainText(' of ');
  const shown = await allShown(page);
  const category = await select.inputValue();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('karabakh-timeline.csv');
  const csv = await readFile((await download.path())!, 'utf8');
  const lines = csv.trimEnd().split('\r\n');
  expect(lines[0]).toBe(
    'id,date_start,date_end,precision,display_date,title,category,place,actors,sources',
  );
  expect(lines.length - 1).toBe(shown);
  for (const line of lines.slice(1)) {
    expect(line).toMatch(/^event:/);
    expect(line).toContain(`,${category},`);
  }
  await expect(page.getByRole('status').filter({ hasText: /^Exported/ })).toHaveText(
    `Exported ${shown} events to karabakh-timeline.csv.`,
  );
});

for (const theme of ['light', 'dark'] as const) {
  test(`looks right and passes axe in the ${theme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await open(page, '#/timeline?zoom=year');
    await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
    const results = await new AxeBuilder({ page }).include('.timeline').analyze();
    const serious = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    await page.screenshot({
      path: screenshotPath(`timeline${theme === 'dark' ? '-dark' : ''}.png`),
    });
  });
}

test('the printable page shows the filtered list plainly, without the controls', async ({
  page,
}) => {
  await open(page);
  const select = page.getByLabel('Category', { exact: true });
  const options = await select.locator('option').allTextContents();
  await select.selectOption({
    label: options.find((o) => !o.startsWith('All') && !/\(0\)$/.test(o))!,
  });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.timeline-controls')).toBeHidden();
  await expect(page.locator('.timeline-histogram')).toBeHidden();
  await expect(page.locator('.main-nav')).toBeHidden();
  await expect(events(page).first()).toBeVisible();
  await page.screenshot({ path: screenshotPath('timeline-print.png') });
});
