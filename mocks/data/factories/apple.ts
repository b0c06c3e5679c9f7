// Apple (factory `apple-universal`): formItems as Logto 1.42 ships them.
import { letterLogo } from './logo';
import type { FactoryDefinition } from './types';

const readme = `# Apple

Lets users sign in with their Apple ID account.

## Set up

1. In Apple Developer, create an App ID with "Sign in with Apple" and a Services ID for the web.
2. Add your domain and \`<tenant endpoint>/callback/<connector id>\` as a return URL of the Services ID.

## Configure the connector

- **Identifier**: the Services ID (web) or the bundle ID (native).
- **Scope**: \`email name\` to receive the email and name.
`;

export const apple: FactoryDefinition = {
  factory: {
    type: 'Social',
    isDemo: false,
    id: 'apple-universal',
    target: 'apple',
    name: { en: 'Apple', ja: 'Apple' },
    description: { en: 'Sign in with Apple on the web, iOS and macOS.', ja: 'Web、iOS、macOS で Apple でサインインを使えるようにします。' },
    logo: letterLogo({ text: 'A', background: '#000000' }),
    logoDark: letterLogo({ text: 'A', background: '#FFFFFF', foreground: '#000000' }),
    readme: readme,
    formItems: [
      {
        type: 'Text',
        key: 'clientId',
        label: 'Identifier',
        placeholder: '<your-registered-identifier>',
        required: true,
      },
      { type: 'MultilineText', key: 'scope', label: 'Scope', placeholder: 'email name', required: false },
    ],
    platform: 'Universal',
  },
};
