// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { api, list, record } from '../testing/api';

const create = (body: Record<string, unknown>) => api('POST', '/applications', body);

describe('applications', () => {
  it('creates with a 21-character id and gives secret-holding types a 32-character Default secret', async () => {
    for (const type of ['Traditional', 'MachineToMachine', 'SPA', 'Native']) {
      const { status, body } = await create({ name: `${type} app`, type });
      expect(status).toBe(200);
      const app = record(body);
      expect(app.id).toMatch(/^[0-9a-z]{21}$/);
      expect(app).not.toHaveProperty('secret');
      const secrets = list((await api('GET', `/applications/${String(app.id)}/secrets`)).body);
      if (type === 'Traditional' || type === 'MachineToMachine') {
        expect(secrets).toEqual([expect.objectContaining({ name: 'Default secret', value: expect.stringMatching(/^[0-9A-Za-z]{32}$/) })]);
      } else {
        expect(secrets).toEqual([]);
      }
    }
  });

  it('refuses SAML, a Protected app without its metadata and a third-party SPA', async () => {
    expect(record((await create({ name: 'S', type: 'SAML' })).body).code).toBe('application.saml.use_saml_app_api');
    expect(record((await create({ name: 'P', type: 'Protected' })).body).code).toBe('application.protected_app_metadata_is_required');
    const thirdParty = await create({ name: 'T', type: 'SPA', isThirdParty: true });
    expect([thirdParty.status, record(thirdParty.body).code]).toEqual([400, 'application.invalid_third_party_application_type']);
  });

  it('takes custom-scheme redirect URIs for native apps only', async () => {
    const metadata = { redirectUris: ['io.acme.app://callback'], postLogoutRedirectUris: [] };
    expect((await create({ name: 'N', type: 'Native', oidcClientMetadata: metadata })).status).toBe(200);
    const spa = await create({ name: 'W', type: 'SPA', oidcClientMetadata: metadata });
    expect(record(spa.body).details).toBe('Error in key path "oidcClientMetadata.redirectUris.0": (custom) Invalid input');
  });

  it('patches top-level fields, replaces objects whole and never changes the type', async () => {
    const { id } = record((await create({ name: 'Web', type: 'SPA', oidcClientMetadata: { redirectUris: ['https://a.test/cb'], postLogoutRedirectUris: ['https://a.test/'] } })).body);
    const patched = record(
      (await api('PATCH', `/applications/${String(id)}`, { type: 'Native', description: 'New', oidcClientMetadata: { redirectUris: ['https://b.test/cb'] } })).body,
    );
    expect(patched).toMatchObject({ type: 'SPA', description: 'New', oidcClientMetadata: { redirectUris: ['https://b.test/cb'], postLogoutRedirectUris: [] } });
    expect(patched).not.toHaveProperty('isAdmin');
    expect(record((await api('GET', `/applications/${String(id)}`)).body).isAdmin).toBe(false);
  });

  it('pages, counts, filters by type and searches', async () => {
    const all = list((await api('GET', '/applications')).body);
    const page = await api('GET', '/applications?page=1&page_size=2');
    expect(list(page.body)).toEqual(all.slice(0, 2));
    expect(page.headers.get('total-number')).toBe(String(all.length));
    const native = list((await api('GET', '/applications?types=Native')).body);
    expect(native.length).toBeGreaterThan(0);
    expect(native.every((app) => app.type === 'Native')).toBe(true);
    expect(list((await api('GET', '/applications?search.name=%25STORE%25')).body).map((app) => app.name)).toEqual(['Acme Storefront']);
    const badType = await api('GET', '/applications?types=Bogus');
    expect([badType.status, record(badType.body).code, record(badType.body).message]).toEqual([
      400,
      'guard.invalid_input',
      'The request query is invalid.',
    ]);
  });

  it('lists newest first and deletes the app with its secrets', async () => {
    const { id } = record((await create({ name: 'Newest', type: 'MachineToMachine' })).body);
    expect(list((await api('GET', '/applications')).body)[0]?.id).toBe(id);
    expect((await api('DELETE', `/applications/${String(id)}`)).status).toBe(204);
    const gone = await api('GET', `/applications/${String(id)}/secrets`);
    expect([gone.status, record(gone.body).code]).toEqual([404, 'entity.not_exists_with_id']);
  });

  it('answers in Japanese when asked', async () => {
    const { body } = await api('GET', '/applications/x', undefined, { 'accept-language': 'ja-JP,ja;q=0.9' });
    expect(record(body).message).toBe('IDが`x`のapplicationsは存在しません。');
  });
});

describe('application secrets', () => {
  const appId = 'p7c2k9x4m1w8r5t3v6b0q'; // the seeded Traditional app

  it('creates with future expiry only and keeps names unique, also when renaming', async () => {
    const past = await api('POST', `/applications/${appId}/secrets`, { name: 'late', expiresAt: Date.now() - 1 });
    expect(record(past.body)).toEqual({ code: 'request.invalid_input', message: 'Input is invalid. The value of `expiresAt` must be in the future.' });
    const created = await api('POST', `/applications/${appId}/secrets`, { name: 'rotation', expiresAt: Date.now() + 60_000 });
    expect(created.status).toBe(201);
    const clash = await api('PATCH', `/applications/${appId}/secrets/rotation`, { name: 'ci-deploy' });
    expect([clash.status, record(clash.body).code]).toEqual([422, 'application.secret_name_exists']);
    const renamed = await api('PATCH', `/applications/${appId}/secrets/rotation`, { name: 'rotation-2' });
    expect(record(renamed.body).name).toBe('rotation-2');
    expect((await api('DELETE', `/applications/${appId}/secrets/rotation-2`)).status).toBe(204);
    expect((await api('DELETE', `/applications/${appId}/secrets/rotation-2`)).status).toBe(404);
  });

  it('addresses secrets by their URL-encoded name', async () => {
    const renamed = await api('PATCH', `/applications/${appId}/secrets/Default%20secret`, { name: 'Primary secret' });
    expect([renamed.status, record(renamed.body).name]).toEqual([200, 'Primary secret']);
    expect((await api('DELETE', `/applications/${appId}/secrets/Primary%20secret`)).status).toBe(204);
  });
});
