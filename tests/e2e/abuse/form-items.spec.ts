import type { Page } from '@playwright/test';
import { expect, openConsole, test } from '../fixtures';
import { createGithubConnector } from '../support/api';
import { apiCalls, installFaults } from '../support/faults';
import { label } from '../support/labels';

/**
 * A factory's formItems come from the server and drive the config form. Descriptors of an unknown type,
 * malformed ones, or no list at all must not break the page: it renders what it can, says what it cannot
 * edit, and stays usable. Any console error or uncaught exception fails a test (fixtures.ts).
 */
const en = (key: string, values?: Record<string, string | number>) => label('en', key, values);

const clientId = { type: 'Text', key: 'clientId', label: 'Client ID', required: true };
const clientSecret = { type: 'Text', key: 'clientSecret', label: 'Client Secret', required: true };

function withFormItems(page: Page, formItems: unknown, path = '^/api/connector-factories') {
  return installFaults(page, [
    { method: 'GET', path, fault: { kind: 'patch-json', where: { id: 'github-universal' }, set: { formItems } } },
  ]);
}

async function expectPageUsable(page: Page) {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Applications' }).click();
  await expect(page.getByRole('link', { name: 'Partner Portal', exact: true })).toBeVisible();
}

test('a formItem of an unknown type is shown read-only and the rest of the form saves', async ({ page }) => {
  await withFormItems(page, [clientId, clientSecret, { type: 'ColorPicker', key: 'brandColor', label: 'Brand color', defaultValue: '#ff0000' }]);
  await openConsole(page, '/connectors/social/new/github-universal', 'en');
  await expect(page.getByText(en('connectors:form.unsupported', { type: 'ColorPicker' }))).toBeVisible();
  await page.getByRole('textbox', { name: 'Client ID' }).fill('gh-client');
  await page.getByLabel('Client Secret').and(page.locator('input')).fill('gh-secret-value');
  await page.getByRole('button', { name: en('connectors:create.save') }).click();
  await expect(page).toHaveURL(/\/connectors\/(?!social\/)[\w-]+$/);
  expect(await apiCalls(page, { method: 'POST', path: '^/api/connectors$' })).toHaveLength(1);
});

test('malformed formItems (wrong shapes, missing keys, bad options) do not break the guided setup', async ({ page }) => {
  await withFormItems(page, [
    clientId,
    null,
    42,
    'Text',
    {},
    { type: 'Text' },
    { type: 'Text', key: 123, label: ['not', 'text'] },
    { type: 'Select', key: 'mode', label: 'Mode', selectItems: 'oops' },
    { type: 'MultiSelect', key: 'scopes', label: 'Scopes', selectItems: [null, { value: 1 }] },
    { type: 'Switch', key: 'flag', label: 'Flag', showConditions: 'always' },
    { type: 'Json', key: 'extra', label: 'Extra', defaultValue: { deep: { deeper: [1, 2, 3] } } },
    { type: '__proto__', key: 'constructor', label: 'Prototype' },
  ]);
  await openConsole(page, '/connectors/social/new/github-universal', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The well-formed item still renders as an editable field.
  await expect(page.getByRole('textbox', { name: 'Client ID' }).or(page.getByRole('alert'))).toBeVisible();
  await expectPageUsable(page);
});

test('formItems that are not a list do not break the guided setup', async ({ page }) => {
  await withFormItems(page, { clientId: 'Text' });
  await openConsole(page, '/connectors/social/new/github-universal', 'en');
  // Either a form or a plain "cannot read this answer" with a retry; never a blank or crashed page.
  await expect(page.getByRole('heading', { level: 1 }).or(page.getByRole('main').getByRole('alert'))).toBeVisible();
  await expectPageUsable(page);
});

test('unknown and malformed formItems on a connector\'s details keep its stored values', async ({ page }) => {
  await installFaults(page, [
    {
      method: 'GET',
      path: '^/api/connectors/[^/]+$',
      fault: {
        kind: 'patch-json',
        where: { connectorId: 'github-universal' },
        set: { formItems: [clientId, clientSecret, { type: 'Slider', key: 'scope', label: 'Scope' }, { type: 'Select', key: 7 }] },
      },
    },
  ]);
  await openConsole(page, '/connectors/social', 'en');
  const connector = await createGithubConnector(page);
  await openConsole(page, `/connectors/${connector.id}`, 'en');
  await expect(page.getByText(en('connectors:form.unsupported', { type: 'Slider' }))).toBeVisible();
  // The stored scope is shown as it is and sent back untouched on save.
  await expect(page.getByText('read:user')).toBeVisible();
  await page.getByRole('textbox', { name: 'Client ID' }).fill('gh-client-edited');
  await page.getByRole('region', { name: en('save_bar.label') }).getByRole('button', { name: en('actions.save_changes') }).click();
  await expect(page.getByText(en('connectors:details.saved'))).toBeVisible();
  const [saved] = await apiCalls(page, { method: 'PATCH', path: '^/api/connectors/[^/]+$' });
  expect(JSON.parse(saved?.body ?? '{}')).toMatchObject({ config: { clientId: 'gh-client-edited', scope: 'read:user' } });
});
