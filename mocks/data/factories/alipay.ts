// Alipay: one provider, two platforms (target `alipay`). formItems follow fixtures 040 and 046 exactly.
import { letterLogo } from './logo';
import type { FactoryDefinition } from './types';

const alipayLogo = letterLogo({ text: 'A', background: '#1677FF' });

const webReadme = `# Alipay (Web)

Lets users sign in with their Alipay account.

## Set up

1. Register an Alipay open platform developer account.
2. In "My apps", under "Web & Mobile apps", create an app of type **web app** with a name and an icon.
3. Add the abilities "third-party app authorization", "get member info" and "App Alipay login".
4. Bind the APPID in the customer center ("Account center" → "APPID binding") and sign the "App Alipay login" product.
5. In "Development info", choose **public key** signing and paste your public key (the PEM body only).
6. Set the authorization redirect URI to \`<tenant endpoint>/callback/<connector id>\` and submit the app for review.

## Configure the connector

- **App ID**: the APPID of your app (at most 16 characters).
- **Private Key**: the whole PEM private key, header and footer included.
- **Signing Algorithm**: \`RSA2\` (RSA-SHA256) unless your app was set up for \`RSA\`.
- **Char Set**: \`utf8\` or \`gbk\`.
- **Scope**: \`auth_user\` for the member profile, \`auth_base\` for the user ID only.

Generate a key pair with \`openssl genrsa -out private.pem 2048\` and \`openssl rsa -in private.pem -pubout -out public.pem\`.
`;

const nativeReadme = `# Alipay (Native)

Lets users sign in with their Alipay account.

## Set up

1. Create a **mobile app** on the Alipay open platform and add the "App Alipay login" ability.
2. Choose **public key** signing and upload your public key.
3. Integrate the Alipay SDK in your app and bind its bundle identifier or package name.

## Configure the connector

- **App ID**: the APPID of your mobile app.
- **Private Key**: the PEM private key.
- **Signing Algorithm**: \`RSA2\` (RSA-SHA256) is recommended.
`;

export const alipayWeb: FactoryDefinition = {
  factory: {
    type: 'Social',
    isDemo: false,
    id: 'alipay-web',
    target: 'alipay',
    name: { en: 'Alipay', ja: 'Alipay' },
    description: {
      en: 'Let Alipay users sign in to your website with the Alipay account they already use for payments.',
      ja: '支払いに使っている Alipay アカウントで、Web サイトにサインインできるようにします。',
    },
    logo: alipayLogo,
    logoDark: null,
    readme: webReadme,
    formItems: [
      {
        type: 'Text',
        key: 'appId',
        label: 'App ID',
        placeholder: '<app-id-with-maximum-length-16>',
        required: true,
      },
      {
        type: 'MultilineText',
        key: 'privateKey',
        label: 'Private Key',
        placeholder: '<private-key>',
        required: true,
      },
      {
        type: 'Select',
        selectItems: [{ value: 'RSA', title: 'RSA-SHA1' }, { value: 'RSA2', title: 'RSA-SHA256' }],
        key: 'signType',
        label: 'Signing Algorithm',
        defaultValue: 'RSA2',
      },
      {
        type: 'Select',
        selectItems: [{ value: 'gbk', title: 'gbk' }, { value: 'utf8', title: 'utf8' }],
        key: 'charset',
        label: 'Char Set',
        defaultValue: 'utf8',
      },
      {
        type: 'Text',
        key: 'scope',
        label: 'Scope',
        placeholder: 'Enter the scopes (separated by a space)',
        required: false,
        description: "The `scope` determines permissions granted by the user's authorization. ",
      },
    ],
    platform: 'Web',
  },
  rules: { alsoRequired: ['signType'] },
};

export const alipayNative: FactoryDefinition = {
  factory: {
    type: 'Social',
    isDemo: false,
    id: 'alipay-native',
    target: 'alipay',
    name: { en: 'Alipay', ja: 'Alipay' },
    description: {
      en: 'Sign in with the Alipay app from your iOS or Android app.',
      ja: 'iOS / Android アプリから Alipay アプリでサインインできるようにします。',
    },
    logo: alipayLogo,
    logoDark: null,
    readme: nativeReadme,
    formItems: [
      {
        type: 'Text',
        key: 'appId',
        label: 'App ID',
        placeholder: '<app-id-with-maximum-length-16>',
        required: true,
      },
      {
        type: 'MultilineText',
        key: 'privateKey',
        label: 'Private Key',
        placeholder: '<private-key>',
        required: true,
      },
      {
        type: 'Select',
        selectItems: [{ value: 'RSA', title: 'RSA-SHA1' }, { value: 'RSA2', title: 'RSA-SHA256' }],
        key: 'signType',
        label: 'Signing Algorithm',
        defaultValue: 'RSA2',
      },
    ],
    platform: 'Native',
  },
  rules: { alsoRequired: ['signType'] },
};
