// SMTP (Email): the factory with Number fields and the most Switches.
import { pictogramLogo } from './logo';
import { codeMessage, type UsageType, usageTypes } from './templates';
import type { FactoryDefinition } from './types';

// Logto's SMTP connector words its first three subjects differently from the rest.
const smtpSubjects: Partial<Record<UsageType, string>> = {
  SignIn: 'Sign In',
  Register: 'register',
  ForgotPassword: 'Forgot Password',
};

const readme = `# SMTP

Send verification codes by email through any SMTP server.

## Set up

1. Get the host, port and credentials of your mail server.
2. Use port 465 with **Secure** on, or 587 with STARTTLS.

## Configure the connector

- **Host / Port**: your SMTP server.
- **Auth**: \`{ "type": "login", "user": "...", "pass": "..." }\`.
- **Templates**: one entry per usage type.
`;

export const smtp: FactoryDefinition = {
  factory: {
    type: 'Email',
    isDemo: false,
    id: 'simple-mail-transfer-protocol',
    target: 'smtp',
    name: { en: 'SMTP', ja: 'SMTP' },
    description: { en: 'Send verification codes by email through any SMTP server.', ja: '任意の SMTP サーバーで認証コードをメール送信します。' },
    logo: pictogramLogo('envelope', '#475569'),
    logoDark: null,
    readme: readme,
    formItems: [
      { type: 'Text', key: 'host', label: 'Host', placeholder: '<host>', required: true },
      { type: 'Number', key: 'port', label: 'Port', placeholder: '25', required: true },
      {
        type: 'Json',
        key: 'auth',
        label: 'Auth',
        required: true,
        defaultValue: { type: 'login', user: '<username>', pass: '<password>' },
      },
      {
        type: 'Text',
        key: 'fromEmail',
        label: 'From Email',
        placeholder: '<from_email_address@your.domain>',
        required: true,
      },
      {
        type: 'Text',
        key: 'replyTo',
        label: 'Reply To',
        placeholder: '<do-reply@your.domain>',
        required: false,
      },
      {
        type: 'Json',
        key: 'templates',
        label: 'Templates',
        required: true,
        defaultValue: usageTypes.map((usageType) => ({
          contentType: 'text/plain',
          content: codeMessage(usageType),
          subject: `Logto ${smtpSubjects[usageType] ?? usageType} with SMTP`,
          usageType,
        })),
      },
      {
        type: 'Switch',
        key: 'logger',
        label: 'Logger',
        required: false,
        defaultValue: false,
        description: 'Enable logger to log SMTP operations.',
      },
      {
        type: 'Switch',
        key: 'debug',
        label: 'Debug',
        required: false,
        defaultValue: false,
        description: 'Enable debug mode to log SMTP operations in detail.',
      },
      {
        type: 'Switch',
        key: 'disableFileAccess',
        label: 'Disable File Access',
        required: false,
        defaultValue: false,
        description: 'Disable file access for security reasons.',
      },
      {
        type: 'Switch',
        key: 'disableUrlAccess',
        label: 'Disable URL Access',
        required: false,
        defaultValue: false,
        description: 'Disable URL access for security reasons.',
      },
      { type: 'Text', key: 'name', label: 'Name', placeholder: '<Logto-SMTP>', required: false },
      {
        type: 'Text',
        key: 'localAddress',
        label: 'Local Address',
        placeholder: '<local_address>',
        required: false,
      },
      {
        type: 'Number',
        key: 'connectionTimeout',
        label: 'Connection Timeout',
        placeholder: '2 * 60 * 1000 (default is 2 minutes)',
        required: false,
      },
      {
        type: 'Number',
        key: 'greetingTimeout',
        label: 'Greeting Timeout',
        placeholder: '30 * 1000 (default is 30 seconds)',
        required: false,
      },
      {
        type: 'Number',
        key: 'socketTimeout',
        label: 'Socket Timeout',
        placeholder: '10 * 60 * 1000 (default is 10 minutes)',
        required: false,
      },
      {
        type: 'Number',
        key: 'dnsTimeout',
        label: 'DNS Timeout',
        placeholder: '30 * 1000 (default is 30 seconds)',
        required: false,
      },
      { type: 'Switch', key: 'secure', label: 'Secure', defaultValue: false },
      { type: 'Json', key: 'tls', label: 'TLS', required: false, defaultValue: {} },
      { type: 'Text', key: 'servername', label: 'Servername', placeholder: '<servername>', required: false },
      { type: 'Switch', key: 'ignoreTLS', label: 'Ignore TLS', required: false },
      { type: 'Switch', key: 'requireTLS', label: 'Require TLS', required: false },
      {
        type: 'Json',
        key: 'customHeaders',
        label: 'Custom Headers',
        required: false,
        defaultValue: {},
        description: 'Custom headers to be added to original email headers when sending messages. Both keys and values should be string-typed.',
      },
    ],
    platform: null,
  },
};
