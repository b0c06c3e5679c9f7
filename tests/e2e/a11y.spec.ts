import type { Page } from '@playwright/test';
import { expect, openConsole, test } from './fixtures';
import { createGithubConnector } from './support/api';
import { expectNoSeriousA11yViolations } from './support/axe';
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
    name: 'application quick start',
    open: async (page, lang) => {
      await openApplicationDetails(page, lang);
      await page.getByRole('link', { name: label(lang, 'applications:details.tabs.quick_start') }).click();
      await expect(page.getByRole('heading', { name: label(lang, 'applications:quick_start.essentials.values.title') }).or(
        page.getByRole('heading', { name: label(lang, 'applications:quick_start.flask.install.title') }),
      )).toBeVisible();
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
