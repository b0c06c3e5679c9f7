import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../render';
import { spyOnBodies } from './helpers';

describe('adding a standard connector (OIDC)', () => {
  it('asks for its own target and button name and sends them as metadata', async () => {
    const posts = spyOnBodies('post', '/connectors');
    const { user } = await renderApp('/connectors/social/new/oidc');
    const form = await screen.findByRole('form', { name: 'Settings' });
    await user.type(within(form).getByLabelText(/^Target/), 'acme');
    await user.type(within(form).getByLabelText(/^Button name/), 'Acme SSO');
    await user.type(within(form).getByLabelText(/Authorization Endpoint/), 'https://idp.example.test/authorize');
    await user.type(within(form).getByLabelText(/^Token Endpoint\*?$/), 'https://idp.example.test/token');
    await user.type(within(form).getByLabelText(/Client ID/), 'oidc-client');
    await user.type(within(form).getByLabelText(/^Client Secret\*?$/), 'oidc-secret');
    await user.type(within(form).getByLabelText(/^Scope/), 'openid profile');
    // The signing algorithm only matters for client_secret_jwt: hidden, so not sent.
    expect(within(form).queryByLabelText(/Client Secret JWT/i)).toBeNull();
    await user.click(within(form).getByRole('button', { name: 'Save and done' }));

    await screen.findByRole('heading', { level: 1, name: 'Acme SSO' });
    const [body] = posts as { metadata: unknown; config: Record<string, unknown> }[];
    expect(body?.metadata).toEqual({ target: 'acme', name: { en: 'Acme SSO' } });
    expect(body?.config).toMatchObject({ clientId: 'oidc-client', tokenEndpointAuthMethod: 'client_secret_post', scope: 'openid profile' });
    expect(body?.config).not.toHaveProperty('__target');
    expect(body?.config).not.toHaveProperty('clientSecretJwtSigningAlgorithm');
  });

  it('requires the target and the button name', async () => {
    const posts = spyOnBodies('post', '/connectors');
    const { user } = await renderApp('/connectors/social/new/oidc');
    const form = await screen.findByRole('form', { name: 'Settings' });
    await user.click(within(form).getByRole('button', { name: 'Save and done' }));
    expect(await within(form).findByText('Enter Target.')).toBeInTheDocument();
    expect(within(form).getByText('Enter Button name.')).toBeInTheDocument();
    expect(posts).toEqual([]);
  });
});
