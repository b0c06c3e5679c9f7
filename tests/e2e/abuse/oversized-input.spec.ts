import type { Locator, Page } from '@playwright/test';
import { expect, openConsole, test } from '../fixtures';
import { apiCalls, installFaults } from '../support/faults';
import { label } from '../support/labels';

/**
 * Huge input is refused cleanly: pasted for real (clipboard + Ctrl+V), the field says what is wrong, no
 * request is sent, and the page stays responsive. A test fails on any console error (fixtures.ts).
 */
const ONE_MB = 'x'.repeat(1_000_000);
const LONG_NAME = 'n'.repeat(10_000);
const en = (key: string, values?: Record<string, string | number>) => label('en', key, values);
const PARTNER_PORTAL = 'p7c2k9x4m1w8r5t3v6b0q';

async function paste(page: Page, field: Locator, text: string) {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await field.focus();
  await page.keyboard.press('ControlOrMeta+V');
}

async function openCreateForm(page: Page) {
  await openConsole(page, '/applications', 'en');
  await page.getByRole('button', { name: en('applications:create.action') }).click();
  await page.getByRole('button', { name: 'Flask' }).click();
  return page.getByRole('dialog', { name: en('applications:create.form_title') });
}

/**
 * Refused next to the field, by the console or by the server: the field is marked invalid and its error
 * text, wired through aria-describedby, is on screen.
 */
async function expectFieldRefused(field: Locator) {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  const described = (await field.getAttribute('aria-describedby')) ?? '';
  const messages = await Promise.all(
    described.split(' ').filter(Boolean).map((id) => field.page().locator(`[id="${id}"]`).innerText().catch(() => '')),
  );
  expect(messages.join(' ').trim(), 'an error message tied to the field').not.toBe('');
}

/** Still usable: the field can be cleared and typed into again. */
async function expectResponsive(field: Locator) {
  await field.fill('');
  await field.pressSequentially('ok');
  await expect(field).toHaveValue('ok');
}

test('a 10 000-character application name is refused in the create form', async ({ page }) => {
  await installFaults(page);
  const form = await openCreateForm(page);
  const name = form.getByRole('textbox', { name: en('applications:fields.application_name') });
  await paste(page, name, LONG_NAME);
  await form.getByRole('button', { name: en('actions.create'), exact: true }).click();
  await expect(form.getByText(en('applications:validation.name_too_long'))).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  expect(await apiCalls(page, { method: 'POST' })).toEqual([]);
  await expectResponsive(name);
});

test('a 10 000-character application name is refused in settings', async ({ page }) => {
  await installFaults(page);
  await openConsole(page, `/applications/${PARTNER_PORTAL}/settings`, 'en');
  const name = page.getByRole('textbox', { name: en('applications:fields.application_name'), exact: true });
  await name.fill('');
  await paste(page, name, LONG_NAME);
  await page.getByRole('region', { name: en('save_bar.label') }).getByRole('button', { name: en('actions.save_changes') }).click();
  await expect(page.getByText(en('applications:validation.name_too_long'))).toBeVisible();
  expect(await apiCalls(page, { method: 'PATCH' })).toEqual([]);
  await expectResponsive(name);
});

test('1 MB pasted into the application description is refused', async ({ page }) => {
  await installFaults(page);
  const form = await openCreateForm(page);
  await form.getByRole('textbox', { name: en('applications:fields.application_name') }).fill('Big description');
  const description = form.getByRole('textbox', { name: en('applications:fields.description') });
  await paste(page, description, ONE_MB);
  await form.getByRole('button', { name: en('actions.create'), exact: true }).click();
  await expectFieldRefused(description);
  await expect(form).toBeVisible();
  await expectResponsive(description);
});

test('1 MB pasted into an App Secret name is refused', async ({ page }) => {
  await installFaults(page);
  await openConsole(page, `/applications/${PARTNER_PORTAL}/settings`, 'en');
  await page.getByRole('button', { name: en('applications:secrets.add') }).click();
  const dialog = page.getByRole('dialog', { name: en('applications:secrets.add_title') });
  const name = dialog.getByRole('textbox', { name: en('applications:secrets.name') });
  await paste(page, name, ONE_MB);
  await dialog.getByRole('button', { name: en('applications:secrets.add') }).click();
  await expect(dialog.getByText(en('applications:validation.secret_name_too_long'))).toBeVisible();
  expect(await apiCalls(page, { method: 'POST' })).toEqual([]);
  await expectResponsive(name);
});

test('1 MB pasted into a connector setting is refused', async ({ page }) => {
  await installFaults(page);
  await openConsole(page, '/connectors/social/new/patreon-universal', 'en');
  const clientId = page.getByRole('textbox', { name: en('connectors:field_text.patreon-universal.clientId.label') });
  await paste(page, clientId, ONE_MB);
  await page.getByLabel(en('connectors:field_text.patreon-universal.clientSecret.label')).and(page.locator('input')).fill('patreon-secret-value');
  await page.getByRole('button', { name: en('connectors:create.save') }).click();
  await expectFieldRefused(clientId);
  await expect(page).toHaveURL(/\/connectors\/social\/new\//);
  await expectResponsive(clientId);
});

test('1 MB pasted into the applications search is handled without breaking the list', async ({ page }) => {
  await installFaults(page);
  await openConsole(page, '/applications', 'en');
  const search = page.getByRole('searchbox', { name: en('applications:list.search_label') });
  await paste(page, search, ONE_MB);
  // Whatever the console decides (refuse, cap, or search and find nothing), it says so on the page.
  await expect(page.getByRole('link', { name: 'Partner Portal', exact: true })).toBeHidden();
  await expect(page.getByRole('main').getByRole('alert').or(page.getByText(/No application matches/))).toBeVisible();
  await page.getByRole('button', { name: en('applications:list.clear_search') }).first().click();
  await expect(page.getByRole('link', { name: 'Partner Portal', exact: true })).toBeVisible();
});
