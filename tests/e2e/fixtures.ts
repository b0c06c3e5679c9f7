import { expect, test as base, type Page } from '@playwright/test';

/**
 * Every end-to-end test fails on a console error or an uncaught exception, so a broken
 * screen cannot pass by accident. `openConsole` also waits for the embedded API to be ready.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens a route in a chosen console language (the `?lang=` query is what the detector reads first). */
export async function openConsole(page: Page, path: string, language: 'en' | 'ja' = 'en') {
  const url = new URL(path, 'http://placeholder');
  url.searchParams.set('lang', language);
  await page.goto(`${url.pathname}${url.search}`);
  await expect(page.getByRole('navigation', { name: language === 'ja' ? 'メインナビゲーション' : 'Main navigation' })).toBeVisible();
  // The shell paints before the embedded API has started; a test may call /api itself right after this.
  // (Connected mode marks the page ready at once.)
  await expect(page.locator('html')).toHaveAttribute('data-api', 'ready');
}
