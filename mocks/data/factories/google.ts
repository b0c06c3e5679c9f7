// Google (factory `google-universal`): formItems as Logto 1.42 ships them.
import { letterLogo } from './logo';
import { oauthClientFormItems } from './oauth-form-items';
import type { FactoryDefinition } from './types';

const readme = `# Google

Lets users sign in with their Google account.

## Set up

1. In the Google Cloud console, configure the OAuth consent screen.
2. Create an OAuth client ID of type "Web application" and add \`<tenant endpoint>/callback/<connector id>\` to the authorized redirect URIs.

## Configure the connector

- **Client ID**: the OAuth client ID.
- **Client Secret**: the OAuth client secret; kept secret.
- **Scope**: \`openid profile email\` by default.
- **Prompts**: which screens Google shows; \`select_account\` by default.
- **Refresh access token**: request offline access (needs the \`consent\` prompt).
`;

export const google: FactoryDefinition = {
  factory: {
    type: 'Social',
    isDemo: false,
    id: 'google-universal',
    target: 'google',
    name: { en: 'Google', ja: 'Google' },
    description: {
      en: 'Let users sign in with their Google account, on the web and in apps.',
      ja: 'Google アカウントで Web とアプリにサインインできるようにします。',
    },
    logo: letterLogo({ text: 'G', background: '#FFFFFF', foreground: '#4285F4', border: '#DADCE0', shape: 'circle' }),
    logoDark: null,
    readme: readme,
    formItems: [
      ...oauthClientFormItems(),
      {
        type: 'MultiSelect',
        selectItems: [{ value: 'none' }, { value: 'consent' }, { value: 'select_account' }],
        key: 'prompts',
        label: 'Prompts',
        required: false,
        defaultValue: ['select_account'],
      },
      {
        type: 'Switch',
        key: 'offlineAccess',
        label: 'Refresh access token',
        required: false,
        defaultValue: false,
        description: 'Enable Google `offline` access to request a refresh token, allowing your app to refresh the access token without user re-authorization. (Note: "consent" prompt is required)',
      },
    ],
    platform: 'Universal',
    isTokenStorageSupported: true,
  },
};
