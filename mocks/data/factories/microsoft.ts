// Microsoft Azure AD (factory `azuread-universal`): formItems as Logto 1.42 ships them.
import { letterLogo } from './logo';
import { clientCredentialItems } from './oauth-form-items';
import type { FactoryDefinition } from './types';

const readme = `# Microsoft Azure AD

Lets users sign in with their Microsoft work or school account.

## Set up

1. In the Azure portal, register an application under Microsoft Entra ID.
2. Add a "Web" platform whose redirect URI is \`<tenant endpoint>/callback/<connector id>\`.
3. Create a client secret under "Certificates & secrets".

## Configure the connector

- **Client ID**: the Application (client) ID.
- **Client Secret**: the OAuth client secret; kept secret.
- **Cloud Instance**: \`https://login.microsoftonline.com\` for the public cloud.
- **Tenant ID**: the Directory (tenant) ID, or \`common\` for any organization.
`;

export const microsoftAzureAd: FactoryDefinition = {
  factory: {
    type: 'Social',
    isDemo: false,
    id: 'azuread-universal',
    target: 'azuread',
    name: { en: 'Microsoft Azure AD', ja: 'Microsoft Azure AD' },
    description: {
      en: 'Let employees sign in with their Microsoft Entra ID (Azure AD) work or school account.',
      ja: '社員が Microsoft Entra ID (Azure AD) の職場または学校アカウントでサインインできるようにします。',
    },
    logo: letterLogo({ text: 'M', background: '#0078D4' }),
    logoDark: null,
    readme: readme,
    formItems: [
      ...clientCredentialItems(),
      {
        type: 'Text',
        key: 'cloudInstance',
        label: 'Cloud Instance',
        placeholder: 'https://login.microsoftonline.com',
        required: true,
        defaultValue: 'https://login.microsoftonline.com',
      },
      { type: 'Text', key: 'tenantId', label: 'Tenant ID', placeholder: '<tenant-id>', required: true },
      {
        type: 'MultiSelect',
        selectItems: [{ value: 'none' }, { value: 'login' }, { value: 'consent' }, { value: 'select_account' }],
        key: 'prompts',
        label: 'Prompts',
        required: false,
      },
      { type: 'Text', key: 'scopes', label: 'Scopes', placeholder: '<scope1> <scope2>', required: false },
    ],
    platform: 'Universal',
  },
};
