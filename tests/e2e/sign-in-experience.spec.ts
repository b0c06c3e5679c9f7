import AxeBuilder from '@axe-core/playwright';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openConsole, test } from './fixtures';

const PAGE = '/sign-in-experience/sign-up-and-sign-in';
const SHOTS = '/tmp/shots-sie';
mkdirSync(SHOTS, { recursive: true });

/** Configures Alipay (Web) and Patreon through the embedded API, as the Connectors page would. */
async function createSocialConnectors(page: Page) {
  const { privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const statuses = await page.evaluate(async (pem) => {
    const post = (body: unknown) =>
      fetch('/api/connectors', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const alipay = await post({ connectorId: 'alipay-web', config: { appId: '2021000000000000', privateKey: pem, signType: 'RSA2' } });
    const patreon = await post({ connectorId: 'patreon-universal', config: { clientId: 'e2e-client', clientSecret: 'e2e-secret' } });
    return [alipay.status, patreon.status];
  }, privateKey);
  expect(statuses).toEqual([200, 200]);
}

const listedNames = async (page: Page) => {
  const list = page.getByRole('list', { name: 'ソーシャルサインインのボタン（表示順）' });
  const labels = await list.getByRole('button', { name: /を削除$/ }).evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label')));
  return labels.map((label) => label?.replace(/ を削除$/, ''));
};

const expectNoSeriousViolations = async (page: Page) => {
  const results = await new AxeBuilder({ page }).include('main').analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
};

// Tall enough to show the whole tab at once: full-page captures repeat the sticky header mid-image.
test.use({ viewport: { width: 1280, height: 1500 } });

test('social-only sign-in in Japanese: Not applicable, Patreon above Alipay (Web), saved and reloaded', async ({ page }) => {
  await openConsole(page, PAGE, 'ja');
  await createSocialConnectors(page);
  await page.reload();

  await page.getByRole('radio', { name: '該当なし' }).check();
  const preview = page.getByRole('figure', { name: 'サインインページのプレビュー' });
  // Sign-up only: the sign-in methods stay, so the end user's page still asks for a username and password.
  await expect(preview.getByText('ユーザー名', { exact: true })).toBeVisible();
  await expect(preview.getByText('パスワード', { exact: true })).toBeVisible();

  for (const name of [/Alipay \(Web\)/, /Patreon/]) {
    await page.getByRole('button', { name: 'ソーシャルコネクターを追加' }).click();
    await page.getByRole('dialog', { name: 'ソーシャルコネクターを追加' }).getByRole('button', { name }).click();
  }
  expect(await listedNames(page)).toEqual(['Alipay (Web)', 'Patreon']);

  // Patreon to the top with dnd-kit's keyboard sensor: pick up, arrow up, drop.
  // Each step waits for dnd-kit's own (localised) announcement: it measures the rows between keys.
  const dndStatus = page.locator('[id^="DndLiveRegion"]');
  await page.getByRole('button', { name: 'Patreon を並べ替え' }).focus();
  await page.keyboard.press('Space');
  await expect(dndStatus).toHaveText('Patreon を持ち上げました。2 件中 2 番目です。');
  // dnd-kit announces the pick-up before its keyboard listeners are attached; on a loaded machine the
  // first arrow can land in between. Arrow up again until it moves (it cannot move above the top).
  await expect(async () => {
    await page.keyboard.press('ArrowUp');
    await expect(dndStatus).toHaveText('Patreon は 2 件中 1 番目にあります。', { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await page.keyboard.press('Space');
  await expect(dndStatus).toHaveText('Patreon を 2 件中 1 番目に置きました。');
  await expect.poll(() => listedNames(page)).toEqual(['Patreon', 'Alipay (Web)']);

  const buttons = preview.getByRole('listitem');
  await expect(buttons).toHaveText(['Patreon で続行', 'Alipay (Web) で続行']);
  await expectNoSeriousViolations(page);
  await page.screenshot({ path: `${SHOTS}/ja-light-desktop-dirty.png` });

  await page.getByRole('region', { name: '未保存の変更' }).getByRole('button', { name: '変更を保存' }).click();
  const dialog = page.getByRole('dialog', { name: '変更内容の確認' });
  await expect(dialog).toContainText('サインアップ識別子: ユーザー名 → 該当なし');
  await expect(dialog).toContainText('追加: Patreon、Alipay (Web)');
  await page.screenshot({ path: `${SHOTS}/ja-light-confirm.png` });
  await dialog.getByRole('button', { name: '変更を保存' }).click();
  await expect(page.getByText('サインイン体験を保存しました')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('radio', { name: '該当なし' })).toBeChecked();
  await expect.poll(() => listedNames(page)).toEqual(['Patreon', 'Alipay (Web)']);
  await expect(buttons).toHaveText(['Patreon で続行', 'Alipay (Web) で続行']);

  // The preview's language is its own: the console stays Japanese.
  await page.getByRole('radiogroup', { name: 'プレビューの言語' }).getByRole('radio', { name: 'English' }).check();
  await expect(buttons.first()).toHaveText('Continue with Patreon');
  await expect(buttons).toHaveText(['Continue with Patreon', 'Continue with Alipay (Web)']);
  await expect(page.getByRole('heading', { name: 'ソーシャルサインイン' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/ja-light-desktop-preview-en.png` });
});

test('dark theme and mobile preview in English stay readable and accessible', async ({ page }) => {
  await openConsole(page, PAGE, 'en');
  await createSocialConnectors(page);
  await page.reload();
  await page.getByRole('button', { name: 'Add social connector' }).click();
  await page.getByRole('dialog', { name: 'Add social connector' }).getByRole('button', { name: /Patreon/ }).click();
  await page.getByRole('button', { name: 'Add social connector' }).click();
  await page.screenshot({ path: `${SHOTS}/en-light-add-dialog.png` });
  await page.getByRole('dialog', { name: 'Add social connector' }).getByRole('button', { name: /Alipay/ }).click();

  const preview = page.getByRole('figure', { name: 'Sign-in page preview' });
  await expect(preview.getByRole('listitem')).toHaveText(['Continue with Patreon', 'Continue with Alipay (Web)']);
  await expect(preview.getByText('Username')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/en-light-desktop.png` });

  await page.getByRole('radiogroup', { name: 'Preview width' }).getByRole('radio', { name: 'Mobile' }).check();
  await page.getByRole('radiogroup', { name: 'Preview theme' }).getByRole('radio', { name: 'Dark' }).check();
  await page.getByRole('radiogroup', { name: 'Preview language' }).getByRole('radio', { name: '日本語' }).check();
  await expect(preview.getByRole('listitem')).toHaveText(['Patreon で続行', 'Alipay (Web) で続行']);
  await page.screenshot({ path: `${SHOTS}/en-light-mobile-preview-dark-ja.png` });

  await page.getByRole('radiogroup', { name: 'Theme', exact: true }).getByRole('radio', { name: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoSeriousViolations(page);
  await page.screenshot({ path: `${SHOTS}/en-dark-mobile.png` });
  await page.getByRole('radiogroup', { name: 'Preview width' }).getByRole('radio', { name: 'Desktop' }).check();
  await page.screenshot({ path: `${SHOTS}/en-dark-desktop.png` });

  await page.getByRole('radio', { name: '日本語', exact: true }).first().click();
  await expect(page.getByRole('heading', { name: 'ソーシャルサインイン' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/ja-dark-desktop.png` });
});
