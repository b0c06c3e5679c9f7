import { expect, openConsole, test } from '../fixtures';
import { createGithubConnector } from '../support/api';
import { apiCalls, injectFault, installFaults } from '../support/faults';
import { label } from '../support/labels';
import { saves, type Save } from './saves';

const en = (key: string, values?: Record<string, string | number>) => label('en', key, values);
const PARTNER_PORTAL = 'p7c2k9x4m1w8r5t3v6b0q';

/** A double click on every submit sends one request, even while the first one is still on its way. */
for (const save of saves) {
  test(`${save.name}: a double click sends one request`, async ({ page }) => {
    await installFaults(page);
    await save.prepare(page);
    // The answer takes a moment, so the second click lands while the first request is in flight.
    await injectFault(page, { method: save.method, path: save.path, fault: { kind: 'delay', ms: 600 } });
    const submit = await save.submit(page);
    await submit.dblclick();
    await save.expectSaved(page);
    expect(await apiCalls(page, { method: save.method, path: save.path })).toHaveLength(1);
  });
}

/** Confirmations are submits too: a second DELETE would answer 404 and show a false failure. */
const confirmations: Pick<Save, 'name' | 'method' | 'path' | 'prepare' | 'submit' | 'expectSaved'>[] = [
  {
    name: 'rename App Secret',
    method: 'PATCH',
    path: '^/api/applications/[^/]+/secrets/[^/]+$',
    prepare: async (page) => {
      await openConsole(page, `/applications/${PARTNER_PORTAL}/settings`, 'en');
      await page.getByRole('button', { name: en('applications:secrets.rename_named', { name: 'ci-deploy' }) }).click();
      await page.getByRole('textbox', { name: en('applications:secrets.name') }).fill('ci-deploy-2');
    },
    submit: async (page) =>
      page.getByRole('dialog', { name: en('applications:secrets.rename_title', { name: 'ci-deploy' }) }).getByRole('button', { name: en('applications:secrets.rename') }),
    expectSaved: async (page) => {
      await expect(page.getByRole('rowheader', { name: 'ci-deploy-2' })).toBeVisible();
    },
  },
  {
    name: 'delete App Secret',
    method: 'DELETE',
    path: '^/api/applications/[^/]+/secrets/[^/]+$',
    prepare: async (page) => {
      await openConsole(page, `/applications/${PARTNER_PORTAL}/settings`, 'en');
      await page.getByRole('button', { name: en('applications:secrets.delete_named', { name: 'ci-deploy' }) }).click();
    },
    submit: async (page) =>
      page.getByRole('dialog', { name: en('applications:secrets.delete_title', { name: 'ci-deploy' }) }).getByRole('button', { name: en('applications:secrets.delete') }),
    expectSaved: async (page) => {
      await expect(page.getByText(en('applications:secrets.deleted', { name: 'ci-deploy' }))).toBeVisible();
    },
  },
  {
    name: 'delete application',
    method: 'DELETE',
    path: '^/api/applications/[^/]+$',
    prepare: async (page) => {
      await openConsole(page, `/applications/${PARTNER_PORTAL}/settings`, 'en');
      await page.getByRole('button', { name: en('applications:delete.action'), exact: true }).click();
      await page.getByRole('dialog').getByRole('textbox').fill('Partner Portal');
    },
    submit: async (page) => page.getByRole('dialog').getByRole('button', { name: en('applications:delete.confirm') }),
    expectSaved: async (page) => {
      await expect(page).toHaveURL(/\/applications$/);
    },
  },
  {
    name: 'delete connector',
    method: 'DELETE',
    path: '^/api/connectors/[^/]+$',
    prepare: async (page) => {
      await openConsole(page, '/connectors/social', 'en');
      const connector = await createGithubConnector(page);
      await openConsole(page, `/connectors/${connector.id}`, 'en');
      await page.getByRole('button', { name: en('connectors:details.delete'), exact: true }).click();
    },
    submit: async (page) => page.getByRole('dialog').getByRole('button', { name: en('actions.delete'), exact: true }),
    expectSaved: async (page) => {
      await expect(page).toHaveURL(/\/connectors\/social$/);
    },
  },
];

for (const save of confirmations) {
  test(`${save.name}: a double click on the confirmation sends one request`, async ({ page }) => {
    await installFaults(page);
    await save.prepare(page);
    await injectFault(page, { method: save.method, path: save.path, fault: { kind: 'delay', ms: 600 } });
    const submit = await save.submit(page);
    await submit.dblclick();
    await save.expectSaved(page);
    expect(await apiCalls(page, { method: save.method, path: save.path })).toHaveLength(1);
  });
}
