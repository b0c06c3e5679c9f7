// A demo social connector (`isDemo`): Logto ships one for its onboarding; consoles must hide it and the API refuses to create it.
import { letterLogo } from './logo';
import type { FactoryDefinition } from './types';

const readme = `# Demo social sign-in

Used by the onboarding flow only. It cannot be added from the console.
`;

export const demoSocial: FactoryDefinition = {
  factory: {
    type: 'Social',
    isDemo: true,
    id: 'logto-social-demo',
    target: 'logto-social-demo',
    name: { en: 'Demo social sign-in', ja: 'デモ用ソーシャルサインイン' },
    description: {
      en: 'A built-in connector for trying social sign-in without a provider.',
      ja: 'プロバイダーなしでソーシャルサインインを試すための組み込みコネクターです。',
    },
    logo: letterLogo({ text: '★', background: '#7C3AED' }),
    logoDark: null,
    readme: readme,
    formItems: [
      { type: 'Text', key: 'clientId', label: 'Client ID', placeholder: '<client-id>', required: true },
      {
        type: 'Text',
        key: 'clientSecret',
        label: 'Client Secret',
        placeholder: '<client-secret>',
        required: true,
      },
    ],
    platform: 'Universal',
  },
};
