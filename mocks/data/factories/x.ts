// X (factory `x-universal`): formItems as Logto 1.42 ships them.
import { letterLogo } from './logo';
import type { FactoryDefinition } from './types';

const readme = `# X

Lets users sign in with their X (Twitter) account.

## Set up

1. In the X developer portal, create a project and an app with OAuth 2.0 enabled.
2. Add \`<tenant endpoint>/callback/<connector id>\` as a callback URI.

## Configure the connector

- **Client ID**: the OAuth client ID.
- **Client Secret**: the OAuth client secret; kept secret.
- **Scope**: \`tweet.read users.read\` by default.
`;

export const x: FactoryDefinition = {
  factory: {
    type: 'Social',
    isDemo: false,
    id: 'x-universal',
    target: 'x',
    name: { en: 'X', ja: 'X' },
    description: {
      en: 'Let users sign in with their X (formerly Twitter) account.',
      ja: 'X (旧 Twitter) アカウントでサインインできるようにします。',
    },
    logo: letterLogo({ text: 'X', background: '#000000' }),
    logoDark: letterLogo({ text: 'X', background: '#FFFFFF', foreground: '#000000' }),
    readme: readme,
    formItems: [
      { type: 'Text', key: 'clientId', label: 'Client ID', required: true },
      { type: 'Text', key: 'clientSecret', label: 'Client Secret', required: true },
      {
        type: 'MultilineText',
        key: 'scope',
        label: 'Scope',
        required: false,
        description: "The `scope` determines permissions granted by the user's authorization.",
      },
    ],
    platform: 'Universal',
  },
};
