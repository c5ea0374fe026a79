// The Content-Security-Policy, seen from inside the running page: the web build is served
// with the same policy as the desktop app (electron/csp.ts), and script that did not come
// from the app's own files does not run, with each attempt reported as a violation.
import { expect, test, type Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../electron/csp';

type Violation = { directive: string; blocked: string; disposition: string };

declare global {
  interface Window {
    __violations?: Violation[];
    __ran?: string[];
  }
}

/** Opens the app, waits for the library, and starts recording CSP violations. */
async function openApp(page: Page): Promise<void> {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Library', level: 1 })).toBeVisible();
  await page.evaluate(() => {
    window.__violations = [];
    window.__ran = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations!.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        disposition: event.disposition,
      });
    });
  });
}

async function violations(page: Page): Promise<Violation[]> {
  return page.evaluate(() => window.__violations ?? []);
}

/**
 * Violation events are queued as tasks: waits until `count` have arrived. The browser reports a
 * violation when it refuses to run the code, so after this, what could have run has had its turn.
 */
async function waitForViolations(page: Page, count: number): Promise<Violation[]> {
  await expect.poll(async () => (await violations(page)).length).toBeGreaterThanOrEqual(count);
  return violations(page);
}

const ran = (page: Page) => page.evaluate(() => window.__ran ?? []);

test('the web build sends the desktop app’s policy, as a header and in the page', async ({
  page,
}) => {
  const response = await page.goto('./');
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveCount(1);
  expect(await meta.getAttribute('content')).toBe(META_CONTENT_SECURITY_POLICY);
  // The page's own module scripts, worker and WebAssembly still run under it.
  await expect(page.getByRole('heading', { name: 'Library', level: 1 })).toBeVisible();
});

test('an injected inline <script> does not run, and the violation is reported', async ({
  page,
}) => {
  await openApp(page);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = "window.__ran.push('inline script')";
    document.body.append(script);
  });
  expect(await waitForViolations(page, 1)).toContainEqual({
    directive: 'script-src-elem',
    blocked: 'inline',
    disposition: 'enforce',
  });
  expect(await ran(page)).toEqual([]);
});

test('an injected inline event handler does not run, and the violation is reported', async ({
  page,
}) => {
  await openApp(page);
  await page.evaluate(() => {
    const button = document.createElement('button');
    button.id = 'injected';
    button.setAttribute('onclick', "window.__ran.push('onclick')");
    button.textContent = 'Injected';
    document.body.append(button);
    button.click();
    const image = document.createElement('img');
    image.setAttribute('onerror', "window.__ran.push('onerror')");
    image.src = 'data:image/png;base64,broken';
    document.body.append(image);
  });
  // One violation for the click handler, one for the image's error handler.
  const reported = await waitForViolations(page, 2);
  expect(await ran(page)).toEqual([]);
  expect(reported).toContainEqual({
    directive: 'script-src-attr',
    blocked: 'inline',
    disposition: 'enforce',
  });
});

test('a javascript: URL does not run, and the violation is reported', async ({ page }) => {
  await openApp(page);
  const before = page.url();
  await page.evaluate(() => {
    const link = document.createElement('a');
    link.href = "javascript:window.__ran.push('javascript: URL')";
    link.textContent = 'Injected link';
    document.body.append(link);
    link.click();
  });
  expect(await waitForViolations(page, 1)).toContainEqual({
    directive: 'script-src-elem',
    blocked: 'inline',
    disposition: 'enforce',
  });
  expect(await ran(page)).toEqual([]);
  expect(page.url()).toBe(before);
});

// (eval is not tried here: code run through the DevTools protocol, as page.evaluate is, may
// eval whatever the policy says.)
test('a script from another origin is not fetched, and the violation is reported', async ({
  page,
}) => {
  await openApp(page);
  await page.evaluate(() => {
    const remote = document.createElement('script');
    remote.src = 'https://example.org/payload.js';
    document.body.append(remote);
  });
  expect(await waitForViolations(page, 1)).toContainEqual({
    directive: 'script-src-elem',
    blocked: 'https://example.org/payload.js',
    disposition: 'enforce',
  });
});
