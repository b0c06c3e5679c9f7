// LINE (factory `line-universal`): formItems as Logto 1.42 ships them.
import { letterLogo } from './logo';
import type { FactoryDefinition } from './types';

const readme = `# LINE

Lets users sign in with their LINE account.

## Set up

1. In the LINE Developers console, create a provider and a "LINE Login" channel.
2. Set the callback URL to \`<tenant endpoint>/callback/<connector id>\`.

## Configure the connector

- **Client ID (Channel ID)**: the channel ID.
- **Client Secret (Channel Secret)**: the channel secret; kept secret.
- **Scope**: \`profile openid email\` by default.
`;

export const line: FactoryDefinition = {
  factory: {
    type: 'Social',
    isDemo: false,
    id: 'line-universal',
    target: 'line',
    name: { en: 'LINE', ja: 'LINE' },
    description: {
      en: 'Let users sign in with LINE, the messaging app popular in Japan and Asia.',
      ja: '日本やアジアで広く使われている LINE のアカウントでサインインできるようにします。',
    },
    logo: letterLogo({ text: 'LINE', background: '#06C755', fontSize: 13 }),
    logoDark: letterLogo({ text: 'LINE', background: '#FFFFFF', foreground: '#06C755', fontSize: 13 }),
    readme: readme,
    formItems: [
      { type: 'Text', key: 'clientId', label: 'Client ID (Channel ID)', required: true },
      { type: 'Text', key: 'clientSecret', label: 'Client Secret (Channel Secret)', required: true },
      {
        type: 'MultilineText',
        key: 'scope',
        label: 'Scope',
        required: false,
        description: "The `scope` determines permissions granted by the user's authorization. ",
      },
    ],
    platform: 'Universal',
  },
};
