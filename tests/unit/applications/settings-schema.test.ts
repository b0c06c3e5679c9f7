import { describe, expect, it } from 'vitest';
import type { Application } from '../../../src/api/applications';
import { settingsSchema, toSettingsPayload, toSettingsValues } from '../../../src/features/applications/settings/settings-schema';

const application: Application = {
  id: 'b00kst0re0000000000aa',
  name: 'Bookstore',
  description: null,
  type: 'Traditional',
  oidcClientMetadata: { redirectUris: ['http://localhost:3000/callback'], postLogoutRedirectUris: [], logoUri: 'https://x.example/logo.png' },
  createdAt: 0,
};

describe('settings converters', () => {
  it('round-trips an application into form values and back into a complete PATCH body', () => {
    const values = toSettingsValues(application);
    expect(values).toEqual({
      name: 'Bookstore',
      description: '',
      redirectUris: [{ value: 'http://localhost:3000/callback' }],
      postLogoutRedirectUris: [],
    });
    const { payload } = toSettingsPayload(
      { ...values, name: '  Bookstore  ', postLogoutRedirectUris: [{ value: 'http://localhost:3000/' }, { value: '' }] },
      application,
    );
    // Every key of oidcClientMetadata survives: PATCH replaces the object whole.
    expect(payload).toEqual({
      name: 'Bookstore',
      description: null,
      oidcClientMetadata: {
        redirectUris: ['http://localhost:3000/callback'],
        postLogoutRedirectUris: ['http://localhost:3000/'],
        logoUri: 'https://x.example/logo.png',
      },
    });
  });
});

describe('settingsSchema', () => {
  const schema = settingsSchema({});
  const base = toSettingsValues(application);

  it('accepts valid values', () => {
    expect(schema.safeParse(base).success).toBe(true);
  });

  it('reports each URI problem at its row, with a code the form translates', () => {
    const result = schema.safeParse({ ...base, name: ' ', redirectUris: [{ value: 'http://a.example/cb' }, { value: 'http://a.example/cb' }] });
    expect(result.success).toBe(false);
    const issues = result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(issues).toEqual([
      ['name', 'name_required'],
      ['redirectUris.1.value', 'uri_duplicate'],
    ]);
  });
});
