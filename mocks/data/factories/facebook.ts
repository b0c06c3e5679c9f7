// Facebook (factory `facebook-universal`): formItems as Logto 1.42 ships them.
import { letterLogo } from './logo';
import { oauthClientFormItems } from './oauth-form-items';
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
    formItems: oauthClientFormItems(),
    platform: 'Universal',
    isTokenStorageSupported: true,
  },
};
