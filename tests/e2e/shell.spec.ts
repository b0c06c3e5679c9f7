import { expect, openConsole, test } from './fixtures';

test('the shell switches language both ways and visits every area', async ({ page }) => {
  await openConsole(page, '/', 'en');
  await expect(page).toHaveURL(/\/applications/);
  await expect(page.getByTestId('backend-badge')).toHaveText('Embedded demo API');
  const nav = page.getByRole('navigation', { name: 'Main navigation' });

  await page.getByRole('radiogroup', { name: 'Language' }).getByRole('radio', { name: '日本語' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  const navJa = page.getByRole('navigation', { name: 'メインナビゲーション' });
  await expect(navJa.getByRole('link', { name: 'アプリケーション' })).toBeVisible();
  await expect(page.getByTestId('backend-badge')).toHaveText('組み込みデモ API');

  await navJa.getByRole('link', { name: 'コネクター' }).click();
  await expect(page).toHaveURL(/\/connectors\/social/);
  await navJa.getByRole('link', { name: 'サインイン体験' }).click();
  await expect(page).toHaveURL(/\/sign-in-experience\/sign-up-and-sign-in/);

  // The choice survives a reload.
  await page.reload();
  await expect(navJa.getByRole('link', { name: 'サインイン体験' })).toBeVisible();

  await page.getByRole('radiogroup', { name: '言語' }).getByRole('radio', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await nav.getByRole('link', { name: 'Applications' }).click();
  await expect(page).toHaveURL(/\/applications/);
});

test('an unknown address shows the not-found page', async ({ page }) => {
  await openConsole(page, '/no-such-page', 'en');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to Applications' }).click();
  await expect(page).toHaveURL(/\/applications/);
});

test('the theme can be switched to dark and back', async ({ page }) => {
  await openConsole(page, '/applications', 'en');
  await page.getByRole('radiogroup', { name: 'Theme' }).getByRole('radio', { name: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('radiogroup', { name: 'Theme' }).getByRole('radio', { name: 'Light' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test.describe('a browser that refuses service workers', () => {
  test.use({ serviceWorkers: 'block' });

  test('still gets the shell, and Applications says in Japanese why it has no data', async ({ page, consoleErrors }) => {
    await page.goto('/applications?lang=ja');
    await expect(page.getByRole('navigation', { name: 'メインナビゲーション' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'アプリケーション' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('このブラウザーで組み込みデモ API を起動できませんでした');
    await expect(page.locator('html')).not.toHaveAttribute('data-api', 'ready');
    // The one expected console error: the embedded API saying why it could not start.
    expect(consoleErrors).toEqual([expect.stringContaining('[embedded API] could not start')]);
    consoleErrors.length = 0;
  });
});

test('Reset demo data brings back the sample data on the page being shown', async ({ page }) => {
  await openConsole(page, '/applications', 'en');
  const status = await page.evaluate(async () => {
    const response = await fetch('/api/applications', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Reset me', type: 'SPA' }),
    });
    return response.status;
  });
  expect(status).toBe(200);
  await page.reload();
  await expect(page.getByRole('link', { name: 'Reset me', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Reset demo data' }).click();
  await page.getByRole('dialog', { name: 'Reset demo data?' }).getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByText('Demo data reset')).toBeVisible();
  // No navigation: the list on screen fetches again and shows the seed without the new app.
  await expect(page.getByRole('link', { name: 'Reset me', exact: true })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Acme Storefront', exact: true })).toBeVisible();
});

test('a server error on /console-config says so in Japanese instead of quietly showing the demo API', async ({ page, consoleErrors }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.route('**/console-config', (route) => route.fulfill({ status: 502, contentType: 'text/html', body: '<h1>Bad gateway</h1>' }));
  await page.goto('/applications?lang=ja');

  await expect(page.getByRole('alert')).toContainText('Torii のサーバーが応答しませんでした');
  await expect(page.getByTestId('backend-badge')).not.toHaveText('組み込みデモ API');
  expect(requested).not.toContain('/mockServiceWorker.js');
  // The 502 itself, and the list's /api calls that nothing answers, are logged by the browser.
  expect(consoleErrors.every((line) => line.startsWith('Failed to load resource'))).toBe(true);
  consoleErrors.length = 0;
});
