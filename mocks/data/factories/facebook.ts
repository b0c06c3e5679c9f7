// Facebook (factory `facebook-universal`): formItems as Logto 1.42 ships them.
import { letterLogo } from './logo';
import type { FactoryDefinition } from './types';

const readme = `# Facebook

Lets users sign in with their Facebook account.

## Set up

1. In Meta for Developers, create an app with the "Facebook Login" product.
2. Add \`<tenant endpoint>/callback/<connector id>\` to the valid OAuth redirect URIs.

## Configure the connector

- **Client ID**: the App ID.
- **Client Secret**: the App Secret; kept secret.
- **Scope**: \`email public_profile\` by default.
`;

export const facebook: FactoryDefinition = {
  factory: {
    type: 'Social',
    isDemo: false,
    id: 'facebook-universal',
    target: 'facebook',
    name: { en: 'Facebook', ja: 'Facebook' },
    description: { en: 'Let users sign in with their Facebook account.', ja: 'Facebook アカウントでサインインできるようにします。' },
    logo: letterLogo({ text: 'f', background: '#1877F2', shape: 'circle', fontSize: 28 }),
    logoDark: null,
    readme: readme,
    formItems: [
      { type: 'Text', key: 'clientId', label: 'Client ID', placeholder: '<client-id>', required: true },
      {
        type: 'Text',
        key: 'clientSecret',
        label: 'Client Secret',
        placeholder: '<client-secret>',
        required: true,
      },
      {
        type: 'MultilineText',
        key: 'scope',
        label: 'Scope',
        placeholder: 'Enter the scopes (separated by a space)',
        required: false,
        description: "The `scope` determines permissions granted by the user's authorization. ",
      },
    ],
    platform: 'Universal',
    isTokenStorageSupported: true,
  },
};
