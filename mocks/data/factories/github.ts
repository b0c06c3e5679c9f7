// GitHub (factory `github-universal`): formItems as Logto 1.42 ships them.
import { letterLogo } from './logo';
import { oauthClientFormItems } from './oauth-form-items';
import type { FactoryDefinition } from './types';

const readme = `# GitHub

Lets users sign in with their GitHub account.

## Set up

1. In GitHub, open Settings → Developer settings → OAuth Apps and register a new app.
2. Set the authorization callback URL to \`<tenant endpoint>/callback/<connector id>\`.
3. Generate a client secret.

## Configure the connector

- **Client ID**: the OAuth client ID.
- **Client Secret**: the OAuth client secret; kept secret.
- **Scope**: \`read:user\` by default; add \`user:email\` for private emails.
`;

export const github: FactoryDefinition = {
  factory: {
    type: 'Social',
    isDemo: false,
    id: 'github-universal',
    target: 'github',
    name: { en: 'GitHub', ja: 'GitHub' },
    description: { en: 'Let developers sign in with their GitHub account.', ja: '開発者が GitHub アカウントでサインインできるようにします。' },
    logo: letterLogo({ text: 'GH', background: '#24292F', fontSize: 18 }),
    logoDark: letterLogo({ text: 'GH', background: '#F6F8FA', foreground: '#24292F', fontSize: 18 }),
    readme: readme,
    formItems: oauthClientFormItems(),
    platform: 'Universal',
    isTokenStorageSupported: true,
  },
};
