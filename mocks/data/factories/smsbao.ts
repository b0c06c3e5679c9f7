// SMSBao (SMS): the factory whose secret field is marked `isConfidential`.
import { pictogramLogo } from './logo';
import { usageTypes } from './templates';
import type { FactoryDefinition } from './types';

const readme = `# SMSBao SMS Service

Send verification codes by text message to mainland China through SMSBao.

## Set up

1. Create an SMSBao account and apply for a signature and templates.

## Configure the connector

- **Username**: your SMSBao account.
- **API Key or MD5 Password**: kept secret (\`isConfidential\`).
`;

export const smsbao: FactoryDefinition = {
  factory: {
    type: 'Sms',
    isDemo: false,
    id: 'smsbao-sms',
    target: 'smsbao-sms',
    name: { en: 'SMSBao SMS Service', ja: 'SMSBao SMS サービス' },
    description: {
      en: 'Send verification codes by text message to mainland China through SMSBao.',
      ja: 'SMSBao で中国本土向けに認証コードを SMS 送信します。',
    },
    logo: pictogramLogo('bubble', '#2B7DE9'),
    logoDark: null,
    readme: readme,
    formItems: [
      { type: 'Text', key: 'username', label: 'Username', placeholder: '<username>', required: true },
      {
        type: 'Text',
        key: 'passwordOrApiKey',
        label: 'API Key or MD5 Password',
        placeholder: '<api-key-or-md5-password>',
        required: true,
        isConfidential: true,
      },
      {
        type: 'Text',
        key: 'goodsId',
        label: 'Product ID',
        placeholder: '<product-id>',
        required: false,
        description: 'Optional SMSBao dedicated channel product ID.',
      },
      {
        type: 'Json',
        key: 'templates',
        label: 'SMS Templates',
        required: true,
        defaultValue: usageTypes.map((usageType) => ({
          usageType,
          content: '您的验证码是 {{code}}。如非本人操作，请忽略本短信',
        })),
      },
    ],
    platform: null,
  },
};
