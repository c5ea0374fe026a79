// The corrections log as a reader meets it: on the corrected event, with why and on which
// sources, and the whole list from the footer, in the light and dark themes.
import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations, failOnPageErrors, screenshotPath } from './helpers';

failOnPageErrors();

const CORRECTED = 'event:2018-05-08-pashinyan-elected';

test('a corrected event says what changed, when, why and on which sources', async ({ page }) => {
  await page.goto(`./#/event/${encodeURIComponent(CORRECTED)}`);
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Nikol Pashinyan elected prime minister of Armenia',
    }),
  ).toBeVisible();
  const notice = page.getByRole('complementary', { name: 'Corrections to this item' });
  await expect(notice).toContainText('Corrected on 7 December 2026:');
  await expect(notice).toContainText('had no troops there');
  await notice.getByText('Why, and on which sources').click();
  await expect(
    notice.getByRole('list', { name: 'Sources of the correction' }).getByRole('link'),
  ).toHaveCount(2);
  await expect(page.getByText(/checked against its sources on 2026-12-07/)).toBeVisible();
  await page.screenshot({ path: screenshotPath('correction-on-event.png') });

  // An event that was never corrected shows no notice.
  await page.goto(`./#/event/${encodeURIComponent('event:2023-09-19-offensive')}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Corrections to this item' })).toHaveCount(
    0,
  );
});

test('the footer leads to every correction, newest first, each linked to its item', async ({
  page,
}) => {
  await page.goto('./');
  await page.locator('.app-footer').getByRole('link', { name: 'Corrections' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Corrections' })).toBeVisible();
  await expect(page).toHaveTitle('Corrections – Karabakh Reader');
  const entries = page
    .getByRole('list', { name: 'Corrections, newest first' })
    .getByRole('listitem')
    .filter({ has: page.locator('h2') });
  expect(await entries.count()).toBeGreaterThanOrEqual(5);
  const dates = await page
    .locator('.corrections-list time')
    .evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort().reverse());
  const entry = entries.filter({ hasText: 'Nikol Pashinyan elected prime minister of Armenia' });
  await expect(entry).toContainText('What changed:');
  await expect(entry).toContainText('Why:');
  await expectNoSeriousAxeViolations(page, 'corrections (light)');
  await page.screenshot({ path: screenshotPath('corrections.png') });
  await entry
    .getByRole('link', { name: 'Nikol Pashinyan elected prime minister of Armenia' })
    .click();
  await expect(page).toHaveURL(new RegExp(`#/event/${encodeURIComponent(CORRECTED)}$`));

  await page.goto('./#/settings');
  await page.getByRole('radio', { name: 'Dark', exact: true }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto('./#/corrections');
  await expect(page.getByRole('heading', { level: 1, name: 'Corrections' })).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'corrections (dark)');
  await page.screenshot({ path: screenshotPath('corrections-dark.png') });
});
