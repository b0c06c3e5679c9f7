// Twilio (SMS). Creating an SMS connector replaces any other SMS connector, as in Logto.
import { pictogramLogo } from './logo';
import { codeMessage, usageTypes } from './templates';
import type { FactoryDefinition } from './types';

const readme = `# Twilio SMS Service

Send verification codes by text message through Twilio.

## Set up

1. Create a Twilio account and a Messaging Service with a sender number.
2. Copy the Account SID and Auth Token from the console.

## Configure the connector

- **Account SID / Auth Token**: from the Twilio console; the token is kept secret.
- **From Messaging Service SID**: the Messaging Service that sends the codes.
`;

export const twilio: FactoryDefinition = {
  factory: {
    type: 'Sms',
    isDemo: false,
    id: 'twilio-short-message-service',
    target: 'twilio-sms',
    name: { en: 'Twilio SMS Service', ja: 'Twilio SMS サービス' },
    description: { en: 'Send verification codes by text message through Twilio.', ja: 'Twilio で認証コードを SMS 送信します。' },
    logo: pictogramLogo('bubble', '#F22F46'),
    logoDark: null,
    readme: readme,
    formItems: [
      { type: 'Text', key: 'accountSID', label: 'Account SID', placeholder: '<account-sid>', required: true },
      { type: 'Text', key: 'authToken', label: 'Auth Token', placeholder: '<auth-token>', required: true },
      {
        type: 'Text',
        key: 'fromMessagingServiceSID',
        label: 'From Messaging Service SID',
        placeholder: '<from-messaging-service-sid>',
        required: true,
      },
      {
        type: 'Switch',
        key: 'disableRiskCheck',
        label: 'Disable risk check',
        required: false,
        defaultValue: false,
        description: 'Whether to disable Twilio built-in risk check. Enabled by default. More details: https://www.twilio.com/docs/messaging/api/message-resource',
      },
      {
        type: 'Json',
        key: 'templates',
        label: 'Templates',
        required: true,
        defaultValue: usageTypes.map((usageType) => ({ usageType, content: codeMessage(usageType) })),
      },
    ],
    platform: null,
  },
};
