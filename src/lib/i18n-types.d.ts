import 'i18next';
import type applications from '../../locales/en/applications.json';
import type common from '../../locales/en/common.json';
import type connectors from '../../locales/en/connectors.json';
import type errors from '../../locales/en/errors.json';
import type signInExperience from '../../locales/en/sign-in-experience.json';

// Typed keys: a `t('...')` call with a key missing from the English files fails the type check.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    returnNull: false;
    resources: {
      common: typeof common;
      applications: typeof applications;
      connectors: typeof connectors;
      'sign-in-experience': typeof signInExperience;
      errors: typeof errors;
    };
  }
}
