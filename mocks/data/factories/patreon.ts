// Patreon (target `patreon`, platform Universal). formItems follow fixtures 039 and 045 exactly.
import { letterLogo } from './logo';
import { oauthClientFormItems } from './oauth-form-items';
import type { FactoryDefinition } from './types';

const readme = `# Patreon

Lets users sign in with their Patreon account.

## Set up

1. Sign in (or sign up) at patreon.com.
2. Register a new OAuth client with an App Name and App URL; set its **Redirect URI** to \`<tenant endpoint>/callback/<connector id>\`.
3. Open "Clients & API Keys": copy the Client ID and generate a Client Secret.

## Configure the connector

- **Client ID**: from the Patreon client.
- **Client Secret**: from the Patreon client; kept secret.
- **Scope**: space-separated, \`identity identity[email]\` by default.

If sign-in fails with "The redirect_uri MUST match the registered callback URL for this application.", the two URIs differ (scheme included).
`;

export const patreon: FactoryDefinition = {
  factory: {
    type: 'Social',
    isDemo: false,
    id: 'patreon-universal',
    target: 'patreon',
    name: { en: 'Patreon', ja: 'Patreon' },
    description: {
      en: 'Let creators and their patrons sign in with their Patreon account.',
      ja: 'クリエイターとパトロンが Patreon アカウントでサインインできるようにします。',
    },
    logo: letterLogo({ text: 'P', background: '#FF424D' }),
    logoDark: letterLogo({ text: 'P', background: '#FFFFFF', foreground: '#FF424D' }),
    readme: readme,
    formItems: oauthClientFormItems(),
    platform: 'Universal',
  },
};
