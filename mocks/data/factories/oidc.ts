// Standard OpenID Connect: `isStandard`, so an admin may add several instances (one target each).
import { letterLogo } from './logo';
import { clientCredentialItems } from './oauth-form-items';
import type { FactoryDefinition } from './types';

const readme = `# OpenID Connect (standard)

Lets users sign in with their OpenID Connect account.

## Set up

1. Register a client at your provider and note its discovery document.
2. Allow \`<tenant endpoint>/callback/<connector id>\` as a redirect URI.
3. Give this connector its own target and display name so it gets its own sign-in button.

## Configure the connector

- **Authorization / Token Endpoint**: from the provider's \`.well-known/openid-configuration\`.
- **Client ID**: the OAuth client ID.
- **Client Secret**: the OAuth client secret; kept secret.
- **Scope**: must include \`openid\`.
- **ID Token Verification Config**: at least \`{ "jwksUri": "..." }\`.
`;

export const oidc: FactoryDefinition = {
  factory: {
    type: 'Social',
    isDemo: false,
    id: 'oidc',
    target: 'oidc',
    name: { en: 'OIDC', ja: 'OIDC' },
    description: {
      en: 'Connect any identity provider that speaks OpenID Connect.',
      ja: 'OpenID Connect に対応した任意の ID プロバイダーと接続します。',
    },
    logo: letterLogo({ text: 'ID', background: '#F78C40', fontSize: 18 }),
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
        type: 'MultilineText',
        key: 'scope',
        label: 'Scope',
        placeholder: 'Enter the scopes (separated by a space)',
        required: true,
      },
      {
        type: 'Switch',
        key: 'acceptStringTypedBooleanClaims',
        label: 'Accept String-typed Boolean Claims',
        required: false,
        defaultValue: false,
        description: 'Whether to accept string-typed boolean claims. For standard OIDC protocol, some claims such as `email_verified` and `phone_verified` are boolean-typed, but some providers may return them as string-typed. Enabling this option will convert string-typed boolean claims to boolean-typed.',
      },
      {
        type: 'Switch',
        key: 'trustUnverifiedEmail',
        label: 'Trust Unverified Email',
        required: false,
        defaultValue: false,
        description: 'Whether to trust the `email` claim even when `email_verified` is missing or false. Enable this only if you trust the provider to supply verified emails.',
        tooltip: "Some OIDC identity providers don't return the `email_verified` claim, so emails may be unverified. Logto won’t sync unverified email to the user profile by default. Enable this only if you fully trust the identity provider's email validation.",
      },
      {
        type: 'Json',
        key: 'idTokenVerificationConfig',
        label: 'ID Token Verification Config',
        required: true,
        defaultValue: { jwksUri: '<jwks-uri>' },
      },
      {
        type: 'Json',
        key: 'authRequestOptionalConfig',
        label: 'Authentication Request Optional Config',
        required: false,
        defaultValue: {},
      },
      { type: 'Json', key: 'customConfig', label: 'Custom Config', required: false, defaultValue: {} },
    ],
    platform: 'Universal',
    isStandard: true,
    isTokenStorageSupported: true,
  },
};
