// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { api, exampleOidcConfig, list, record } from '../testing/api';

const patreon = { connectorId: 'patreon-universal', config: { clientId: 'id', clientSecret: 'secret' } };
const oidcConfig = exampleOidcConfig;
const twilio = {
  connectorId: 'twilio-short-message-service',
  config: { accountSID: 'AC1', authToken: 't', fromMessagingServiceSID: 'MG1', templates: [{ usageType: 'Generic', content: '{{code}}' }] },
};

describe('connectors', () => {
  it('uses a client-chosen id, else generates a 12-character one', async () => {
    const chosen = await api('POST', '/connectors', { ...patreon, id: 'my-patreon' });
    expect(record(chosen.body).id).toBe('my-patreon');
    const generated = await api('POST', '/connectors', { connectorId: 'github-universal', config: { clientId: 'a', clientSecret: 'b' } });
    expect(record(generated.body).id).toMatch(/^[0-9a-z]{12}$/);
    const taken = await api('POST', '/connectors', { connectorId: 'google-universal', id: 'my-patreon', config: { clientId: 'a', clientSecret: 'b' } });
    expect([taken.status, record(taken.body).code]).toEqual([422, 'entity.unique_integrity_violation']);
  });

  it('drops empty strings and nulls from the saved config', async () => {
    const { body } = await api('POST', '/connectors', { connectorId: 'patreon-universal', config: { clientId: 'a', clientSecret: 'b', scope: '' } });
    expect(record(body).config).toEqual({ clientId: 'a', clientSecret: 'b' });
    const patched = await api('PATCH', `/connectors/${String(record(body).id)}`, { config: { clientId: 'c', clientSecret: 'd', scope: null } });
    expect(record(patched.body).config).toEqual({ clientId: 'c', clientSecret: 'd' });
  });

  it('allows one connector per target and platform, naming the one in the way', async () => {
    await api('POST', '/connectors', { connectorId: 'google-universal', config: { clientId: 'a', clientSecret: 'b' } });
    const clash = await api('POST', '/connectors', { connectorId: 'oidc', metadata: { target: 'google', name: { en: 'Google via OIDC' } }, config: oidcConfig });
    expect(clash.status).toBe(422);
    expect(record(clash.body)).toMatchObject({
      code: 'connector.multiple_target_with_same_platform',
      data: { connectorId: 'google-universal', connectorName: { en: 'Google' } },
    });
  });

  it('lets standard connectors have several instances, each with its own target', async () => {
    const noTarget = await api('POST', '/connectors', { connectorId: 'oidc', config: oidcConfig });
    expect(record(noTarget.body).code).toBe('connector.should_specify_target');
    const first = await api('POST', '/connectors', { connectorId: 'oidc', metadata: { target: 'okta', name: { en: 'Okta' } }, config: oidcConfig });
    const second = await api('POST', '/connectors', { connectorId: 'oidc', metadata: { target: 'auth0', name: { en: 'Auth0' } }, config: oidcConfig });
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(record(first.body)).toMatchObject({ target: 'okta', name: { en: 'Okta' }, metadata: { target: 'okta' } });
    const retarget = await api('PATCH', `/connectors/${String(record(first.body).id)}`, { metadata: { target: 'other' } });
    expect(record(retarget.body).code).toBe('connector.can_not_modify_target');
  });

  it('keeps one Email and one SMS connector: a new one replaces the old', async () => {
    const smsbao = await api('POST', '/connectors', {
      connectorId: 'smsbao-sms',
      config: { username: 'u', passwordOrApiKey: 'p', templates: [{ usageType: 'Generic', content: '{{code}}' }] },
    });
    await api('POST', '/connectors', twilio);
    const connectorIds = list((await api('GET', '/connectors')).body).map((connector) => connector.connectorId);
    expect(connectorIds).toEqual(['twilio-short-message-service']);
    expect((await api('GET', `/connectors/${String(record(smsbao.body).id)}`)).status).toBe(404);
  });

  it('refuses the demo factory, and profile sync on non-social connectors', async () => {
    const demo = await api('POST', '/connectors', { connectorId: 'logto-social-demo', config: {} });
    expect(record(demo.body).code).toBe('connector.not_found_with_connector_id');
    const { body } = await api('POST', '/connectors', twilio);
    const sync = await api('PATCH', `/connectors/${String(record(body).id)}`, { syncProfile: true });
    expect([sync.status, record(sync.body).code]).toEqual([422, 'connector.invalid_type_for_syncing_profile']);
  });

  it('removes a target from the sign-in experience when its last connector goes', async () => {
    const web = record((await api('POST', '/connectors', { connectorId: 'wechat-web', config: { appId: 'a', appSecret: 'b' } })).body);
    const native = record((await api('POST', '/connectors', { connectorId: 'wechat-native', config: { appId: 'a', appSecret: 'b' } })).body);
    await api('PATCH', '/sign-in-exp', { socialSignInConnectorTargets: ['wechat'] });
    await api('DELETE', `/connectors/${String(web.id)}`);
    expect(record((await api('GET', '/sign-in-exp')).body).socialSignInConnectorTargets).toEqual(['wechat']);
    await api('DELETE', `/connectors/${String(native.id)}`);
    expect(record((await api('GET', '/sign-in-exp')).body).socialSignInConnectorTargets).toEqual([]);
  });
});
