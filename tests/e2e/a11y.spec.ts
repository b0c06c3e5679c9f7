import type { Page } from '@playwright/test';
import { expect, openConsole, test } from './fixtures';
import { createGithubConnector } from './support/api';
import { expectNoSeriousA11yViolations } from './support/axe';
import { stopsWithoutFocusIndicator, tabTo } from './support/keyboard';
import { label, LANGS, type Lang } from './support/labels';

/**
 * Accessibility gate: axe over every page and dialog, in ja and en, light and dark; zero serious or
 * critical violations. Then keyboard: the main action of each screen is reached with Tab alone and shows
 * a visible focus ring. Screens are reached the way an admin gets there (clicks), not by internal state.
 */
type Screen = { name: string; open: (page: Page, lang: Lang) => Promise<void> };

const dialog = (page: Page, title: string) => page.getByRole('dialog', { name: title });

async function openApplicationDetails(page: Page, lang: Lang, name = 'Partner Portal') {
  await openConsole(page, '/applications', lang);
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByText(label(lang, 'applications:fields.app_id'), { exact: true })).toBeVisible();
}

async function openSignInExperience(page: Page, lang: Lang) {
  await openConsole(page, '/applications', lang);
  await createGithubConnector(page);
  await page.getByRole('link', { name: label(lang, 'sign-in-experience:title') }).click();
  await expect(page.getByRole('heading', { name: label(lang, 'sign-in-experience:social.title') })).toBeVisible();
}

async function openConnectorCatalogue(page: Page, lang: Lang) {
  await openConsole(page, '/connectors/social', lang);
  await page.getByRole('button', { name: label(lang, 'connectors:add') }).first().click();
  const catalogue = dialog(page, label(lang, 'connectors:add'));
  await expect(catalogue.getByRole('button', { name: 'Patreon' })).toBeVisible();
  return catalogue;
}

async function openGuidedSetup(page: Page, lang: Lang, card: string) {
  const catalogue = await openConnectorCatalogue(page, lang);
  await catalogue.getByRole('button', { name: card, exact: true }).click();
  await expect(page.getByRole('heading', { name: label(lang, 'connectors:guide.title') })).toBeVisible();
}

async function openConnectorDetails(page: Page, lang: Lang) {
  await openConsole(page, '/connectors/social', lang);
  const connector = await createGithubConnector(page);
  await openConsole(page, `/connectors/${connector.id}`, lang);
  await expect(page.getByText(label(lang, 'connectors:fields.connector_id'), { exact: true })).toBeVisible();
}

const screens: Screen[] = [
  {
    name: 'applications list',
    open: async (page, lang) => {
      await openConsole(page, '/applications', lang);
      await expect(page.getByRole('link', { name: 'Partner Portal', exact: true })).toBeVisible();
    },
  },
  {
    name: 'application catalogue dialog',
    open: async (page, lang) => {
      await openConsole(page, '/applications', lang);
      await page.getByRole('button', { name: label(lang, 'applications:create.action') }).click();
      await expect(dialog(page, label(lang, 'applications:create.title')).getByRole('button', { name: 'Flask' })).toBeVisible();
    },
  },
  {
    name: 'application type choice dialog',
    open: async (page, lang) => {
      await openConsole(page, '/applications', lang);
      await page.getByRole('button', { name: label(lang, 'applications:create.action') }).click();
      await page.getByRole('button', { name: label(lang, 'applications:catalogue.without_framework') }).click();
      await expect(dialog(page, label(lang, 'applications:catalogue.without_framework'))).toBeVisible();
    },
  },
  {
    name: 'create application form dialog (with an error shown)',
    open: async (page, lang) => {
      await openConsole(page, '/applications', lang);
      await page.getByRole('button', { name: label(lang, 'applications:create.action') }).click();
      await page.getByRole('button', { name: 'Flask' }).click();
      const form = dialog(page, label(lang, 'applications:create.form_title'));
      await form.getByRole('button', { name: label(lang, 'actions.create') }).click();
      await expect(form.getByText(label(lang, 'applications:validation.name_required'))).toBeVisible();
    },
  },
  { name: 'application details (settings)', open: (page, lang) => openApplicationDetails(page, lang) },
  {
    name: 'application secrets, one shown',
    open: async (page, lang) => {
      await openApplicationDetails(page, lang);
      await page.getByRole('button', { name: label(lang, 'secret.show') }).first().click();
      await expect(page.getByRole('button', { name: label(lang, 'secret.hide') }).first()).toBeVisible();
    },
  },
  {
    name: 'add secret dialog',
    open: async (page, lang) => {
      await openApplicationDetails(page, lang);
      await page.getByRole('button', { name: label(lang, 'applications:secrets.add') }).click();
      await expect(dialog(page, label(lang, 'applications:secrets.add_title'))).toBeVisible();
    },
  },
  {
    name: 'rename and delete secret dialogs',
    open: async (page, lang) => {
      await openApplicationDetails(page, lang);
      await page.getByRole('button', { name: label(lang, 'applications:secrets.rename_named', { name: 'Default secret' }) }).click();
      await expect(dialog(page, label(lang, 'applications:secrets.rename_title', { name: 'Default secret' }))).toBeVisible();
      await expectNoSeriousA11yViolations(page, `rename secret dialog (${lang})`);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: label(lang, 'applications:secrets.delete_named', { name: 'Default secret' }) }).click();
      await expect(dialog(page, label(lang, 'applications:secrets.delete_title', { name: 'Default secret' }))).toBeVisible();
    },
  },
  {
    name: 'delete application dialog',
    open: async (page, lang) => {
      await openApplicationDetails(page, lang);
      await page.getByRole('button', { name: label(lang, 'applications:delete.action'), exact: true }).click();
      await expect(dialog(page, label(lang, 'applications:delete.title', { name: 'Partner Portal' }))).toBeVisible();
    },
  },
  {
    name: 'application quick start',
    open: async (page, lang) => {
      await openApplicationDetails(page, lang);
      await page.getByRole('link', { name: label(lang, 'applications:details.tabs.quick_start') }).click();
      await expect(page.getByRole('heading', { name: label(lang, 'applications:quick_start.essentials.values.title') }).or(
        page.getByRole('heading', { name: label(lang, 'applications:quick_start.flask.install.title') }),
      )).toBeVisible();
    },
  },
  {
    name: 'social connectors list',
    open: async (page, lang) => {
      await openConsole(page, '/connectors/social', lang);
      await createGithubConnector(page);
      await page.reload();
      await expect(page.getByRole('link', { name: /GitHub/ })).toBeVisible();
    },
  },
  {
    name: 'connector catalogue dialog',
    open: async (page, lang) => {
      await openConnectorCatalogue(page, lang);
    },
  },
  {
    name: 'guided setup: Patreon (Torii guide), with field errors shown',
    open: async (page, lang) => {
      await openGuidedSetup(page, lang, 'Patreon');
      await page.getByRole('button', { name: label(lang, 'connectors:create.save') }).click();
      await expect(page.getByText(label(lang, 'connectors:form.issues.required', { label: label(lang, 'connectors:field_text.patreon-universal.clientId.label') })).first()).toBeVisible();
    },
  },
  { name: 'guided setup: Alipay (Web)', open: (page, lang) => openGuidedSetup(page, lang, 'Alipay (Web)') },
  { name: 'guided setup: GitHub (README guide)', open: (page, lang) => openGuidedSetup(page, lang, 'GitHub') },
  { name: 'connector details', open: openConnectorDetails },
  {
    name: 'connector guide sheet on details',
    open: async (page, lang) => {
      await openConnectorDetails(page, lang);
      await page.getByRole('button', { name: label(lang, 'connectors:details.open_guide') }).click();
      await expect(dialog(page, label(lang, 'connectors:guide.title'))).toBeVisible();
    },
  },
  {
    name: 'delete connector dialog',
    open: async (page, lang) => {
      await openConnectorDetails(page, lang);
      await page.getByRole('button', { name: label(lang, 'connectors:details.delete'), exact: true }).click();
      await expect(dialog(page, label(lang, 'connectors:details.delete_title', { name: 'GitHub' }))).toBeVisible();
    },
  },
  { name: 'sign-in experience', open: openSignInExperience },
  {
    name: 'sign-in experience: add social connector dialog',
    open: async (page, lang) => {
      await openSignInExperience(page, lang);
      await page.getByRole('button', { name: label(lang, 'sign-in-experience:social.add') }).click();
      await expect(dialog(page, label(lang, 'sign-in-experience:social.add'))).toBeVisible();
    },
  },
  {
    name: 'sign-in preview with a social button, mobile width',
    open: async (page, lang) => {
      await openSignInExperience(page, lang);
      await page.getByRole('button', { name: label(lang, 'sign-in-experience:social.add') }).click();
      await dialog(page, label(lang, 'sign-in-experience:social.add')).getByRole('button', { name: /GitHub/ }).click();
      await page.getByRole('radio', { name: label(lang, 'sign-in-experience:preview.mobile') }).click();
      const preview = page.getByRole('complementary', { name: label(lang, 'sign-in-experience:preview.title') });
      await expect(preview.getByText(label(lang, 'sign-in-experience:preview_page.continue_with', { name: 'GitHub' }))).toBeVisible();
    },
  },
  {
    name: 'sign-in experience: review changes dialog',
    open: async (page, lang) => {
      await openSignInExperience(page, lang);
      await page.getByRole('button', { name: label(lang, 'sign-in-experience:social.add') }).click();
      await dialog(page, label(lang, 'sign-in-experience:social.add')).getByRole('button', { name: /GitHub/ }).click();
      await page.getByRole('region', { name: label(lang, 'save_bar.label') }).getByRole('button', { name: label(lang, 'actions.save_changes') }).click();
      await expect(dialog(page, label(lang, 'sign-in-experience:save.confirm_title'))).toBeVisible();
    },
  },
];

for (const screen of screens) {
  for (const lang of LANGS) {
    for (const theme of ['light', 'dark'] as const) {
      test(`axe: ${screen.name} — ${lang}, ${theme}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: theme });
        await screen.open(page, lang);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expectNoSeriousA11yViolations(page, `${screen.name} (${lang}, ${theme})`);
      });
    }
  }
}

/**
 * Keyboard: each screen's stops all show a focus indicator, and the main actions work with Tab, Enter,
 * Space and Escape alone.
 */
test.describe('keyboard', () => {
  test('applications: every stop shows focus; create an application with the keyboard only', async ({ page }) => {
    await openConsole(page, '/applications', 'ja');
    await expect(page.getByRole('link', { name: 'Partner Portal', exact: true })).toBeVisible();
    expect(await stopsWithoutFocusIndicator(page)).toEqual([]);

    await page.reload();
    const create = page.getByRole('button', { name: label('ja', 'applications:create.action') });
    await tabTo(page, create);
    await page.keyboard.press('Enter');
    const catalogue = dialog(page, label('ja', 'applications:create.title'));
    await expect(catalogue).toBeVisible();
    await tabTo(page, catalogue.getByRole('button', { name: 'Flask' }));
    await page.keyboard.press('Enter');
    const form = dialog(page, label('ja', 'applications:create.form_title'));
    await expect(form.getByRole('textbox', { name: label('ja', 'applications:fields.application_name') })).toBeFocused();
    await page.keyboard.type('Keyboard app');
    await tabTo(page, form.getByRole('button', { name: label('ja', 'actions.create') }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/quick-start$/);
  });

  test('applications: Escape closes the catalogue and focus returns to its button', async ({ page }) => {
    await openConsole(page, '/applications', 'en');
    const create = page.getByRole('button', { name: label('en', 'applications:create.action') });
    await tabTo(page, create);
    await page.keyboard.press('Enter');
    const catalogue = dialog(page, label('en', 'applications:create.title'));
    await tabTo(page, catalogue.getByRole('button', { name: label('en', 'applications:catalogue.without_framework') }));
    await page.keyboard.press('Escape');
    await expect(catalogue).toBeHidden();
    await expect(create).toBeFocused();
  });

  test('applications list: search and paging by keyboard', async ({ page }) => {
    await openConsole(page, '/applications', 'en');
    await tabTo(page, page.getByRole('searchbox', { name: label('en', 'applications:list.search_label') }));
    await page.keyboard.type('Partner');
    await expect(page.getByRole('link', { name: 'Acme Storefront' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'Partner Portal', exact: true })).toBeVisible();
  });

  test('application details: every stop shows focus; show a secret and open "Add secret" by keyboard', async ({ page }) => {
    await openApplicationDetails(page, 'en');
    expect(await stopsWithoutFocusIndicator(page)).toEqual([]);
    await page.reload();
    await tabTo(page, page.getByRole('button', { name: label('en', 'secret.show') }).first());
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: label('en', 'secret.hide') }).first()).toBeFocused();
    await tabTo(page, page.getByRole('button', { name: label('en', 'applications:secrets.add') }));
    await page.keyboard.press('Enter');
    await expect(dialog(page, label('en', 'applications:secrets.add_title'))).toBeVisible();
  });

  test('connectors: every stop shows focus; reach guided setup and "Save and done" by keyboard', async ({ page }) => {
    await openConsole(page, '/connectors/social', 'ja');
    expect(await stopsWithoutFocusIndicator(page)).toEqual([]);
    await page.reload();
    await tabTo(page, page.getByRole('button', { name: label('ja', 'connectors:add') }).first());
    await page.keyboard.press('Enter');
    const catalogue = dialog(page, label('ja', 'connectors:add'));
    await expect(catalogue.getByRole('searchbox')).toBeFocused();
    await page.keyboard.type('Patreon');
    await tabTo(page, catalogue.getByRole('button', { name: 'Patreon' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: label('ja', 'connectors:guide.title') })).toBeVisible();
    expect(await stopsWithoutFocusIndicator(page)).toEqual([]);
    await tabTo(page, page.getByRole('button', { name: label('ja', 'connectors:create.save') }));
  });

  test('sign-in experience: every stop shows focus; add a social button and review the save by keyboard', async ({ page }) => {
    await openSignInExperience(page, 'en');
    expect(await stopsWithoutFocusIndicator(page)).toEqual([]);
    await page.reload();
    await tabTo(page, page.getByRole('button', { name: label('en', 'sign-in-experience:social.add') }));
    await page.keyboard.press('Enter');
    const add = dialog(page, label('en', 'sign-in-experience:social.add'));
    await tabTo(page, add.getByRole('button', { name: /GitHub/ }));
    await page.keyboard.press('Enter');
    await expect(add).toBeHidden();
    await tabTo(page, page.getByRole('button', { name: label('en', 'actions.save_changes') }));
    await page.keyboard.press('Enter');
    await expect(dialog(page, label('en', 'sign-in-experience:save.confirm_title'))).toBeVisible();
  });
});
