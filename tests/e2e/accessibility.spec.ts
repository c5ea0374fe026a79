// Every screen, in every theme, checked with axe-core: no serious or critical violations.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const SCREENS: { name: string; path: string; ready: (page: Page) => Promise<void> }[] = [
  { name: 'library', path: './#/', ready: (p) => expectHeading(p, 'Library') },
  { name: 'timeline', path: './#/timeline', ready: (p) => expectHeading(p, 'Timeline') },
  { name: 'map', path: './#/map', ready: (p) => expectHeading(p, 'Map') },
  { name: 'bookmarks', path: './#/bookmarks', ready: (p) => expectHeading(p, 'Bookmarks') },
  { name: 'notes', path: './#/notes', ready: (p) => expectHeading(p, 'Notes') },
  { name: 'settings', path: './#/settings', ready: (p) => expectHeading(p, 'Settings') },
  { name: 'search', path: './#/search?q=Lachin', ready: (p) => expectHeading(p, /Results for/) },
  {
    name: 'article',
    path: './#/article/article%3Alachin-corridor',
    ready: (p) => expectHeading(p, 'The Lachin corridor and the blockade'),
  },
  {
    name: 'event',
    path: './#/event/event%3A2023-09-19-offensive',
    ready: (p) => expectHeading(p, /offensive/i),
  },
  {
    name: 'source',
    path: './#/source/source%3Akremlin-2020-11-10-trilateral-statement',
    ready: (p) => expectHeading(p, /Statement/),
  },
];

async function expectHeading(page: Page, name: string | RegExp) {
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

async function setTheme(page: Page, theme: string) {
  await page.goto('./#/settings');
  await expectHeading(page, 'Settings');
  await page.getByRole('radio', { name: theme, exact: true }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase());
}

for (const theme of ['Light', 'Dark', 'Sepia']) {
  test(`every screen passes axe in the ${theme.toLowerCase()} theme`, async ({ page }) => {
    // Every screen with a full axe run each: on a loaded two-core machine this takes a minute.
    test.setTimeout(180_000);
    await setTheme(page, theme);
    for (const screen of SCREENS) {
      await page.goto(screen.path);
      await screen.ready(page);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
        .analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${screen.name}: ${v.id} (${v.impact}) ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        );
      expect(serious, `${theme} theme`).toEqual([]);
    }
  });
}
