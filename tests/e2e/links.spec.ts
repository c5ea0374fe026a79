// The timeline, the map and the pages linked both ways: the timeline's selection moves the
// map's day and the map's slider moves the timeline's selection; an event page has a locator
// map and its place on the timeline; a place page lists its events; an article has a
// mini-timeline of the events it links; Print opens the browser's print dialog.
import { expect, test, type Page } from '@playwright/test';
import { failOnPageErrors, screenshotPath } from './helpers';

failOnPageErrors();

const SHUSHA_2020 = 'event:2020-11-08-shusha';

/** The day the map shows a date from: its first day when only the month or year is known. */
function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

function timelineLink(page: Page, id: string) {
  return page.locator(`a.timeline-link[data-id="${id}"]`);
}

test('the timeline shows the selected event on the map, and the map shows its day on the timeline', async ({
  page,
}) => {
  await page.goto(`./#/timeline?at=${encodeURIComponent(SHUSHA_2020)}`);
  // A link with an event opens the timeline there, with the event focused.
  await expect(timelineLink(page, SHUSHA_2020)).toBeFocused();
  await expect(timelineLink(page, SHUSHA_2020)).toBeInViewport();

  // Moving down selects the next event; the map then opens at its day.
  await page.keyboard.press('ArrowDown');
  const next = page.locator('a.timeline-link:focus');
  const nextId = await next.getAttribute('data-id');
  expect(nextId).not.toBe(SHUSHA_2020);
  await expect(page).toHaveURL(new RegExp(`at=${encodeURIComponent(nextId!)}`));
  const nextDate = await page
    .locator('li.timeline-event', { has: next })
    .locator('time')
    .getAttribute('datetime');
  await page.getByRole('link', { name: 'Show on the map' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Map' })).toBeVisible();
  await expect(page.locator('output.map-date')).toHaveText(firstDay(nextDate!));

  // Back to 1994 on the slider: the timeline opens at the latest event up to that day.
  const slider = page.getByRole('slider', { name: 'Show events up to' });
  const target = Math.round(Date.UTC(1994, 4, 12) / 86_400_000);
  await slider.fill(String(target));
  await expect(page.locator('output.map-date')).toHaveText('1994-05-12');
  await page.getByRole('link', { name: 'Show on the timeline' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  const focused = page.locator('a.timeline-link:focus');
  await expect(focused).toBeInViewport();
  const focusedDate = await page
    .locator('li.timeline-event', { has: focused })
    .locator('time')
    .getAttribute('datetime');
  expect(focusedDate! <= '1994-05-12').toBe(true);
  // …and it is the latest such event: the one after it starts later.
  await page.keyboard.press('ArrowDown');
  const afterDate = await page
    .locator('li.timeline-event', { has: page.locator('a.timeline-link:focus') })
    .locator('time')
    .getAttribute('datetime');
  expect(afterDate! > '1994-05-12').toBe(true);
});

test('opening an event selects it: the map opens at its day and rings it', async ({ page }) => {
  await page.goto(`./#/event/${encodeURIComponent(SHUSHA_2020)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Shusha/);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Map' }).click();
  await expect(page.locator('output.map-date')).toHaveText('2020-11-08');
  // The event is ringed, alone or inside its cluster.
  await expect(page.locator('.map-selected-ring')).toHaveCount(1);
  await expect(
    page.locator('[aria-current="true"], [role="button"][aria-label*="with the selected one"]'),
  ).toHaveCount(1);
});

test('an event page has a locator map and its place on the timeline', async ({ page }) => {
  await page.goto(`./#/event/${encodeURIComponent(SHUSHA_2020)}`);
  const locator = page.locator('figure.locator');
  await expect(locator.locator('svg text', { hasText: 'Shusha' })).toBeVisible();
  await expect(locator.locator('.map-nkao')).toBeAttached();

  const section = page.getByRole('region', { name: 'On the timeline' });
  await expect(section).toContainText(/Event \d+ of \d+ in time order/);
  const [, index, total] = /Event (\d+) of (\d+)/.exec((await section.textContent()) ?? '')!;
  expect(Number(index)).toBeGreaterThan(1);
  expect(Number(index)).toBeLessThan(Number(total));
  await expect(section.locator('.timeline-position-strip .is-current')).toHaveCount(1);
  await page.locator('.facts').scrollIntoViewIfNeeded();
  await page.locator('#content').evaluate((el) => el.scrollBy(0, 150));
  await page.screenshot({ path: screenshotPath('event.png') });

  // "After" leads to the next event, whose position is one further on.
  await section.getByText('After:').locator('xpath=..').getByRole('link').click();
  await expect(page.getByRole('region', { name: 'On the timeline' })).toContainText(
    `Event ${Number(index) + 1} of ${total}`,
  );
  await page.goBack();
  await page
    .getByRole('region', { name: 'On the timeline' })
    .getByRole('link', { name: 'Open the timeline here' })
    .click();
  await expect(timelineLink(page, SHUSHA_2020)).toBeFocused();
});

test('a place page gives every name, a locator map and the events there', async ({ page }) => {
  await page.goto(`./#/event/${encodeURIComponent(SHUSHA_2020)}`);
  await page.locator('.facts').getByRole('link', { name: 'Shusha', exact: true }).click();
  await expect(page).toHaveURL(/#\/place\/place%3Ashusha$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Shusha' })).toBeVisible();
  await expect(page.locator('.facts')).toContainText('Şuşa');
  await expect(page.locator('.facts')).toContainText('Շուշի');
  await expect(page.locator('figure.locator svg')).toBeVisible();

  const list = page.getByRole('region', { name: 'Events here' }).locator('ol li');
  await expect(list.first()).toBeVisible();
  const dates = await list
    .locator('time')
    .evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
  expect(dates.length).toBeGreaterThan(3);
  expect([...dates].sort()).toEqual(dates);
  await page.screenshot({ path: screenshotPath('place.png') });
  await expect(list.getByRole('link', { name: /capture of Shusha/ })).toBeVisible();
  await list.getByRole('link', { name: /capture of Shusha/ }).click();
  await expect(page).toHaveURL(/#\/event\/event%3A2020-11-08-shusha$/);

  await page.goto('./#/place/place%3Anowhere');
  await expect(page.getByRole('heading', { level: 1, name: 'Not in this library' })).toBeVisible();
});

test('an article shows the events it links as a mini-timeline in date order', async ({ page }) => {
  await page.goto('./#/article/article%3Afirst-war');
  const section = page.getByRole('region', { name: 'Events in this article' });
  const items = section.locator('ol li');
  await expect(items.first().locator('time')).toBeVisible();
  const dates = await items
    .locator('time')
    .evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
  expect(dates.length).toBeGreaterThan(5);
  expect([...dates].sort()).toEqual(dates);
  // One dot per event along the strip, ordered left to right like the list.
  const dots = section.locator('.mini-timeline-dot');
  await expect(dots).toHaveCount(dates.length);
  const lefts = await dots.evaluateAll((all) => all.map((d) => d.getBoundingClientRect().left));
  expect([...lefts].sort((a, b) => a - b)).toEqual(lefts);
  await items.first().getByRole('link').click();
  await expect(page).toHaveURL(/#\/event\//);
});

test('Print on the timeline opens the browser’s print dialog', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.goto('./#/timeline');
  await page.getByRole('button', { name: 'Print' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
    .toBe(1);
});
