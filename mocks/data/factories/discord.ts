// Discord (factory `discord-universal`): formItems as Logto 1.42 ships them.
import { letterLogo } from './logo';
import { oauthClientFormItems } from './oauth-form-items';
import type { FactoryDefinition } from './types';

const readme = `# Discord

Lets users sign in with their Discord account.

## Set up

1. In the Discord developer portal, create an application.
2. Under OAuth2, add \`<tenant endpoint>/callback/<connector id>\` as a redirect.

## Configure the connector

- **Client ID**: the OAuth client ID.
- **Client Secret**: the OAuth client secret; kept secret.
- **Scope**: \`identify email\` by default.
`;

export const discord: FactoryDefinition = {
  factory: {
    type: 'Social',
    isDemo: false,
    id: 'discord-universal',
    target: 'discord',
    name: { en: 'Discord', ja: 'Discord' },
    description: {
      en: 'Let gamers and communities sign in with their Discord account.',
      ja: 'ゲーマーやコミュニティが Discord アカウントでサインインできるようにします。',
    },
    logo: letterLogo({ text: 'D', background: '#5865F2' }),
    logoDark: null,
    readme: readme,
    formItems: oauthClientFormItems(),
    platform: 'Universal',
  },
};
