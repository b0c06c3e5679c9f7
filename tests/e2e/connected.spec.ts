import { expect, test, type Page } from '@playwright/test';
import { ports } from '../../playwright.connected.config.ts';

/**
 * Connected mode end to end: the built SPA from server/main.ts, under its real security headers,
 * managing the stand-in Logto. Run with playwright.connected.config.ts.
 */
const logtoEndpoint = `http://127.0.0.1:${ports.logto}`;

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/** Everything the page reports about CSP, errors and the requests it makes. */
async function watch(page: Page) {
  const report = { cspMessages: [] as string[], consoleErrors: [] as string[], paths: [] as string[] };
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window.cspViolations ??= []).push(`${event.effectiveDirective} ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) report.cspMessages.push(message.text());
    if (message.type() === 'error') report.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => report.consoleErrors.push(error.message));
  page.on('request', (request) => report.paths.push(new URL(request.url()).pathname));
  return {
    ...report,
    cspEvents: () => page.evaluate(() => window.cspViolations ?? []),
  };
}

test('manages Logto under the strict CSP, shows the endpoint and never loads the embedded API', async ({ page }) => {
  const seen = await watch(page);
  // Written through Torii's /api, with no credentials of our own: the server adds its token.
  const name = `Connected e2e ${Date.now()}`;
  const created = await page.request.post('/api/applications', { data: { name, type: 'SPA' } });
  expect(created.status()).toBe(200);

  await page.goto('/applications?lang=en');

  await expect(page.getByTestId('backend-badge')).toHaveText(`Connected to ${logtoEndpoint}`);
  await expect(page.getByText(name)).toBeVisible();

  // Open something that renders through a portal and locks scrolling (Radix Dialog), then close it.
  const create = page.getByRole('button', { name: /create application/i }).first();
  await create.click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  expect(seen.cspMessages).toEqual([]);
  expect(await seen.cspEvents()).toEqual([]);
  expect(seen.consoleErrors).toEqual([]);
  expect(seen.paths).not.toContain('/mockServiceWorker.js');
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});

test('says in Japanese that the credentials were refused when the secret is wrong', async ({ page }) => {
  const seen = await watch(page);

  await page.goto(`http://localhost:${ports.wrongSecret}/?lang=ja`);

  await expect(page.getByRole('alert')).toContainText('Torii が Logto にサインインできませんでした');
  // In place of the page, whose every call would fail the same way, with a way to check again.
  await expect(page.getByRole('button', { name: 'アプリケーションを作成' })).toHaveCount(0);
  await expect(page.getByRole('alert').getByRole('button', { name: '再試行' })).toBeVisible();
  expect(seen.cspMessages).toEqual([]);
  expect(await seen.cspEvents()).toEqual([]);
  expect(seen.paths).not.toContain('/mockServiceWorker.js');
});

test('says that Logto cannot be reached when nothing answers at LOGTO_ENDPOINT', async ({ page }) => {
  const seen = await watch(page);

  await page.goto(`http://localhost:${ports.unreachable}/?lang=en`);

  await expect(page.getByRole('alert')).toContainText('Logto cannot be reached');
  expect(seen.cspMessages).toEqual([]);
  expect(await seen.cspEvents()).toEqual([]);
});
