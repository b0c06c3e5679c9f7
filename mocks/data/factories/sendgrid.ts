// SendGrid (Email). Creating an Email connector replaces any other Email connector, as in Logto.
import { pictogramLogo } from './logo';
import { codeMessage, usageTypes } from './templates';
import type { FactoryDefinition } from './types';

const readme = `# SendGrid Email

Send verification codes by email through Twilio SendGrid.

## Set up

1. Create a SendGrid account and verify a sender identity.
2. Create an API key with "Mail Send" access.

## Configure the connector

- **API Key**: the SendGrid API key; kept secret.
- **From Email**: a verified sender address.
- **Templates**: one entry per usage type.
`;

export const sendgrid: FactoryDefinition = {
  factory: {
    type: 'Email',
    isDemo: false,
    id: 'sendgrid-email-service',
    target: 'sendgrid-mail',
    name: { en: 'SendGrid Email', ja: 'SendGrid メール' },
    description: { en: 'Send verification codes by email through Twilio SendGrid.', ja: 'Twilio SendGrid で認証コードをメール送信します。' },
    logo: pictogramLogo('envelope', '#1A82E2'),
    logoDark: null,
    readme: readme,
    formItems: [
      { type: 'Text', key: 'apiKey', label: 'API Key', placeholder: '<your-sendgrid-api-key>', required: true },
      { type: 'Text', key: 'fromEmail', label: 'From Email', placeholder: 'foo@example.com', required: true },
      { type: 'Text', key: 'fromName', label: 'From Name', placeholder: 'Logto', required: false },
      {
        type: 'Json',
        key: 'templates',
        label: 'Templates',
        required: true,
        defaultValue: usageTypes.map((usageType) => ({
          usageType,
          type: 'text/plain',
          subject: `Logto ${usageType} Template`,
          content: codeMessage(usageType),
        })),
      },
    ],
    platform: null,
  },
};
