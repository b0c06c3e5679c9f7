// WeChat: one provider, two platforms (target `wechat`).
import { letterLogo } from './logo';
import { scopeItem } from './oauth-form-items';
import type { FactoryDefinition } from './types';

const wechatLogo = letterLogo({ text: 'W', background: '#07C160' });

const webReadme = `# WeChat (Web)

Lets users sign in with their WeChat account.

## Set up

1. On the WeChat Open Platform, create a **website application** and wait for approval.
2. Set the authorization callback domain to the host of your tenant endpoint.

## Configure the connector

- **App ID**: the AppID.
- **App Secret**: the AppSecret; kept secret.
- **Scope**: \`snsapi_login\` for websites.
`;

const nativeReadme = `# WeChat (Native)

Lets users sign in with their WeChat account.

## Set up

1. On the WeChat Open Platform, create a **mobile application** and register its bundle ID or package signature.
2. Integrate the WeChat SDK in your app.

## Configure the connector

- **App ID**: the AppID.
- **App Secret**: the AppSecret; kept secret.
- **Universal Links**: required for iOS apps.
`;

export const wechatWeb: FactoryDefinition = {
  factory: {
    type: 'Social',
    isDemo: false,
    id: 'wechat-web',
    target: 'wechat',
    name: { en: 'WeChat', ja: 'WeChat' },
    description: {
      en: 'Let WeChat users sign in to your website by scanning a QR code.',
      ja: 'WeChat ユーザーが QR コードをスキャンして Web サイトにサインインできるようにします。',
    },
    logo: wechatLogo,
    logoDark: null,
    readme: webReadme,
    formItems: [
      { type: 'Text', key: 'appId', label: 'App ID', placeholder: '<app-id>', required: true },
      { type: 'Text', key: 'appSecret', label: 'App Secret', placeholder: '<app-secret>', required: true },
      scopeItem(),
    ],
    platform: 'Web',
  },
};

export const wechatNative: FactoryDefinition = {
  factory: {
    type: 'Social',
    isDemo: false,
    id: 'wechat-native',
    target: 'wechat',
    name: { en: 'WeChat', ja: 'WeChat' },
    description: {
      en: 'Sign in with the WeChat app from your iOS or Android app.',
      ja: 'iOS / Android アプリから WeChat アプリでサインインできるようにします。',
    },
    logo: wechatLogo,
    logoDark: null,
    readme: nativeReadme,
    formItems: [
      { type: 'Text', key: 'appId', label: 'App ID', placeholder: '<app-id>', required: true },
      { type: 'Text', key: 'appSecret', label: 'App Secret', placeholder: '<app-secret>', required: true },
      {
        type: 'Text',
        key: 'universalLinks',
        label: 'Universal Links',
        placeholder: '<universal-links>',
        required: false,
      },
    ],
    platform: 'Native',
  },
};
