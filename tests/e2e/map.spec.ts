// The map screen: drawn from bundled outlines with no network, filtered by the time slider,
// and every marker leads to its event.
import { expect, test, type Page } from '@playwright/test';
import { failOnPageErrors, screenshotPath, waitForSaved } from './helpers';

failOnPageErrors();

const DAY_MS = 86_400_000;

function isLocal(url: URL): boolean {
  return (
    ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) ||
    ['data:', 'blob:', 'file:'].includes(url.protocol)
  );
}

async function openMap(page: Page) {
  await page.goto('./');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Map' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Map' })).toBeVisible();
  await expect(page.locator('.map-country').first()).toBeVisible();
}

async function mappedCount(page: Page): Promise<number> {
  const text = await page.locator('.map-count').textContent();
  return Number(/^(\d+) of/.exec(text ?? '')?.[1] ?? NaN);
}

/** Markers on the map, counting each event in a cluster. */
async function markerTotal(page: Page): Promise<number> {
  const singles = await page.locator('a.map-marker').count();
  const clustered = await page
    .locator('.map-cluster-count')
    .allTextContents()
    .then((counts) => counts.reduce((sum, n) => sum + Number(n), 0));
  return singles + clustered;
}

test('shows event markers, and fewer when the slider goes back to 1994', async ({ page }) => {
  await openMap(page);
  await expect(
    page.locator('.map-legend').getByText('Former NKAO (approximate outline)'),
  ).toBeVisible();
  const all = await mappedCount(page);
  expect(all).toBeGreaterThan(20);
  expect(await markerTotal(page)).toBe(all);

  const slider = page.getByLabel('Show events up to');
  await slider.fill(String(Date.UTC(1994, 4, 12) / DAY_MS));
  await expect(page.locator('output.map-date')).toHaveText('1994-05-12');
  await expect(page).toHaveURL(/#\/map\?until=1994-05-12$/);
  const in1994 = await mappedCount(page);
  expect(in1994).toBeGreaterThan(0);
  expect(in1994).toBeLessThan(all);
  expect(await markerTotal(page)).toBe(in1994);
  await page.screenshot({ path: screenshotPath('map.png') });
});

test('plays forward in time and pauses', async ({ page }) => {
  // The page's timers run on a clock the test can move, so "nothing moves after Pause" is
  // checked over a stretch of the page's time rather than a wait.
  await page.clock.install();
  await page.goto('./#/map?until=1992-01-01');
  const date = page.locator('output.map-date');
  await expect(date).toHaveText('1992-01-01');
  await page.getByRole('button', { name: 'Play' }).click();
  await page.clock.runFor(2_000);
  await expect(date).not.toHaveText('1992-01-01');
  await page.getByRole('button', { name: 'Pause' }).click();
  const paused = await date.textContent();
  await page.clock.runFor(5_000);
  await expect(date).toHaveText(paused ?? '');
});

test('clicking a marker opens its event', async ({ page }) => {
  await openMap(page);
  const marker = page.locator('a.map-marker').first();
  const name = await marker.getAttribute('aria-label');
  await marker.click();
  await expect(page).toHaveURL(/#\/event\//);
  const title = name?.slice(0, name.lastIndexOf(',')) ?? '';
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
});

test('a cluster lists its events, and one opens from the keyboard', async ({ page }) => {
  await openMap(page);
  const cluster = page.locator('.map-cluster').first();
  await cluster.focus();
  await page.keyboard.press('Enter');
  const list = page.locator('.map-cluster-list');
  await expect(list.getByRole('heading', { name: /events here/ })).toBeFocused();
  await list.getByRole('link').first().click();
  await expect(page).toHaveURL(/#\/event\//);
});

test('place names follow the chosen naming and the choice is kept', async ({ page }) => {
  await openMap(page);
  const labels = page.locator('.map-place-label');
  await expect(labels.filter({ hasText: /^Stepanakert$/ })).toHaveCount(1);
  await page.getByLabel('Place names').selectOption({ label: 'Azerbaijani forms' });
  await expect(labels.filter({ hasText: /^Xankəndi$/ })).toHaveCount(1);
  await page.getByLabel('Place names').selectOption({ label: 'Both' });
  await expect(labels.filter({ hasText: 'Stepanakert / Xankəndi' })).toHaveCount(1);
  await waitForSaved(page);
  await page.reload();
  await expect(page.getByLabel('Place names')).toHaveValue('both');
});

test('the map makes no request to any server', async ({ page }) => {
  const attempted: string[] = [];
  await page.route(
    (url) => !isLocal(url),
    (route) => {
      attempted.push(route.request().url());
      return route.abort();
    },
  );
  await openMap(page);
  await page.getByLabel('Show events up to').fill(String(Date.UTC(2000, 0, 1) / DAY_MS));
  await page.getByLabel('Place names').selectOption({ label: 'Both' });
  await page.locator('.map-cluster').first().click();
  await expect(page.locator('.map-cluster-list')).toBeVisible();
  await page.getByLabel('Show events up to').press('End');
  expect(attempted).toEqual([]);
});

test('the map reads well in the dark theme', async ({ page }) => {
  await page.goto('./#/settings');
  await page.getByRole('radio', { name: 'Dark', exact: true }).check();
  await page.goto('./#/map');
  await expect(page.locator('.map-country').first()).toBeVisible();
  await page.screenshot({ path: screenshotPath('map-dark.png') });
});

test('an event links to the map at its date', async ({ page }) => {
  await page.goto('./#/event/event%3A2023-09-19-offensive');
  await page.getByRole('link', { name: 'Show on the map' }).click();
  await expect(page).toHaveURL(/#\/map\?until=2023-09-19$/);
  await expect(page.locator('output.map-date')).toHaveText('2023-09-19');
});
