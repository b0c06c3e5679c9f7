// Standard OAuth 2.0: `isStandard`, so an admin may add several instances (one target each).
import { letterLogo } from './logo';
import { clientCredentialItems } from './oauth-form-items';
import type { FactoryDefinition } from './types';

const readme = `# OAuth 2.0 (standard)

Lets users sign in with their OAuth 2.0 account.

## Set up

1. Register a client at your provider.
2. Allow \`<tenant endpoint>/callback/<connector id>\` as a redirect URI.
3. Map the provider's user info fields to Logto's profile in **Profile Map**.

## Configure the connector

- **Authorization / Token / User Info Endpoint**: from the provider's documentation.
- **Client ID**: the OAuth client ID.
- **Client Secret**: the OAuth client secret; kept secret.
- **Token Endpoint Response Type**: \`query-string\` or \`json\`, as your provider answers.
`;

export const oauth2: FactoryDefinition = {
  factory: {
    type: 'Social',
    isDemo: false,
    id: 'oauth2',
    target: 'oauth2',
    name: { en: 'OAuth 2.0', ja: 'OAuth 2.0' },
    description: {
      en: 'Connect any provider that offers an OAuth 2.0 authorization code flow.',
      ja: 'OAuth 2.0 の認可コードフローに対応した任意のプロバイダーと接続します。',
    },
    logo: letterLogo({ text: 'O2', background: '#334155', fontSize: 18 }),
    logoDark: null,
    readme: readme,
    formItems: [
      {
        type: 'Text',
        key: 'authorizationEndpoint',
        label: 'Authorization Endpoint',
        placeholder: '<authorization-endpoint>',
        required: true,
      },
      {
        type: 'Text',
        key: 'tokenEndpoint',
        label: 'Token Endpoint',
        placeholder: '<token-endpoint>',
        required: true,
      },
      {
        type: 'Text',
        key: 'userInfoEndpoint',
        label: 'User Info Endpoint',
        placeholder: '<user-info-endpoint>',
        required: true,
      },
      ...clientCredentialItems(),
      {
        type: 'Select',
        selectItems: [
          { value: 'client_secret_post', title: 'client_secret_post' },
          { value: 'client_secret_basic', title: 'client_secret_basic' },
          { value: 'client_secret_jwt', title: 'client_secret_jwt' },
        ],
        key: 'tokenEndpointAuthMethod',
        label: 'Token Endpoint Auth Method',
        required: true,
        defaultValue: 'client_secret_post',
        description: 'The method used for client authentication at the token endpoint in OAuth 2.0.',
      },
      {
        type: 'Select',
        selectItems: [
          { value: 'HS256', title: 'HS256' },
          { value: 'HS384', title: 'HS384' },
          { value: 'HS512', title: 'HS512' },
        ],
        key: 'clientSecretJwtSigningAlgorithm',
        label: 'Client Secret JWT Signing Algorithm',
        required: true,
        defaultValue: 'HS256',
        showConditions: [{ targetKey: 'tokenEndpointAuthMethod', expectValue: 'client_secret_jwt' }],
        description: 'The signing algorithm used for the client secret JWT.',
      },
      {
        type: 'Select',
        selectItems: [{ value: 'query-string', title: 'query-string' }, { value: 'json', title: 'json' }],
        key: 'tokenEndpointResponseType',
        label: 'Token Endpoint Response Type',
        required: false,
        defaultValue: 'query-string',
      },
      {
        type: 'MultilineText',
        key: 'scope',
        label: 'Scope',
        placeholder: 'Enter the scopes (separated by a space)',
        required: false,
      },
      {
        type: 'Json',
        key: 'profileMap',
        label: 'Profile Map',
        required: false,
        defaultValue: {
          id: 'user_id',
          email: 'email_verified',
          phone: 'phone_verified',
          name: 'full_name',
          avatar: 'avatar_url',
        },
      },
      { type: 'Json', key: 'customConfig', label: 'Custom Config', required: false, defaultValue: {} },
    ],
    platform: 'Universal',
    isStandard: true,
    isTokenStorageSupported: true,
  },
};
