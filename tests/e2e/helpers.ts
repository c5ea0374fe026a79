// Shared steps for the end-to-end tests.
import { expect, test, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';

/** Fails the test if the page throws or logs an error while it runs. */
export function failOnPageErrors(): void {
  const errors = new WeakMap<Page, string[]>();
  test.beforeEach(async ({ page }) => {
    const list: string[] = [];
    errors.set(page, list);
    page.on('pageerror', (error) => list.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') list.push(message.text());
    });
  });
  test.afterEach(async ({ page }) => {
    expect(errors.get(page)).toEqual([]);
  });
}

/** Selects a phrase of the article body the way a mouse would, so the reader offers Highlight. */
export async function selectText(page: Page, phrase: string): Promise<void> {
  await page.evaluate((text) => {
    const body = document.querySelector('.article-body')!;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      document.dispatchEvent(new Event('selectionchange'));
      return;
    }
    throw new Error(`"${text}" is not in the article`);
  }, phrase);
}

/** Waits until the footer says the last change is saved. */
export async function waitForSaved(page: Page): Promise<void> {
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /^Saved$/ })
      .last(),
  ).toBeVisible();
}

/**
 * Waits until the reading position on screen has been taken by the library and saved: the
 * progress bar's data-stored matches what it shows, and the footer says "Saved".
 */
export async function waitForPositionSaved(page: Page): Promise<void> {
  const bar = page.getByRole('progressbar', { name: 'Reading progress' });
  await expect
    .poll(
      async () =>
        (await bar.getAttribute('data-stored')) === (await bar.getAttribute('aria-valuenow')),
    )
    .toBe(true);
  await waitForSaved(page);
}

/** When the footer last reported a finished save ('' before the first one). */
export async function lastSavedAt(page: Page): Promise<string> {
  return (await page.locator('.app-footer .save-status').getAttribute('data-saved-at')) ?? '';
}

/**
 * Waits until a save newer than `before` has finished: a change made after that save (a
 * reading position written at most every half second, say) is then on disk too.
 */
export async function waitForSaveAfter(page: Page, before: string): Promise<void> {
  const status = page.locator('.app-footer .save-status');
  await expect
    .poll(async () => {
      const saved = /\bsave-saved\b/.test((await status.getAttribute('class')) ?? '');
      const at = await status.getAttribute('data-saved-at');
      return saved && at !== null && at !== before;
    })
    .toBe(true);
}

/**
 * Where a README picture taken by a test goes: test-results/screenshots/ when the tests run,
 * docs/screenshots/ only when `npm run docs:screenshots` asks for it (KR_SCREENSHOTS_DIR), so
 * running the tests never changes the checkout.
 */
export function screenshotPath(name: string): string {
  return resolve(
    import.meta.dirname,
    '../..',
    process.env.KR_SCREENSHOTS_DIR ?? 'test-results/screenshots',
    name,
  );
}

/** Fails on any serious or critical axe finding (WCAG 2.1 A and AA) on the page as it is. */
export async function expectNoSeriousAxeViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)}`);
  expect(serious).toEqual([]);
}
