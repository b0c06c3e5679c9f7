import i18next, { type BackendModule, type ReadCallback } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, setCurrentLanguage, toLanguage } from './i18n-language';

export const NAMESPACES = ['common', 'applications', 'connectors', 'sign-in-experience', 'errors'] as const;
export type Namespace = (typeof NAMESPACES)[number];
export const LOCALE_STORAGE_KEY = 'torii.locale';

// One lazy chunk per language and namespace: only the active locale is ever downloaded.
const loaders = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json');

const lazyBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language: string, namespace: string, callback: ReadCallback) {
    const load = loaders[`../../locales/${language}/${namespace}.json`];
    if (!load) {
      callback(new Error(`No locale file for ${language}/${namespace}`), false);
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

function syncDocument(language: string) {
  const lang = toLanguage(language);
  setCurrentLanguage(lang);
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

export async function initI18n(options: { language?: string } = {}) {
  i18next.on('languageChanged', syncDocument);
  await i18next
    .use(lazyBackend)
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      lng: options.language,
      supportedLngs: [...LANGUAGES],
      fallbackLng: 'en',
      load: 'languageOnly',
      ns: ['common'],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      detection: {
        // htmlTag first would answer `en` from index.html before the browser's own language.
        order: ['querystring', 'localStorage', 'navigator'],
        lookupQuerystring: 'lang',
        lookupLocalStorage: LOCALE_STORAGE_KEY,
        caches: ['localStorage'],
        convertDetectedLanguage: (language: string) => toLanguage(language),
      },
      react: { useSuspense: true },
    });
  syncDocument(i18next.resolvedLanguage ?? i18next.language);
  return i18next;
}

export { i18next };
