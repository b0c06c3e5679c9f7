import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Language } from '@/lib/i18n-language';

const NAMESPACE = 'sign-in-experience';

/**
 * A `t` fixed to the preview language, independent of the console's. Locale files load lazily per
 * language, so the preview's language may not be loaded yet: load it first, then translate.
 */
export function usePreviewT(language: Language) {
  const { i18n } = useTranslation(NAMESPACE);
  const loaded = useQuery({
    queryKey: ['preview-locale', language, NAMESPACE],
    queryFn: async () => {
      await i18n.loadNamespaces(NAMESPACE);
      await i18n.loadLanguages(language);
      return i18n.hasResourceBundle(language, NAMESPACE);
    },
    initialData: i18n.hasResourceBundle(language, NAMESPACE) ? true : undefined,
    staleTime: Infinity,
  });
  return loaded.data ? i18n.getFixedT(language, NAMESPACE) : null;
}
