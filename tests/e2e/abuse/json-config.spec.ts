import type { Page } from '@playwright/test';
import { expect, openConsole, test } from '../fixtures';
import { api } from '../support/api';
import { apiCalls, installFaults } from '../support/faults';
import { label, type Lang } from '../support/labels';

/**
 * A JSON setting that does not parse is refused before anything is sent, with the line and column of
 * the first mistake next to the field, in both languages.
 */
const FIELD = 'ID Token Verification Config';

const cases: { name: string; text: string; line: number; column: number }[] = [
  { name: 'a trailing comma', text: '{\n  "jwksUri": "https://idp.example.test/jwks",\n  "clockTolerance": 5,\n}', line: 4, column: 1 },
  { name: 'a missing comma', text: '{\n  "jwksUri": "https://idp.example.test/jwks"\n  "clockTolerance": 5\n}', line: 3, column: 3 },
  { name: 'single quotes', text: "{\n  'jwksUri': 'x'\n}", line: 2, column: 3 },
  { name: 'an unclosed object', text: '{\n  "jwksUri": "https://idp.example.test/jwks"', line: 2, column: 45 },
];

const jsonField = (page: Page) => page.getByLabel(FIELD).and(page.locator('textarea'));

for (const lang of ['en', 'ja'] as Lang[]) {
  for (const { name, text, line, column } of cases) {
    test(`${lang}: JSON with ${name} is refused at line ${line}, column ${column}`, async ({ page }) => {
      await installFaults(page);
      await openConsole(page, '/connectors/social/new/oidc', lang);
      const field = jsonField(page);
      await field.fill(text);
      await page.getByRole('button', { name: label(lang, 'connectors:create.save') }).click();
      await expect(page.getByText(label(lang, 'connectors:form.issues.json_syntax', { line, column }))).toBeVisible();
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(field).toHaveValue(text);
      expect(await apiCalls(page, { method: 'POST' })).toEqual([]);
    });
  }
}

test('on a saved connector, broken JSON is refused with its position and nothing is sent', async ({ page }) => {
  await installFaults(page);
  await openConsole(page, '/connectors/social', 'en');
  const connector = await api<{ id: string }>(page, 'POST', '/connectors', {
    connectorId: 'oidc',
    config: {
      authorizationEndpoint: 'https://idp.example.test/authorize',
      tokenEndpoint: 'https://idp.example.test/token',
      clientId: 'oidc-client',
      clientSecret: 'oidc-secret-value',
      scope: 'openid profile',
      tokenEndpointAuthMethod: 'client_secret_post',
      idTokenVerificationConfig: { jwksUri: 'https://idp.example.test/jwks' },
    },
    metadata: { target: 'workforce', name: { en: 'Workforce' } },
  });
  await openConsole(page, `/connectors/${connector.id}`, 'en');
  const field = jsonField(page);
  await field.fill('{\n  "jwksUri": "https://idp.example.test/jwks",,\n}');
  await page.getByRole('region', { name: label('en', 'save_bar.label') }).getByRole('button', { name: label('en', 'actions.save_changes') }).click();
  await expect(page.getByText(label('en', 'connectors:form.issues.json_syntax', { line: 2, column: 46 }))).toBeVisible();
  expect(await apiCalls(page, { method: 'PATCH' })).toEqual([]);
});
