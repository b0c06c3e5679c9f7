import { expect, openConsole, test } from './fixtures';

/*
 * Vite's dev server loads each module on demand, after the embedded API's service worker has started.
 * Every area must still load all of its code: a failed module shows the route's error page instead.
 */
const areas = [
  { path: '/applications', en: 'Applications', ja: 'アプリケーション' },
  { path: '/connectors/social', en: 'Connectors', ja: 'コネクター' },
  { path: '/sign-in-experience', en: 'Sign-in experience', ja: 'サインイン体験' },
] as const;

for (const language of ['en', 'ja'] as const) {
  test(`${language}: npm run dev serves every area with the embedded API`, async ({ page }) => {
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${new URL(response.url()).pathname}`);
    });
    for (const area of areas) {
      await openConsole(page, area.path, language);
      await expect(page.getByRole('heading', { level: 1, name: area[language] })).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);
    }
    expect(failed).toEqual([]);
  });
}
