import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { db } from '../../../mocks/db';
import { server } from '../../../mocks/node';
import { exampleOidcConfig } from '../../../mocks/testing/api';
import { renderApp } from '../../render';
import { seedConnector, seedPatreon, seedTargets, spyOnBodies, testKeys } from './helpers';

async function openDetails(id: string, language: 'en' | 'ja' = 'en') {
  const view = await renderApp(`/connectors/${id}`, { language });
  const form = await screen.findByRole('form', { name: language === 'en' ? 'Settings' : '設定' });
  return { ...view, form };
}

describe('connector details', () => {
  it('shows the connector ID and its redirect URI, each with Copy', async () => {
    seedPatreon('patreon00001');
    await openDetails('patreon00001');
    expect(screen.getByRole('heading', { level: 1, name: 'Patreon' })).toBeInTheDocument();
    const valueOf = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement;
    expect(valueOf('Redirect URI')).toHaveTextContent('http://localhost:3001/callback/patreon00001');
    expect(valueOf('Connector ID')).toHaveTextContent('patreon00001');
    expect(within(valueOf('Redirect URI')).getByRole('button', { name: 'Copy Redirect URI' })).toBeInTheDocument();
    expect(within(valueOf('Connector ID')).getByRole('button', { name: 'Copy Connector ID' })).toBeInTheDocument();
  });

  it('fills the form from the stored config, never from defaults, with the secret masked', async () => {
    const { pkcs1 } = testKeys();
    seedConnector('alipay000001', 'alipay-web', { appId: '2021000000000009', privateKey: pkcs1, signType: 'RSA' });
    const { form } = await openDetails('alipay000001');
    expect(within(form).getByLabelText(/App ID/)).toHaveValue('2021000000000009');
    expect(within(form).getByLabelText(/Signing algorithm/)).toHaveTextContent('RSA-SHA1');
    // charset is stored nowhere: the optional select says None instead of showing the default utf8.
    expect(within(form).getByLabelText(/Character set/)).toHaveTextContent('None');
    expect(within(form).getByLabelText(/Private key/)).toHaveValue('••••••••••••••••');
    expect(document.body.textContent).not.toContain(pkcs1.slice(40, 80));
    expect(await within(form).findByText('RSA 2048-bit private key (PKCS#1)')).toBeInTheDocument();
  });

  it('saves the complete config with PATCH from the sticky bar, then hides the bar', async () => {
    seedPatreon('patreon00001');
    const patches = spyOnBodies('patch', '/connectors/patreon00001');
    const { user, form } = await openDetails('patreon00001');
    expect(screen.queryByRole('region', { name: 'Unsaved changes' })).toBeNull();
    await user.clear(within(form).getByLabelText(/Client ID/));
    await user.type(within(form).getByLabelText(/Client ID/), 'client-2');

    const bar = screen.getByRole('region', { name: 'Unsaved changes' });
    await user.click(within(bar).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Changes saved')).toBeInTheDocument();
    expect(patches).toEqual([{ config: { clientId: 'client-2', clientSecret: 'secret-1', scope: 'identity identity[email]' } }]);
    expect(db.connectors[0]?.config).toMatchObject({ clientId: 'client-2' });
    expect(screen.queryByRole('region', { name: 'Unsaved changes' })).toBeNull();
  });

  it('renames a standard (OIDC) connector’s button in the current language and keeps its target', async () => {
    const oidcConfig = exampleOidcConfig;
    db.connectors.push({
      ...{ id: 'okta00000001', connectorId: 'oidc', config: oidcConfig, syncProfile: false, enableTokenStorage: false, createdAt: Date.now() },
      metadata: { target: 'okta', name: { en: 'Okta' } },
    });
    const patches = spyOnBodies('patch', '/connectors/okta00000001');
    const { user, form } = await openDetails('okta00000001', 'ja');
    const target = screen.getByText('ターゲット', { selector: 'dt' }).nextElementSibling as HTMLElement;
    expect(target).toHaveTextContent('okta');
    const name = within(form).getByLabelText(/ボタン名/);
    expect(name).toHaveValue('Okta');

    await user.clear(name);
    await user.type(name, 'Okta 社内');
    await user.click(within(screen.getByRole('region', { name: '未保存の変更' })).getByRole('button', { name: '変更を保存' }));
    expect(await screen.findByText('変更を保存しました')).toBeInTheDocument();
    // Switches the stored config leaves out are sent as off, as on any connector.
    const config = { ...oidcConfig, acceptStringTypedBooleanClaims: false, trustUnverifiedEmail: false };
    expect(patches).toEqual([{ config, metadata: { target: 'okta', name: { en: 'Okta', ja: 'Okta 社内' } } }]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Okta 社内' })).toBeInTheDocument();
  });

  it('sends no metadata when a standard connector’s name is unchanged', async () => {
    db.connectors.push({
      ...{ id: 'okta00000002', connectorId: 'oidc', syncProfile: false, enableTokenStorage: false, createdAt: Date.now() },
      config: exampleOidcConfig,
      metadata: { target: 'okta', name: { en: 'Okta' } },
    });
    const patches = spyOnBodies('patch', '/connectors/okta00000002');
    const { user, form } = await openDetails('okta00000002');
    await user.clear(within(form).getByLabelText(/Client ID/));
    await user.type(within(form).getByLabelText(/Client ID/), 'a2');
    await user.click(within(screen.getByRole('region', { name: 'Unsaved changes' })).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Changes saved')).toBeInTheDocument();
    expect(patches).toHaveLength(1);
    expect(patches[0]).not.toHaveProperty('metadata');
  });

  it('keeps the values and marks the field after a failed PATCH', async () => {
    seedPatreon('patreon00001');
    server.use(
      http.patch('*/api/connectors/:id', () =>
        HttpResponse.json(
          { code: 'connector.invalid_config', message: 'invalid', details: 'Error in key path "clientId": (too_big) String must contain at most 64 character(s)' },
          { status: 400 },
        ),
      ),
    );
    const { user, form } = await openDetails('patreon00001');
    await user.type(within(form).getByLabelText(/Client ID/), '-longer');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await within(form).findByText('The server found this value too long.')).toBeInTheDocument();
    expect(within(form).getByLabelText(/Client ID/)).toHaveValue('client-1-longer');
    expect(screen.getByRole('region', { name: 'Unsaved changes' })).toBeInTheDocument();
  });

  it('asks before leaving with unsaved changes', async () => {
    seedPatreon('patreon00001');
    const { user, form, router } = await openDetails('patreon00001');
    await user.type(within(form).getByLabelText(/Client ID/), 'x');
    await user.click(screen.getByRole('link', { name: 'Back to social connectors' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    expect(router.state.location.pathname).toBe('/connectors/patreon00001');
    expect(within(form).getByLabelText(/Client ID/)).toHaveValue('client-1x');

    await user.click(screen.getByRole('link', { name: 'Back to social connectors' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Leave without saving?' })).getByRole('button', { name: 'Leave' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Connectors' })).toBeInTheDocument();
  });

  it('warns that deleting removes the button from the sign-in page, then deletes', async () => {
    seedPatreon('patreon00001');
    seedTargets('patreon');
    const { user, router } = await openDetails('patreon00001');
    await user.click(await screen.findByRole('button', { name: 'Delete connector' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Patreon?' });
    expect(within(dialog).getByText('Patreon is shown on the sign-in page. Deleting it also removes its button there.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    expect(await screen.findByText('Patreon deleted')).toBeInTheDocument();
    await screen.findByText('No social connectors yet');
    expect(router.state.location.pathname).toBe('/connectors/social');
    expect(db.connectors).toEqual([]);
    expect(db.signInExperience.socialSignInConnectorTargets).toEqual([]);
  });

  it('deleting with unsaved edits leaves for the list without asking about them', async () => {
    seedPatreon('patreon00001');
    const { user, form, router } = await openDetails('patreon00001');
    await user.type(within(form).getByLabelText(/Client ID/), '-edited');
    expect(screen.getByRole('region', { name: 'Unsaved changes' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Delete connector' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Delete Patreon?' })).getByRole('button', { name: 'Delete' }));

    await screen.findByText('No social connectors yet');
    expect(router.state.location.pathname).toBe('/connectors/social');
    expect(screen.queryByRole('dialog', { name: 'Leave without saving?' })).not.toBeInTheDocument();
  });

  it('does not warn when the connector is not on the sign-in page', async () => {
    seedPatreon('patreon00001');
    const { user } = await openDetails('patreon00001');
    await user.click(await screen.findByRole('button', { name: 'Delete connector' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Patreon?' });
    expect(within(dialog).queryByText(/is shown on the sign-in page/)).toBeNull();
  });

  it('opens the connector guide in a side panel', async () => {
    seedPatreon('patreon00001');
    const { user } = await openDetails('patreon00001', 'ja');
    await user.click(screen.getByRole('button', { name: 'コネクターガイド' }));
    const sheet = await screen.findByRole('dialog', { name: 'コネクターガイド' });
    expect(within(sheet).getByRole('heading', { name: 'Redirect URI を設定する' })).toBeInTheDocument();
    expect(within(sheet).getByText('http://localhost:3001/callback/patreon00001')).toBeInTheDocument();
  });

  it('says so when the connector does not exist', async () => {
    await renderApp('/connectors/nope');
    expect(await screen.findByText('This connector does not exist or was deleted.')).toBeInTheDocument();
  });
});

describe('deleting one of two connectors of a provider', () => {
  it('says the button stays, served by the other platform, while this connector’s sign-in stops', async () => {
    seedConnector('alipayweb001', 'alipay-web', { appId: '1', privateKey: 'x', signType: 'RSA2' });
    seedConnector('alipaynat001', 'alipay-native', { appId: '2', privateKey: 'y', signType: 'RSA2' });
    seedTargets('alipay');
    const { user } = await renderApp('/connectors/alipayweb001');
    await user.click(await screen.findByRole('button', { name: 'Delete connector' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Alipay (Web)?' });
    expect(
      await within(dialog).findByText(
        'Alipay (Web) is shown on the sign-in page. Its button stays because Alipay (Native) serves the same provider, but sign-in through Alipay (Web) stops working.',
      ),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await screen.findByText('Alipay (Web) deleted');
    expect(db.signInExperience.socialSignInConnectorTargets).toEqual(['alipay']);
  });
});
