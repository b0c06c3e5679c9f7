// Slack (factory `slack-universal`): formItems as Logto 1.42 ships them.
import { letterLogo } from './logo';
import type { FactoryDefinition } from './types';

const readme = `# Slack

Lets users sign in with their Slack account.

## Set up

1. At api.slack.com/apps, create an app.
2. Under "OAuth & Permissions", add \`<tenant endpoint>/callback/<connector id>\` as a redirect URL.

## Configure the connector

- **Client ID**: the OAuth client ID.
- **Client Secret**: the OAuth client secret; kept secret.
- **Scope**: \`openid profile email\` by default.
`;

export const slack: FactoryDefinition = {
  factory: {
    type: 'Social',
    isDemo: false,
    id: 'slack-universal',
    target: 'slack',
    name: { en: 'Slack', ja: 'Slack' },
    description: { en: 'Let teams sign in with their Slack workspace account.', ja: 'Slack ワークスペースのアカウントでサインインできるようにします。' },
    logo: letterLogo({ text: 'S', background: '#4A154B' }),
    logoDark: null,
    readme: readme,
    formItems: [
      { type: 'Text', key: 'clientId', label: 'Client ID', required: true },
      { type: 'Text', key: 'clientSecret', label: 'Client Secret', required: true },
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
