import type { Page } from '@playwright/test';
import { expect, openConsole, test } from '../fixtures';
import { api } from '../support/api';
import { label } from '../support/labels';
import { watchLeaks } from './leaks';

/**
 * A secret never lands in localStorage, sessionStorage, IndexedDB (in plaintext), Cache Storage, cookies,
 * history state, a URL or the console, after each secret action and after a reload.
 */
const PARTNER_PORTAL = 'p7c2k9x4m1w8r5t3v6b0q';
/** A connector's own page (the guided setup lives under /connectors/social/new/). */
const CONNECTOR_DETAILS = /\/connectors\/(?!social\/)[\w-]+$/;
type Secret = { name: string; value: string };

/** A form control by its label; the label may also hold a tooltip button whose name repeats it. */
const control = (page: Page, name: string) => page.getByLabel(name).and(page.locator('input, textarea'));

const secretValues = async (page: Page, applicationId: string) =>
  (await api<Secret[]>(page, 'GET', `/applications/${applicationId}/secrets`)).map((secret) => secret.value);

async function openPartnerPortal(page: Page) {
  await openConsole(page, `/applications/${PARTNER_PORTAL}/settings`, 'en');
  await expect(page.getByRole('heading', { name: 'Partner Portal' })).toBeVisible();
}

test('the leak check reads the embedded store: its snapshot is there, encrypted', async ({ page }) => {
  const leaks = watchLeaks(page);
  await openPartnerPortal(page);
  // A change makes the embedded API write its snapshot.
  await api(page, 'PATCH', `/applications/${PARTNER_PORTAL}`, { description: 'Leak check' });
  const stores = await leaks.snapshot();
  expect(stores.indexedDB).toContain('torii-embedded-api/state');
  expect(stores.indexedDB).toMatch(/snapshot/);
  expect(stores.indexedDB).toContain('CryptoKey(AES-GCM, extractable=false)');
  // Plain data of the store (an app name) is not readable either: the snapshot is ciphertext.
  expect(stores.indexedDB).not.toContain('Partner Portal');
  await leaks.expectNoLeak(await secretValues(page, PARTNER_PORTAL), 'writing the snapshot');
});

test('App Secret: show, copy and hide leave no trace', async ({ page }) => {
  const leaks = watchLeaks(page);
  await openPartnerPortal(page);
  const secrets = await secretValues(page, PARTNER_PORTAL);
  const [first] = secrets;
  if (!first) throw new Error('Partner Portal has no secret in the seed');

  const table = page.getByRole('table').filter({ hasText: 'Default secret' });
  await table.getByRole('button', { name: label('en', 'secret.show') }).first().click();
  await expect(page.getByText(first, { exact: true })).toBeVisible();
  await leaks.expectNoLeak(secrets, 'Show');

  await table.getByRole('button', { name: label('en', 'copy.action') }).first().click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(first);
  await leaks.expectNoLeak(secrets, 'Copy');

  await table.getByRole('button', { name: label('en', 'secret.hide') }).first().click();
  await expect(page.getByText(first, { exact: true })).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Partner Portal' })).toBeVisible();
  await leaks.expectNoLeak(secrets, 'Hide and reload');
});

test('App Secret: add, rename and delete leave no trace', async ({ page }) => {
  const leaks = watchLeaks(page);
  await openPartnerPortal(page);
  const before = await secretValues(page, PARTNER_PORTAL);

  await page.getByRole('button', { name: label('en', 'applications:secrets.add') }).click();
  const add = page.getByRole('dialog', { name: label('en', 'applications:secrets.add_title') });
  await add.getByRole('textbox', { name: label('en', 'applications:secrets.name') }).fill('rotation-2026');
  await add.getByRole('button', { name: label('en', 'applications:secrets.add') }).click();
  await expect(add).toBeHidden();
  const after = await secretValues(page, PARTNER_PORTAL);
  const created = after.filter((value) => !before.includes(value));
  expect(created).toHaveLength(1);
  await leaks.expectNoLeak(after, 'Add secret');

  await page.getByRole('button', { name: label('en', 'applications:secrets.rename_named', { name: 'rotation-2026' }) }).click();
  const rename = page.getByRole('dialog', { name: label('en', 'applications:secrets.rename_title', { name: 'rotation-2026' }) });
  await rename.getByRole('textbox', { name: label('en', 'applications:secrets.name') }).fill('rotation-2026-b');
  await rename.getByRole('button', { name: label('en', 'applications:secrets.rename') }).click();
  await expect(page.getByRole('rowheader', { name: 'rotation-2026-b' })).toBeVisible();
  await leaks.expectNoLeak(after, 'Rename secret');

  await page.getByRole('button', { name: label('en', 'applications:secrets.delete_named', { name: 'ci-deploy' }) }).click();
  const remove = page.getByRole('dialog', { name: label('en', 'applications:secrets.delete_title', { name: 'ci-deploy' }) });
  await remove.getByRole('button', { name: label('en', 'applications:secrets.delete') }).click();
  await expect(page.getByRole('rowheader', { name: 'ci-deploy' })).toBeHidden();
  await page.reload();
  await expect(page.getByRole('rowheader', { name: 'rotation-2026-b' })).toBeVisible();
  await leaks.expectNoLeak(after, 'Delete secret and reload');
});

test('a new Traditional web app: its generated secret and quick start leave no trace', async ({ page }) => {
  const leaks = watchLeaks(page);
  await openConsole(page, '/applications', 'ja');
  await page.getByRole('button', { name: label('ja', 'applications:create.action') }).click();
  await page.getByRole('button', { name: 'Flask' }).click();
  await page.getByRole('textbox', { name: label('ja', 'applications:fields.application_name') }).fill('Leak test shop');
  await page.getByRole('button', { name: label('ja', 'actions.create') }).click();
  await expect(page).toHaveURL(/\/quick-start$/);
  const id = /\/applications\/([^/]+)\/quick-start/.exec(page.url())?.[1] ?? '';
  const secrets = await secretValues(page, id);
  expect(secrets.length).toBeGreaterThan(0);
  await leaks.expectNoLeak(secrets, 'Create application and open its quick start');
});

test('connector secrets: typed, shown, saved, then changed on details leave no trace', async ({ page }) => {
  const leaks = watchLeaks(page);
  const first = 'patreon-secret-canary-7f3a9c1e';
  const second = 'patreon-secret-canary-2b8d4f60';
  await openConsole(page, '/connectors/social/new/patreon-universal', 'en');
  await page.getByRole('textbox', { name: label('en', 'connectors:field_text.patreon-universal.clientId.label') }).fill('patreon-client-id');
  const secretField = control(page, label('en', 'connectors:field_text.patreon-universal.clientSecret.label'));
  await secretField.fill(first);
  await page.getByRole('button', { name: label('en', 'secret.show') }).first().click();
  await leaks.expectNoLeak([first], 'type and show a client secret');

  await page.getByRole('button', { name: label('en', 'connectors:create.save') }).click();
  await expect(page).toHaveURL(CONNECTOR_DETAILS);
  await leaks.expectNoLeak([first], 'Save and done');

  const onDetails = control(page, label('en', 'connectors:field_text.patreon-universal.clientSecret.label'));
  await onDetails.fill(second);
  await page.getByRole('button', { name: label('en', 'actions.save_changes') }).click();
  await expect(page.getByText(label('en', 'connectors:details.saved'))).toBeVisible();
  await page.reload();
  await expect(page.getByText(label('en', 'connectors:fields.connector_id'), { exact: true })).toBeVisible();
  await leaks.expectNoLeak([first, second], 'change the secret, save and reload');
});

test('Alipay: a generated private key, saved, leaves no trace', async ({ page }) => {
  const leaks = watchLeaks(page);
  await openConsole(page, '/connectors/social/new/alipay-web', 'en');
  await page.getByRole('textbox', { name: label('en', 'connectors:field_text.alipay-web.appId.label') }).fill('2021000000000000');
  await page.getByRole('button', { name: label('en', 'connectors:alipay_key.generate') }).click();
  await expect(page.getByText(label('en', 'connectors:alipay_key.generated'))).toBeVisible();
  // Masked by default: Show puts the key in the field, where it can be read.
  await page.getByRole('button', { name: label('en', 'secret.show') }).first().click();
  const pem = await control(page, label('en', 'connectors:field_text.alipay-web.privateKey.label')).inputValue();
  // A stretch of the key body is what a leak would contain, whatever the line breaks around it.
  const body = pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
  expect(body.length).toBeGreaterThan(1000);
  const fragments = [body.slice(100, 160), body.slice(800, 860)];
  await leaks.expectNoLeak(fragments, 'Generate key pair and Show');

  await page.getByRole('button', { name: label('en', 'connectors:create.save') }).click();
  await expect(page).toHaveURL(CONNECTOR_DETAILS);
  await page.reload();
  await expect(page.getByText(label('en', 'connectors:fields.connector_id'), { exact: true })).toBeVisible();
  await leaks.expectNoLeak(fragments, 'Save and done, reload');
});
