import i18next, { type BackendModule, type LanguageDetectorModule, type ReadCallback } from 'i18next';
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

/**
 * Which language to start in: `?lang=` first, then the admin's last choice, then the browser's languages.
 * (The `htmlTag` source of the usual detector answered `en` from index.html before the browser's own
 * language; these three lines are all we need of it.)
 */
const languageDetector: LanguageDetectorModule = {
  type: 'languageDetector',
  init: () => undefined,
  detect() {
    if (typeof window === 'undefined') return undefined;
    const fromQuery = new URLSearchParams(window.location.search).get('lang');
    const stored = readStoredLanguage();
    const browser = navigator.languages.find((language) => /^(en|ja)\b/i.test(language));
    return toLanguage(fromQuery ?? stored ?? browser ?? 'en');
  },
  cacheUserLanguage(language: string) {
    try {
      localStorage.setItem(LOCALE_STORAGE_KEY, toLanguage(language));
    } catch {
      // Private mode or storage disabled: the choice lasts for this visit only.
    }
  },
};

function readStoredLanguage(): string | null {
  try {
    return localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null;
  }
}

function syncDocument(language: string) {
  const lang = toLanguage(language);
  setCurrentLanguage(lang);
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

export async function initI18n(options: { language?: string } = {}) {
  i18next.on('languageChanged', syncDocument);
  await i18next
    .use(lazyBackend)
    .use(languageDetector)
    .use(initReactI18next)
    .init({
      lng: options.language,
      supportedLngs: [...LANGUAGES],
      // No fallback: a test keeps both locales complete, and a fallback would make a Japanese visit
      // download every English namespace too.
      fallbackLng: false,
      load: 'languageOnly',
      ns: ['common'],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: true },
    });
  syncDocument(i18next.resolvedLanguage ?? i18next.language);
  return i18next;
}

export { i18next };
