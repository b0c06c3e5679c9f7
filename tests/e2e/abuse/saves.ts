import { expect, type Page } from '@playwright/test';
import { openConsole } from '../fixtures';
import { createGithubConnector } from '../support/api';
import { label } from '../support/labels';

/**
 * Every save in the console, described once for the failure and double-submit suites: how to get a
 * filled form, how to submit it, what must still be on screen after a failed save, and how success
 * shows. `path` is the API call the save makes (a RegExp source on the URL path).
 */
export type Save = {
  name: string;
  method: 'POST' | 'PATCH' | 'DELETE';
  path: string;
  prepare: (page: Page) => Promise<void>;
  /** The control that sends the request (the confirm button where a review comes first). */
  submit: (page: Page) => Promise<ReturnType<Page['getByRole']>>;
  expectKept: (page: Page) => Promise<void>;
  /** Where this screen reports a failed save, for a 5xx and for a network failure. */
  failure: { server: (page: Page) => ReturnType<Page['getByText']>; network: (page: Page) => ReturnType<Page['getByText']> };
  expectSaved: (page: Page) => Promise<void>;
};

const en = (key: string, values?: Record<string, string | number>) => label('en', key, values);
const textbox = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
/** A form control by its label; a label may also hold a tooltip button whose name repeats it. */
export const control = (page: Page, name: string) => page.getByLabel(name).and(page.locator('input, textarea'));
const commonFailure = {
  server: (page: Page) => page.getByText(en('errors.server')),
  network: (page: Page) => page.getByText(en('errors.network')),
};
const PARTNER_PORTAL = 'p7c2k9x4m1w8r5t3v6b0q';

export const saves: Save[] = [
  {
    name: 'create application',
    method: 'POST',
    path: '^/api/applications$',
    prepare: async (page) => {
      await openConsole(page, '/applications', 'en');
      await page.getByRole('button', { name: en('applications:create.action') }).click();
      await page.getByRole('button', { name: 'Flask' }).click();
      await textbox(page, en('applications:fields.application_name')).fill('Retry shop');
      await textbox(page, en('applications:fields.description')).fill('Made to fail once');
    },
    submit: async (page) => page.getByRole('dialog').getByRole('button', { name: en('actions.create'), exact: true }),
    expectKept: async (page) => {
      await expect(textbox(page, en('applications:fields.application_name'))).toHaveValue('Retry shop');
      await expect(textbox(page, en('applications:fields.description'))).toHaveValue('Made to fail once');
    },
    failure: commonFailure,
    expectSaved: async (page) => {
      await expect(page).toHaveURL(/\/applications\/[^/]+\/quick-start$/);
    },
  },
  {
    name: 'application settings',
    method: 'PATCH',
    path: '^/api/applications/[^/]+$',
    prepare: async (page) => {
      await openConsole(page, `/applications/${PARTNER_PORTAL}/settings`, 'en');
      await textbox(page, en('applications:fields.description')).fill('Edited description');
      await textbox(page, en('applications:fields.application_name')).fill('Partner Portal 2');
    },
    submit: async (page) => page.getByRole('region', { name: en('save_bar.label') }).getByRole('button', { name: en('actions.save_changes') }),
    expectKept: async (page) => {
      await expect(textbox(page, en('applications:fields.application_name'))).toHaveValue('Partner Portal 2');
      await expect(textbox(page, en('applications:fields.description'))).toHaveValue('Edited description');
    },
    failure: {
      server: (page) => page.getByText(en('applications:settings.save_failed')),
      network: (page) => page.getByText(en('applications:settings.save_failed')),
    },
    expectSaved: async (page) => {
      await expect(page.getByText(en('applications:settings.saved'))).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Partner Portal 2' })).toBeVisible();
    },
  },
  {
    name: 'add App Secret',
    method: 'POST',
    path: '^/api/applications/[^/]+/secrets$',
    prepare: async (page) => {
      await openConsole(page, `/applications/${PARTNER_PORTAL}/settings`, 'en');
      await page.getByRole('button', { name: en('applications:secrets.add') }).click();
      await textbox(page, en('applications:secrets.name')).fill('retry-secret');
    },
    submit: async (page) =>
      page.getByRole('dialog', { name: en('applications:secrets.add_title') }).getByRole('button', { name: en('applications:secrets.add') }),
    expectKept: async (page) => {
      await expect(textbox(page, en('applications:secrets.name'))).toHaveValue('retry-secret');
    },
    failure: commonFailure,
    expectSaved: async (page) => {
      await expect(page.getByRole('dialog', { name: en('applications:secrets.add_title') })).toBeHidden();
      await expect(page.getByRole('rowheader', { name: 'retry-secret' })).toBeVisible();
    },
  },
  {
    name: 'create connector (Patreon)',
    method: 'POST',
    path: '^/api/connectors$',
    prepare: async (page) => {
      await openConsole(page, '/connectors/social/new/patreon-universal', 'en');
      await control(page, en('connectors:field_text.patreon-universal.clientId.label')).fill('patreon-client');
      await control(page, en('connectors:field_text.patreon-universal.clientSecret.label')).fill('patreon-secret-value');
    },
    submit: async (page) => page.getByRole('button', { name: en('connectors:create.save') }),
    expectKept: async (page) => {
      await expect(control(page, en('connectors:field_text.patreon-universal.clientId.label'))).toHaveValue('patreon-client');
      await expect(control(page, en('connectors:field_text.patreon-universal.clientSecret.label'))).toHaveValue('patreon-secret-value');
    },
    failure: commonFailure,
    expectSaved: async (page) => {
      await expect(page).toHaveURL(/\/connectors\/(?!social\/)[\w-]+$/);
    },
  },
  {
    name: 'connector settings (GitHub)',
    method: 'PATCH',
    path: '^/api/connectors/[^/]+$',
    prepare: async (page) => {
      await openConsole(page, '/connectors/social', 'en');
      const connector = await createGithubConnector(page);
      await openConsole(page, `/connectors/${connector.id}`, 'en');
      await control(page, 'Client ID').fill('gh-client-edited');
    },
    submit: async (page) => page.getByRole('region', { name: en('save_bar.label') }).getByRole('button', { name: en('actions.save_changes') }),
    expectKept: async (page) => {
      await expect(control(page, 'Client ID')).toHaveValue('gh-client-edited');
    },
    failure: commonFailure,
    expectSaved: async (page) => {
      await expect(page.getByText(en('connectors:details.saved'))).toBeVisible();
      await expect(page.getByRole('region', { name: en('save_bar.label') })).toBeHidden();
    },
  },
  {
    name: 'sign-in experience',
    method: 'PATCH',
    path: '^/api/sign-in-exp$',
    prepare: async (page) => {
      await openConsole(page, '/connectors/social', 'en');
      await createGithubConnector(page);
      await openConsole(page, '/sign-in-experience/sign-up-and-sign-in', 'en');
      await page.getByRole('button', { name: en('sign-in-experience:social.add') }).click();
      await page.getByRole('dialog', { name: en('sign-in-experience:social.add') }).getByRole('button', { name: /GitHub/ }).click();
    },
    submit: async (page) => {
      await page.getByRole('region', { name: en('save_bar.label') }).getByRole('button', { name: en('actions.save_changes') }).click();
      return page.getByRole('dialog', { name: en('sign-in-experience:save.confirm_title') }).getByRole('button', { name: en('actions.save_changes') });
    },
    expectKept: async (page) => {
      const list = page.getByRole('list', { name: en('sign-in-experience:social.list_label') });
      await expect(list.getByText('GitHub')).toBeVisible();
      await expect(page.getByRole('region', { name: en('save_bar.label') })).toBeVisible();
    },
    failure: commonFailure,
    expectSaved: async (page) => {
      await expect(page.getByText(en('sign-in-experience:save.success'))).toBeVisible();
      await expect(page.getByRole('region', { name: en('save_bar.label') })).toBeHidden();
    },
  },
];
