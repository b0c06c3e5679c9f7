import type { Page } from '@playwright/test';
import { expect, openConsole, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './support/axe';
import { label, LANGS, type Lang } from './support/labels';

/**
 * Connectors in real Chromium, Japanese first: add Alipay (Web) with a key pair made in the browser and
 * Patreon, check each redirect URI against the tenant endpoint and the shown connector ID, edit, delete.
 */
const l = (lang: Lang, key: string, values?: Record<string, string | number>) => label(lang, `connectors:${key}`, values);

async function tenantEndpoint(page: Page): Promise<string> {
  const response = await page.request.get('/console-config');
  return ((await response.json()) as { tenantEndpoint: string }).tenantEndpoint;
}

/** The value next to a term of the details' fact list ("Redirect URI", "Connector ID"). */
const fact = (page: Page, term: string) => page.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');

/** Closes toasts before axe runs: a toast caught mid-fade has blended colours that axe misreads. */
async function checkA11y(page: Page, context: string) {
  const toasts = page.locator('[data-sonner-toast]');
  for (const close of await toasts.getByRole('button').all()) await close.click().catch(() => undefined);
  await expect(toasts).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, context);
}

async function openCatalogue(page: Page, lang: Lang) {
  await page.getByRole('button', { name: l(lang, 'add') }).first().click();
  return page.getByRole('dialog', { name: l(lang, 'add') });
}

/** On a details page: the redirect URI is exactly `<tenant endpoint>/callback/<shown connector ID>`, and Copy copies it. */
async function expectRedirectUri(page: Page, lang: Lang) {
  const id = (await fact(page, l(lang, 'fields.connector_id')).innerText()).trim();
  expect(id).toMatch(/^[0-9a-z]{12}$/);
  const uri = fact(page, l(lang, 'fields.redirect_uri'));
  const expected = new URL(`/callback/${id}`, await tenantEndpoint(page)).toString();
  await expect(uri).toHaveText(expected);
  await uri.getByRole('button', { name: label(lang, 'copy.named', { name: l(lang, 'fields.redirect_uri') }) }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  return id;
}

async function addAlipay(page: Page, lang: Lang) {
  const dialog = await openCatalogue(page, lang);
  await dialog.getByRole('button', { name: 'Alipay (Web)', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: l(lang, 'create.title', { name: 'Alipay (Web)' }) })).toBeVisible();
  const form = page.getByRole('form', { name: l(lang, 'create.config_title') });
  await form.getByLabel('App ID').fill('2021000000000000');
  await form.getByRole('button', { name: l(lang, 'alipay_key.generate') }).click();
  const publicKey = form.getByLabel(l(lang, 'alipay_key.public_key'));
  await expect(publicKey).toHaveValue(/^MIIBIjAN[A-Za-z0-9+/]+=*$/, { timeout: 20_000 });
  // The generated private key stays masked until "Show".
  await expect(form.getByLabel(l(lang, 'field_text.alipay-web.privateKey.label'))).toHaveValue('••••••••••••••••');
  await expect(page.getByText('-----BEGIN PRIVATE KEY-----')).toHaveCount(0);
  await form.getByRole('button', { name: l(lang, 'create.save') }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Alipay (Web)', exact: true })).toBeVisible();
  return expectRedirectUri(page, lang);
}

async function addPatreon(page: Page, lang: Lang) {
  const dialog = await openCatalogue(page, lang);
  await dialog.getByRole('button', { name: 'Patreon', exact: true }).click();
  const form = page.getByRole('form', { name: l(lang, 'create.config_title') });
  await form.getByLabel(l(lang, 'field_text.patreon-universal.clientId.label')).fill('patreon-client-e2e');
  await form.getByLabel(l(lang, 'field_text.patreon-universal.clientSecret.label')).fill('patreon-secret-e2e');
  await form.getByRole('button', { name: l(lang, 'create.save') }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Patreon', exact: true })).toBeVisible();
  return expectRedirectUri(page, lang);
}

for (const lang of LANGS) {
  test(`${lang}: add Alipay (Web) and Patreon, edit one, delete both`, async ({ page }) => {
    await openConsole(page, '/connectors/social', lang);
    await expect(page.getByText(l(lang, 'list.empty_title'))).toBeVisible();

    const alipayId = await addAlipay(page, lang);
    await page.getByRole('link', { name: l(lang, 'back_to_list') }).click();
    const patreonId = await addPatreon(page, lang);

    // Edit: "Save changes" from the sticky bar.
    const form = page.getByRole('form', { name: l(lang, 'details.config_title') });
    await form.getByLabel(l(lang, 'field_text.patreon-universal.clientId.label')).fill('patreon-client-e2e-2');
    await page.getByRole('button', { name: label(lang, 'actions.save_changes') }).click();
    await expect(page.getByText(l(lang, 'details.saved'))).toBeVisible();
    await page.reload();
    await expect(form.getByLabel(l(lang, 'field_text.patreon-universal.clientId.label'))).toHaveValue('patreon-client-e2e-2');

    await page.getByRole('link', { name: l(lang, 'back_to_list') }).click();
    const table = page.getByRole('table', { name: l(lang, 'list.caption') });
    await expect(table.getByRole('link', { name: 'Alipay (Web)' })).toHaveAttribute('href', `/connectors/${alipayId}`);
    await expect(table.getByRole('link', { name: 'Patreon' })).toHaveAttribute('href', `/connectors/${patreonId}`);

    for (const name of ['Alipay (Web)', 'Patreon']) {
      await table.getByRole('link', { name }).click();
      await page.getByRole('button', { name: l(lang, 'details.delete') }).click();
      const dialog = page.getByRole('dialog', { name: l(lang, 'details.delete_title', { name }) });
      await dialog.getByRole('button', { name: label(lang, 'actions.delete') }).click();
      await expect(page.getByText(l(lang, 'details.deleted', { name }))).toBeVisible();
    }
    await expect(page.getByText(l(lang, 'list.empty_title'))).toBeVisible();
  });
}

test('en: keyboard only, from the list to a saved Patreon connector', async ({ page }) => {
  await openConsole(page, '/connectors/social', 'en');
  // The button is disabled until the list has loaded; focusing it earlier lets Enter do nothing.
  await expect(page.getByRole('button', { name: 'Add social connector' }).first()).toBeEnabled();
  await page.getByRole('button', { name: 'Add social connector' }).first().focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Add social connector' });
  await expect(dialog.getByRole('searchbox', { name: 'Search connectors' })).toBeFocused();
  await page.keyboard.type('patreon');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Patreon', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: 'Settings' });
  await form.getByLabel('Client ID').focus();
  await page.keyboard.type('kb-client');
  await page.keyboard.press('Tab');
  await page.keyboard.type('kb-secret');
  await form.getByRole('button', { name: 'Save and done' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Patreon', exact: true })).toBeVisible();
});

for (const lang of LANGS) {
  for (const theme of ['light', 'dark'] as const) {
    test(`${lang}, ${theme}: no serious accessibility violation on the connector screens`, async ({ page }) => {
      await page.addInitScript((value) => localStorage.setItem('torii.theme', value), theme);
      await openConsole(page, '/connectors/social', lang);
      await expect(page.getByText(l(lang, 'list.empty_title'))).toBeVisible();
      await checkA11y(page, `${lang} ${theme} empty list`);
      const dialog = await openCatalogue(page, lang);
      await expect(dialog.getByRole('button', { name: 'Patreon', exact: true })).toBeVisible();
      await checkA11y(page, `${lang} ${theme} catalogue`);
      await dialog.getByRole('button', { name: 'Patreon', exact: true }).click();
      await expect(page.getByRole('form', { name: l(lang, 'create.config_title') })).toBeVisible();
      await checkA11y(page, `${lang} ${theme} guided setup`);
      await page.goto(`/connectors/social/new/alipay-web?lang=${lang}`);
      await page.getByRole('button', { name: l(lang, 'alipay_key.generate') }).click();
      await expect(page.getByLabel(l(lang, 'alipay_key.public_key'))).toBeVisible({ timeout: 20_000 });
      await page.getByLabel('App ID').fill('2021');
      await page.getByRole('button', { name: l(lang, 'create.save') }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Alipay (Web)', exact: true })).toBeVisible();
      await checkA11y(page, `${lang} ${theme} details`);
      await page.getByRole('button', { name: l(lang, 'details.open_guide') }).click();
      await expect(page.getByRole('dialog', { name: l(lang, 'guide.title') })).toBeVisible();
      await checkA11y(page, `${lang} ${theme} guide panel`);
      await page.keyboard.press('Escape');
      await page.getByRole('link', { name: l(lang, 'back_to_list') }).click();
      await expect(page.getByRole('table')).toBeVisible();
      await checkA11y(page, `${lang} ${theme} list`);
    });
  }
}

/** A factory README written to attack the console. */
const CRAFTED_README = [
  '# Crafted provider',
  '',
  '<script>window.__pwned = "script"</script>',
  '',
  '<img src="x" onerror="window.__pwned = \'img\'">',
  '',
  '[Click me](javascript:window.__pwned="link") · [Data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) · [Docs](https://example.com/docs)',
].join('\n');

const craftedFactory = {
  id: 'crafted-universal',
  type: 'Social',
  isDemo: false,
  target: 'crafted',
  platform: 'Universal',
  name: { en: 'Crafted' },
  description: { en: 'A factory whose README attacks the console' },
  logo: 'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=',
  logoDark: null,
  readme: CRAFTED_README,
  formItems: [{ type: 'Text', key: 'clientId', label: 'Client ID', required: true }],
};

test('a crafted factory README runs nothing', async ({ page }) => {
  // The embedded API's service worker answers /api itself, out of page.route's reach; so this test plays a
  // connected backend instead: /console-config says "connected" and page.route answers the three calls.
  await page.route('**/console-config', (route) =>
    route.fulfill({ json: { mode: 'connected', tenantEndpoint: 'https://auth.example.test', problem: null } }),
  );
  await page.route('**/api/**', (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === '/api/connector-factories') return route.fulfill({ json: [craftedFactory] });
    if (pathname === '/api/connector-factories/crafted-universal') return route.fulfill({ json: craftedFactory });
    if (pathname === '/api/connectors') return route.fulfill({ json: [] });
    return route.fulfill({ status: 404, json: { code: 'entity.not_found', message: `No ${pathname} in this test` } });
  });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  await openConsole(page, '/connectors/social/new/crafted-universal', 'en');
  const guide = page.getByRole('region', { name: 'Connector guide' });
  await expect(guide.getByRole('heading', { name: /Crafted provider/ })).toBeVisible();
  await expect(guide.locator('script, iframe, object, embed, img, [onerror], [onclick]')).toHaveCount(0);
  for (const name of ['Click me', 'Data']) {
    await expect(guide.getByRole('link', { name })).toHaveCount(0);
    await guide.getByText(name, { exact: true }).click();
  }
  expect(await guide.innerHTML()).not.toMatch(/javascript:|data:text/i);
  const docs = guide.getByRole('link', { name: /^Docs/ });
  await expect(docs).toHaveAttribute('target', '_blank');
  await expect(docs).toHaveAttribute('rel', 'noopener noreferrer');
  expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  // The redirect URI is built from the tenant endpoint the backend reports.
  await expect(fact(page, 'Redirect URI')).toHaveText(/^https:\/\/auth\.example\.test\/callback\/[0-9a-z]{12}$/);
});
