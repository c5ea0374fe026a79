import { expect, test, type Page } from '@playwright/test';

/** Writes bytes under a key in the web host's IndexedDB store, as a damaged save would. */
async function putUserBytes(page: Page, key: string, text: string) {
  await page.evaluate(
    ([k, t]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('karabakh-reader', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('files');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('files', 'readwrite');
          tx.objectStore('files').put(new TextEncoder().encode(t), k);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [key, text] as const,
  );
}

async function userKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('karabakh-reader', 1);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('files').objectStore('files').getAllKeys();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result.map(String));
          };
        };
      }),
  );
}

test('a damaged user file is kept aside, the user is told, and the app starts', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  // The first start writes a fresh user DB; damage it only after that write is done.
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await putUserBytes(page, 'user.db', 'definitely not a SQLite database');
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('Your saved notes could not be opened');
  await expect(page.getByRole('alert')).toContainText('kept aside');
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  const keys = await userKeys(page);
  expect(keys.some((k) => /^user\.db\.unreadable-.+[^n]$/.test(k) && !k.endsWith('.reason'))).toBe(
    true,
  );
  expect(keys).toContain('user.db');
  await page.screenshot({ path: 'test-results/e2e/unreadable-user-db.png' });
});

test('a content DB that cannot be opened shows an error screen naming the file', async ({
  page,
}) => {
  await page.route('**/reader.db', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/octet-stream',
      body: 'garbage, not sqlite',
    }),
  );
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(
    alert.getByRole('heading', { name: 'The library could not be opened' }),
  ).toBeVisible();
  await expect(alert).toContainText(
    /The library file http:\/\/127\.0\.0\.1:\d+\/reader\.db could not be opened/,
  );
  await page.screenshot({ path: 'test-results/e2e/content-db-error.png' });
});

test('a missing content DB shows an error screen naming the address', async ({ page }) => {
  await page.route('**/reader.db', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText(/reader\.db answered 404/);
});
