import type { Locator, Page } from '@playwright/test';
import { expect, openConsole, test } from './fixtures';
import { api } from './support/api';
import { label, type Lang } from './support/labels';

/**
 * The admin's Applications journey in real Chromium over the embedded API: create "Bookstore" from the
 * catalogue, get its App Secret, set its redirect URIs, reload and find everything kept. Japanese first,
 * then the core of it in English, then once with the keyboard alone.
 */
type Secret = { name: string; value: string };

async function createBookstore(page: Page, lang: Lang) {
  await page.getByRole('button', { name: label(lang, 'applications:create.action') }).click();
  const catalogue = page.getByRole('dialog', { name: label(lang, 'applications:create.title') });
  await catalogue.getByRole('button', { name: label(lang, 'applications:types.traditional.label'), exact: true }).click();
  await catalogue.getByRole('button', { name: 'Flask', exact: true }).click();
  const form = page.getByRole('dialog', { name: label(lang, 'applications:create.form_title') });
  await form.getByRole('textbox', { name: label(lang, 'applications:fields.application_name') }).fill('Bookstore');
  await form.getByRole('button', { name: label(lang, 'actions.create'), exact: true }).click();
  await expect(page).toHaveURL(/\/applications\/[0-9a-z]{21}\/quick-start$/);
  await expect(page.getByRole('heading', { name: 'Bookstore', level: 1 })).toBeVisible();
  return /\/applications\/([0-9a-z]{21})\//.exec(page.url())?.[1] ?? '';
}

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Everything the page could have persisted on its own, as text (IndexedDB binary values show up as `{}`). */
async function persistedText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const parts = [JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage }), location.href];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name as string);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const storeName of Array.from(db.objectStoreNames)) {
        const values = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(storeName).objectStore(storeName).getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(request.error);
        });
        parts.push(JSON.stringify(values));
      }
      db.close();
    }
    return parts.join('\n');
  });
}

const uriInput = (scope: Page | Locator, lang: Lang, key: 'redirect_uris' | 'post_sign_out_redirect_uris', index: number) =>
  scope.getByRole('textbox', { name: label(lang, 'applications:uris.entry_label', { label: label(lang, `applications:fields.${key}`), index }), exact: true });

test('ja: create Bookstore from 従来型 Web → Flask, reveal and copy the App Secret, set redirect URIs, reload', async ({ page }) => {
  await openConsole(page, '/applications', 'ja');
  const id = await createBookstore(page, 'ja');
  await expect(page.getByRole('heading', { name: 'SDK をインストールする' })).toBeVisible();
  const [secret] = await api<Secret[]>(page, 'GET', `/applications/${id}/secrets`);
  expect(secret?.name).toBe('Default secret');
  const value = secret?.value ?? 'missing';

  // The guide's code holds the App ID and the endpoint; the secret stays masked until revealed.
  const clientCode = page.getByRole('figure').filter({ hasText: 'LogtoConfig(' });
  await expect(clientCode).toContainText(`appId="${id}"`);
  await expect(clientCode).toContainText('endpoint="http://localhost:3001"');
  await expect(clientCode).toContainText('appSecret="••••••••••••••••"');
  expect(await page.content()).not.toContain(value);

  // Settings: reveal, hide and copy the App Secret from its table.
  await page.getByRole('link', { name: '設定', exact: true }).click();
  const row = page.getByRole('table', { name: 'App Secret' }).getByRole('row').filter({ hasText: 'Default secret' });
  await expect(row).toContainText('••••••••••••••••');
  await row.getByRole('button', { name: '表示', exact: true }).click();
  await expect(row).toContainText(value);
  await row.getByRole('button', { name: '非表示', exact: true }).click();
  await expect(row).not.toContainText(value);
  await row.getByRole('button', { name: 'コピー', exact: true }).click();
  expect(await readClipboard(page)).toBe(value);
  await expect(page.getByTestId('live-region')).toHaveText('クリップボードにコピーしました');
  expect(await page.content()).not.toContain(value);

  // Redirect URIs: a bad one is refused while typing, then the real ones are saved.
  const redirects = page.getByRole('group', { name: 'リダイレクト URI', exact: true });
  await redirects.getByRole('button', { name: 'URI を追加' }).click();
  await uriInput(page, 'ja', 'redirect_uris', 1).fill('localhost:3000/callback');
  await expect(redirects.getByRole('alert')).toHaveText('http:// または https:// で始まるアドレスを入力してください。');
  await uriInput(page, 'ja', 'redirect_uris', 1).fill('http://localhost:3000/callback');
  await expect(redirects.getByRole('alert')).toHaveCount(0);
  const postSignOut = page.getByRole('group', { name: 'サインアウト後のリダイレクト URI' });
  await postSignOut.getByRole('button', { name: 'URI を追加' }).click();
  await uriInput(page, 'ja', 'post_sign_out_redirect_uris', 1).fill('http://localhost:3000/');
  await page.getByRole('region', { name: '未保存の変更' }).getByRole('button', { name: '変更を保存' }).click();
  await expect(page.getByRole('region', { name: '未保存の変更' })).toHaveCount(0);

  await page.reload();
  await expect(uriInput(page, 'ja', 'redirect_uris', 1)).toHaveValue('http://localhost:3000/callback');
  await expect(uriInput(page, 'ja', 'post_sign_out_redirect_uris', 1)).toHaveValue('http://localhost:3000/');
  await page.getByRole('link', { name: 'クイックスタート', exact: true }).click();
  await expect(page.getByRole('figure').filter({ hasText: 'async def sign_in' })).toContainText('redirectUri="http://localhost:3000/callback"');

  expect(await persistedText(page)).not.toContain(value);
});

test('en: create Bookstore, save the suggested URIs from the guide, copy working code, reload', async ({ page }) => {
  await openConsole(page, '/applications', 'en');
  const id = await createBookstore(page, 'en');
  const editor = page.getByRole('form', { name: 'Redirect URIs for this guide' });
  await expect(uriInput(editor, 'en', 'redirect_uris', 1)).toHaveValue('http://localhost:3000/callback');
  await editor.getByRole('button', { name: 'Save redirect URIs' }).click();
  await expect(editor.getByText('Saved', { exact: true })).toBeVisible();

  const [secret] = await api<Secret[]>(page, 'GET', `/applications/${id}/secrets`);
  const value = secret?.value ?? 'missing';
  const clientCode = page.getByRole('figure').filter({ hasText: 'LogtoConfig(' });
  await clientCode.getByRole('button', { name: 'Copy', exact: true }).click();
  const copied = await readClipboard(page);
  expect(copied).toContain(`appSecret="${value}"`);
  expect(copied).toContain(`appId="${id}"`);
  await clientCode.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(clientCode).toContainText(`appSecret="${value}"`);
  await clientCode.getByRole('button', { name: 'Hide', exact: true }).click();
  expect(await page.content()).not.toContain(value);

  await page.reload();
  await expect(uriInput(page.getByRole('form', { name: 'Redirect URIs for this guide' }), 'en', 'redirect_uris', 1)).toHaveValue(
    'http://localhost:3000/callback',
  );
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(uriInput(page, 'en', 'post_sign_out_redirect_uris', 1)).toHaveValue('http://localhost:3000/');

  // Back in the list, the new app is found through the server-side search.
  await page.getByRole('link', { name: 'Applications', exact: true }).first().click();
  await page.getByRole('searchbox', { name: 'Search applications by name or App ID' }).fill('books');
  await expect(page).toHaveURL(/\?search=books$/);
  await expect(page.getByRole('table', { name: 'Applications' }).getByRole('row')).toHaveCount(2);
  await page.reload();
  await expect(page.getByRole('link', { name: 'Bookstore', exact: true })).toBeVisible();
});

/** Presses Tab until `target` has focus: proves it is reachable with the keyboard alone. */
async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let step = 0; step < limit; step += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Could not reach the element with Tab');
}

test('en, keyboard only: create an app, reveal its secret and save a redirect URI', async ({ page }) => {
  await openConsole(page, '/applications', 'en');
  await tabTo(page, page.getByRole('button', { name: 'Create application' }));
  await page.keyboard.press('Enter');
  const catalogue = page.getByRole('dialog', { name: 'Create application' });
  // Escape closes the catalogue and hands focus back to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(catalogue).toBeHidden();
  await expect(page.getByRole('button', { name: 'Create application' })).toBeFocused();
  await page.keyboard.press('Enter');
  await tabTo(page, catalogue.getByRole('button', { name: 'Flask', exact: true }));
  await page.keyboard.press('Enter');
  const name = page.getByRole('textbox', { name: 'Application name' });
  await tabTo(page, name);
  await page.keyboard.type('Keyboard shop');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Keyboard shop', level: 1 })).toBeVisible();

  await tabTo(page, page.getByRole('link', { name: 'Settings', exact: true }));
  await page.keyboard.press('Enter');
  const row = page.getByRole('table', { name: 'App Secret' }).getByRole('row').filter({ hasText: 'Default secret' });
  await tabTo(page, row.getByRole('button', { name: 'Show', exact: true }));
  await page.keyboard.press('Enter');
  await expect(row.getByRole('button', { name: 'Hide', exact: true })).toBeFocused();

  const redirects = page.getByRole('group', { name: 'Redirect URIs', exact: true });
  await tabTo(page, redirects.getByRole('button', { name: 'Add URI' }));
  await page.keyboard.press('Enter');
  await expect(uriInput(page, 'en', 'redirect_uris', 1)).toBeFocused();
  await page.keyboard.type('https://shop.example.com/callback');
  await tabTo(page, page.getByRole('button', { name: 'Save changes' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Unsaved changes' })).toHaveCount(0);
  await page.reload();
  await expect(uriInput(page, 'en', 'redirect_uris', 1)).toHaveValue('https://shop.example.com/callback');
});
